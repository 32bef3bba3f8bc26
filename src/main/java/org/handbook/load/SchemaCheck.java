package org.handbook.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.handbook.model.SourceMap;
import org.handbook.problem.DidYouMean;
import org.handbook.problem.Problems;
import org.handbook.problem.Rule;

/**
 * Validates a YAML tree against a content type's JSON Schema (the same schema editors use) and
 * turns each violation into a problem at the offending key or value, in plain words.
 */
public final class SchemaCheck {
    /** The schema of content/handbook.yaml, the one that is no content type's. */
    public static final String CONFIG = "handbook";
    /** The schema of content/values.yaml, the named values. */
    public static final String VALUES = "values";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Loaded> CACHE = new ConcurrentHashMap<>();

    private record Loaded(Schema schema, JsonNode raw) {
    }

    private SchemaCheck() {
    }

    /** The schema text as shipped in the jar, for export. */
    public static byte[] resource(String name) {
        try (InputStream in = SchemaCheck.class.getResourceAsStream("/schemas/" + name + ".schema.json")) {
            if (in == null) throw new IllegalStateException("missing schema " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Loaded load(String name) {
        return CACHE.computeIfAbsent(name, n -> {
            try {
                JsonNode raw = JSON.readTree(resource(n));
                Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(raw);
                return new Loaded(schema, raw);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Validates; returns true when the tree conforms. */
    public static boolean validate(String name, JsonNode node, SourceMap map, Problems problems) {
        Loaded loaded = load(name);
        List<Error> errors = loaded.schema().validate(node);
        for (Error e : errors) {
            report(e, loaded.raw(), node, map, problems);
        }
        return errors.isEmpty();
    }

    private static void report(Error e, JsonNode schema, JsonNode root, SourceMap map, Problems problems) {
        String pointer = pointer(e.getInstanceLocation());
        String field = fieldName(pointer);
        JsonNode schemaNode = e.getSchemaNode();
        switch (e.getKeyword()) {
            case "additionalProperties" -> {
                String prop = e.getProperty();
                List<String> allowed = propertyNames(e, schema, pointer);
                problems.error(Rule.UNKNOWN_FIELD, map.keyAt(pointer + "/" + escape(prop)), "unknown field '" + prop + "'",
                        DidYouMean.closest(prop, allowed).map(s -> "did you mean '" + s + "'?")
                                .orElse("allowed fields here: " + String.join(", ", allowed)));
            }
            case "required" -> {
                String prop = e.getProperty();
                problems.error(Rule.MISSING_FIELD, map.at(pointer), (pointer.isEmpty() ? "" : "'" + field + "': ") + "missing field '" + prop + "'",
                        "add '" + prop + ": ...'" + describe(e, schema, pointer, prop));
            }
            case "type" -> problems.error(Rule.FIELD_TYPE, map.at(pointer), "'" + field + "' should be " + article(String.valueOf(schemaNode)),
                    typeHint(schemaNode, e.getInstanceNode()));
            case "enum" -> {
                String v = e.getInstanceNode() == null ? "" : e.getInstanceNode().asText();
                List<String> allowed = new ArrayList<>();
                schemaNode.forEach(n -> allowed.add(n.asText()));
                problems.error(Rule.FIELD_VALUE, map.at(pointer), "'" + field + "' has an unknown value '" + v + "'",
                        DidYouMean.closest(v, allowed).map(s -> "did you mean '" + s + "'? ").orElse("")
                                + "allowed: " + String.join(", ", allowed));
            }
            case "propertyNames" -> problems.error(Rule.FIELD_VALUE, map.keyAt(pointer + "/" + escape(e.getProperty())),
                    "'" + e.getProperty() + "' is not a valid name", "use lower-case letters, digits and hyphens, e.g. '" + ContentLoader.slug(e.getProperty()) + "'");
            case "pattern" -> problems.error(Rule.FIELD_VALUE, map.at(pointer), "'" + field + "' has an invalid value '"
                    + (e.getInstanceNode() == null ? "" : e.getInstanceNode().asText()) + "'", describeAt(schema, e));
            default -> problems.error(Rule.SCHEMA, map.at(pointer), "'" + field + "': " + stripPath(e.getMessage()), describeAt(schema, e));
        }
    }

    private static String article(String type) {
        String t = type.replace("\"", "");
        return switch (t) {
            case "string" -> "text";
            case "integer" -> "a whole number";
            case "boolean" -> "true or false";
            case "array" -> "a list";
            case "object" -> "a group of fields";
            default -> "of type " + t;
        };
    }

    private static String typeHint(JsonNode schemaType, JsonNode actual) {
        String t = schemaType.asText();
        if (t.equals("boolean") && actual != null && actual.isTextual()) return "write true or false (without quotes)";
        if (t.equals("string") && actual != null && actual.isBoolean())
            return "YAML reads yes/no/true/false as true or false: put the text in quotes";
        if (t.equals("string") && actual != null && actual.isNumber()) return "put the value in quotes";
        if (t.equals("array")) return "write a list: [a, b] or one '- item' per line";
        return "";
    }

    private static List<String> propertyNames(Error e, JsonNode schema, String pointer) {
        JsonNode parent = schemaAt(schema, e);
        List<String> names = new ArrayList<>();
        if (parent != null && parent.has("properties")) parent.get("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The schema object that holds the failing keyword. */
    private static JsonNode schemaAt(JsonNode schema, Error e) {
        String frag = pointer(e.getSchemaLocation().getFragment());
        JsonNode n = schema.at(frag);
        if (n.isMissingNode()) return null;
        String kw = "/" + e.getKeyword();
        if (frag.endsWith(kw)) n = schema.at(frag.substring(0, frag.length() - kw.length()));
        return n.isMissingNode() ? null : n;
    }

    private static String describe(Error e, JsonNode schema, String pointer, String prop) {
        JsonNode parent = schemaAt(schema, e);
        if (parent == null) return "";
        JsonNode d = parent.path("properties").path(prop).path("description");
        return d.isTextual() ? " (" + d.asText() + ")" : "";
    }

    private static String describeAt(JsonNode schema, Error e) {
        JsonNode parent = schemaAt(schema, e);
        return parent != null && parent.path("description").isTextual() ? parent.get("description").asText() : "";
    }

    private static String stripPath(String message) {
        int i = message.indexOf(": ");
        return i > 0 && message.startsWith("$") ? message.substring(i + 2) : message;
    }

    static String pointer(NodePath path) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object el = path.getElement(i);
            sb.append('/').append(el instanceof Integer ? el.toString() : escape(String.valueOf(el)));
        }
        return sb.toString();
    }

    private static String escape(String s) {
        return s.replace("~", "~0").replace("/", "~1");
    }

    private static String fieldName(String pointer) {
        if (pointer.isEmpty()) return "(file)";
        List<String> parts = new ArrayList<>(List.of(pointer.substring(1).split("/")));
        Iterator<String> it = parts.iterator();
        StringBuilder sb = new StringBuilder();
        while (it.hasNext()) {
            String p = it.next().replace("~1", "/").replace("~0", "~");
            if (p.matches("\\d+")) sb.append('[').append(p).append(']');
            else sb.append(sb.length() == 0 ? "" : ".").append(p);
        }
        return sb.toString();
    }
}
