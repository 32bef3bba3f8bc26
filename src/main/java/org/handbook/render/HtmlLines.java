package org.handbook.render;

/**
 * The text flexmark's HTML writer makes of what is appended to it, under the options the
 * handbook renders with (no indentation, leading white space trimmed, at most one blank line in
 * a row): spaces at the start of a line are dropped, a line ended with nothing on it is a blank
 * line, kept once, and inside {@code <pre>} everything is kept as it comes. flexmark looks at
 * every character through several calls; this looks at a string once and copies it whole.
 */
final class HtmlLines {
    private final StringBuilder out;
    /** Characters on the current line. */
    private int column;
    /** The current line holds nothing but tabs so far: spaces appended now are dropped. */
    private boolean blankSoFar = true;
    /** The last line ended was blank: another blank one right after it is dropped. */
    private boolean lastBlank;
    private int pre;

    HtmlLines(int capacity) {
        out = new StringBuilder(capacity);
    }

    void append(String s) {
        int n = s.length();
        if (pre == 0 && s.indexOf('\n') < 0 && s.indexOf('\t') < 0) {
            int i = 0;
            if (blankSoFar) {
                while (i < n && s.charAt(i) == ' ') i++;
                if (i == n) return;
                blankSoFar = false;
            }
            out.append(s, i, n);
            column += n - i;
            return;
        }
        for (int i = 0; i < n; i++) put(s.charAt(i));
    }

    private void put(char c) {
        if (c == '\n') {
            endLine();
        } else if (c == ' ' && pre == 0) {
            if (column != 0 && !blankSoFar) {
                out.append(c);
                column++;
            }
        } else {
            if (c != ' ' && c != '\t') blankSoFar = false;
            out.append(c);
            column++;
        }
    }

    private void endLine() {
        if (column == 0 && pre == 0) {
            if (!lastBlank) out.append('\n');
            lastBlank = true;
        } else {
            out.append('\n');
            lastBlank = false;
        }
        column = 0;
        blankSoFar = true;
    }

    /** Ends the line unless nothing is on it (inside {@code <pre>} it always ends). */
    void line() {
        if (pre > 0 || column != 0) endLine();
    }

    /** From here to {@link #closePre()} every character is kept. */
    void openPre() {
        pre++;
    }

    void closePre() {
        pre--;
    }

    /** The text, its last line ended as flexmark's writer ends it when it is read. */
    String finish() {
        line();
        return out.toString();
    }
}
