package org.handbook.model;

import java.util.Map;
import org.handbook.problem.Position;

/**
 * Where each value of a content file's YAML came from: JSON pointer to position. Lets checks
 * that run long after loading still name the exact line and column of a bad value.
 */
public record SourceMap(String path, Map<String, Position> values, Map<String, Position> keys) {

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

    public static SourceMap empty(String path) {
        return new SourceMap(path, Map.of(), Map.of());
    }
}
