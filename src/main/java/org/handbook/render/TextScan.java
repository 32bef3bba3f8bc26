package org.handbook.render;

/**
 * Which of the characters {@link HtmlLines} looks out for a string holds, found in one pass: the
 * string's bytes copied at once into a buffer kept for the next string, each looked up in a table.
 * The build runs C1 alone, where {@code String.indexOf} has no intrinsic and {@code charAt} is a
 * call per character: the five {@code indexOf} and the {@code charAt} loop a text run was looked
 * at with cost some five times this.
 * A character above U+00FF is looked up by its low byte, so it may be reported as one of these
 * (the caller then takes its exact, slower way), never missed.
 */
final class TextScan {
    /** A line feed or a tab: the line writer must look at each character. */
    static final int LINES = 1;
    /** {@code & < > "}: HTML would read it as markup. */
    static final int MARKUP = 2;
    /** A backslash or {@code &}: Markdown source may hold an escape or an entity to resolve. */
    static final int ESCAPED = 4;
    private static final byte[] KIND = new byte[256];

    static {
        KIND['\n'] = LINES;
        KIND['\t'] = LINES;
        KIND['&'] = MARKUP | ESCAPED;
        KIND['\\'] = ESCAPED;
        KIND['<'] = MARKUP;
        KIND['>'] = MARKUP;
        KIND['"'] = MARKUP;
    }

    private byte[] bytes = new byte[256];

    /** The kinds ({@link #LINES}, {@link #MARKUP}, {@link #ESCAPED}) of the characters of {@code s}, or-ed. */
    @SuppressWarnings("deprecation") // the low byte of each character is what the table is looked up by
    int of(String s) {
        int n = s.length();
        if (bytes.length < n) bytes = new byte[Math.max(n, bytes.length * 2)];
        byte[] b = bytes;
        s.getBytes(0, n, b, 0);
        int kinds = 0;
        for (int i = 0; i < n; i++) kinds |= KIND[b[i] & 0xff];
        return kinds;
    }
}
