package org.handbook.problem;

/** A place in a content file: path relative to the content root, 1-based line and column. */
public record Position(String path, int line, int column) implements Comparable<Position> {

    public static Position file(String path) {
        return new Position(path, 1, 1);
    }

    @Override
    public int compareTo(Position o) {
        int c = path.compareTo(o.path);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return path + ":" + line + ":" + column;
    }
}
