package org.handbook.model;

import org.handbook.problem.LineMap;
import org.handbook.problem.Position;

/**
 * The YAML text of a file as written, whose first line is line {@code firstLine} of the file:
 * what maps a character of a parsed text value back to its line and column, through the quotes,
 * escapes and line folds that parsing removed.
 */
public final class YamlSource {
    private final String path;
    private final String text;
    private final int firstLine;
    /** Made when a position is first asked for: most files' YAML never has a problem to place (racy but safe: it is immutable). */
    private LineMap lines;

    public YamlSource(String path, String text, int firstLine) {
        this.path = path;
        this.text = text;
        this.firstLine = firstLine;
    }

    /** The file this YAML is from, as problems name it. */
    public String path() {
        return path;
    }

    /** The YAML text as written. */
    public String text() {
        return text;
    }

    /** The line of the file this text's first line is. */
    public int firstLine() {
        return firstLine;
    }

    /** Where character {@code index} of {@code value}, a scalar starting at {@code start}, is written. */
    Position locate(Position start, String value, int index) {
        LineMap lines = lines();
        int line = start.line() - firstLine;
        if (line < 0 || line >= lines.lineCount()) return start;
        int r = lines.start(line + 1) + start.column() - 1;
        if (r >= text.length()) return start;
        char style = text.charAt(r);
        if (style == '"' || style == '\'') {
            r++;
        } else if (style == '|' || style == '>') {
            r = skipBlank(text.indexOf('\n', r) + 1);
        } else {
            style = 0;
        }
        for (int i = 0; i < Math.min(index, value.length()) && r < text.length(); i++) {
            char v = value.charAt(i);
            char c = text.charAt(r);
            if (style == '"' && c == '\\') {
                r = escapeEnd(r);
            } else if (style == '\'' && c == '\'') {
                r += 2;
            } else if (c == v && c != '\n') {
                r++;
            } else if (Character.isWhitespace(c)) {
                // a folded line break, or the indentation of a block scalar's next line
                r = skipBlank(r);
                if (!Character.isWhitespace(v)) i--;
            } else {
                return start;
            }
        }
        int at = Math.min(r, text.length());
        return new Position(path, firstLine + lines.line(at) - 1, lines.column(at));
    }

    private LineMap lines() {
        LineMap l = lines;
        if (l == null) lines = l = new LineMap(text);
        return l;
    }

    private int skipBlank(int r) {
        while (r < text.length() && Character.isWhitespace(text.charAt(r))) r++;
        return r;
    }

    /** The end of a double-quoted scalar's escape sequence at {@code r}. */
    private int escapeEnd(int r) {
        if (r + 1 >= text.length()) return r + 1;
        return switch (text.charAt(r + 1)) {
            case 'x' -> r + 4;
            case 'u' -> r + 6;
            case 'U' -> r + 10;
            case '\n' -> skipBlank(r + 2);
            default -> r + 2;
        };
    }
}
