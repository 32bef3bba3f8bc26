package org.handbook.types;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.handbook.model.IfMeasured;

/** Small readers for schema-checked YAML trees, for binders: absent fields become null or empty lists. */
public final class Fields {
    private Fields() {
    }

    public static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    public static Integer integer(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isNumber() ? null : v.intValue();
    }

    public static boolean bool(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.asBoolean(false);
    }

    /** The {@code if-measured} block of a playbook or a flowchart outcome, or null. */
    public static IfMeasured ifMeasured(JsonNode node) {
        JsonNode m = node.get("if-measured");
        return m == null || !m.isObject() ? null : new IfMeasured(text(m, "measure"), text(m, "threshold"), text(m, "verdict"));
    }

    public static List<String> list(JsonNode node, String field) {
        JsonNode v = node.get(field);
        List<String> out = new ArrayList<>();
        if (v != null && v.isArray()) v.forEach(x -> out.add(x.asText()));
        return List.copyOf(out);
    }
}
