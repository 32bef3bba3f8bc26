package org.handbook.model;

import java.util.Map;
import org.handbook.problem.Position;

/**
 * Where each value of a content file's YAML came from: JSON pointer to position. Lets checks
 * that run long after loading still name the exact line and column of a bad value, even one
 * inside a text ({@link #inString}). {@code strings} holds every text value by pointer, in
 * document order, so rules about prose (named values, repeated words) can read every text a file
 * holds without knowing its type.
 */
public record SourceMap(String path, Map<String, Position> values, Map<String, Position> keys,
                        Map<String, String> strings, YamlSource raw) {

    public SourceMap(String path, Map<String, Position> values, Map<String, Position> keys) {
        this(path, values, keys, Map.of(), null);
    }

    /** Position of the value at a JSON pointer, or of its nearest located parent, or the file. */
    public Position at(String pointer) {
        String p = pointer;
        while (true) {
            Position pos = values.get(p);
            if (pos != null) return pos;
            if (p.isEmpty()) return Position.file(path);
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** Position of the key of a member (for unknown or misspelt fields), else of its value. */
    public Position keyAt(String pointer) {
        Position pos = keys.get(pointer);
        return pos != null ? pos : at(pointer);
    }

    /**
     * Position of the character at {@code index} of the text value at {@code pointer}, found by
     * walking the YAML as written (quotes, escapes, folded lines); the value's own position when
     * the source text is not known.
     */
    public Position inString(String pointer, int index) {
        Position start = values.get(pointer);
        String value = strings.get(pointer);
        if (start == null || value == null || raw == null) return at(pointer);
        return raw.locate(start, value, index);
    }

    public static SourceMap empty(String path) {
        return new SourceMap(path, Map.of(), Map.of());
    }
}
