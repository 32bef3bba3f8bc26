package org.handbook.load;

import com.fasterxml.jackson.core.JsonLocation;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.handbook.model.SourceMap;
import org.handbook.model.YamlSource;
import org.handbook.problem.Position;
import org.handbook.problem.Problems;
import org.handbook.problem.Rule;

/**
 * Parses YAML (or JSON) into a Jackson tree while recording where every key and value sits.
 * Jackson's own tree binding drops locations, so the tree is built here from the token stream.
 */
public final class LocatedYaml {
    private static final YAMLFactory YAML = new YAMLFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String path;
    private final int firstLine;
    private final Problems problems;
    private final Map<String, Position> values = new HashMap<>();
    private final Map<String, Position> keys = new HashMap<>();
    private String text;
    private final Map<String, String> strings = new LinkedHashMap<>();

    /** A parsed document with its source map. */
    public record Doc(JsonNode root, SourceMap map) {
    }

    private LocatedYaml(String path, int firstLine, Problems problems) {
        this.path = path;
        this.firstLine = firstLine;
        this.problems = problems;
    }

    /** Parses text whose first line is line {@code firstLine} of the file. */
    public static Optional<Doc> parse(String path, String text, int firstLine, Problems problems) {
        return new LocatedYaml(path, firstLine, problems).run(text);
    }

    private Optional<Doc> run(String text) {
        this.text = text;
        try (JsonParser p = YAML.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                problems.error(Rule.EMPTY_FILE, new Position(path, firstLine, 1), "no fields found",
                        "write the fields as 'name: value' lines");
                return Optional.empty();
            }
            JsonNode root = read(p, "");
            return Optional.of(new Doc(root, new SourceMap(path, Map.copyOf(values), Map.copyOf(keys),
                    Collections.unmodifiableMap(strings), new YamlSource(path, text, firstLine))));
        } catch (JsonProcessingException e) {
            Position at = position(e.getLocation());
            String msg = e.getOriginalMessage().lines().findFirst().orElse("invalid YAML");
            if (e.getCause() instanceof MarkedYAMLException m && m.getProblem() != null) {
                // SnakeYAML knows where the broken construct began (context) and where it noticed (problem)
                Mark problem = m.getProblemMark();
                Mark context = m.getContextMark();
                Mark where = context != null ? context : problem;
                if (where != null) at = new Position(path, firstLine + where.getLine(), where.getColumn() + 1);
                msg = (m.getContext() == null ? "" : m.getContext() + ": ") + m.getProblem()
                        + (context != null && problem != null ? " (noticed at line " + (firstLine + problem.getLine()) + ")" : "");
            }
            problems.error(Rule.YAML, at, "malformed YAML: " + msg,
                    "check indentation (spaces only), colons after field names, and quote values containing ': ' or '#'");
            return Optional.empty();
        } catch (IOException e) {
            problems.error(Rule.UNREADABLE, Position.file(path), "cannot read YAML: " + e.getMessage(), null);
            return Optional.empty();
        }
    }

    private JsonNode read(JsonParser p, String pointer) throws IOException {
        JsonToken t = p.currentToken();
        values.put(pointer, position(p.currentTokenLocation()));
        switch (t) {
            case START_OBJECT -> {
                ObjectNode obj = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                    Position keyPos = position(p.currentTokenLocation());
                    if (obj.has(name)) {
                        problems.error(Rule.DUPLICATE_FIELD, keyPos, "duplicate field '" + name + "'",
                                "remove one of the two '" + name + "' lines");
                    }
                    keys.put(child, keyPos);
                    p.nextToken();
                    obj.set(name, read(p, child));
                }
                return obj;
            }
            case START_ARRAY -> {
                ArrayNode arr = NODES.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    arr.add(read(p, pointer + "/" + i++));
                }
                return arr;
            }
            case VALUE_STRING -> {
                blockScalar(p.currentTokenLocation()).ifPresent(at -> values.put(pointer, at));
                strings.put(pointer, p.getText());
                return NODES.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return NODES.numberNode(p.getLongValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(p.getDecimalValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(t == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new IOException("unexpected YAML token " + t);
        }
    }

    /**
     * Where the text of a block scalar ({@code why: |} and the lines below it) starts: the token
     * sits on the indicator, the text on the next line, after its indentation; with that, a
     * position inside the text maps back to its line and column in the file.
     */
    private Optional<Position> blockScalar(JsonLocation loc) {
        long offset = loc == null ? -1 : loc.getCharOffset();
        if (offset < 0 || offset >= text.length() || (text.charAt((int) offset) != '|' && text.charAt((int) offset) != '>')) {
            return Optional.empty();
        }
        int next = text.indexOf('\n', (int) offset) + 1;
        if (next == 0 || next >= text.length()) return Optional.empty();
        int indent = 0;
        while (next + indent < text.length() && text.charAt(next + indent) == ' ') indent++;
        return Optional.of(new Position(path, firstLine + loc.getLineNr(), indent + 1));
    }

    private Position position(JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 1) return new Position(path, firstLine, 1);
        return new Position(path, firstLine + loc.getLineNr() - 1, Math.max(1, loc.getColumnNr()));
    }
}
