package org.handbook.render;

import com.vladsch.flexmark.util.sequence.Escaping;
import org.handbook.markdown.SourceChars;

/**
 * The text flexmark's HTML writer makes of what is appended to it, under the options the
 * handbook renders with (no indentation, leading white space trimmed, at most one blank line in
 * a row): spaces at the start of a line are dropped, a line ended with nothing on it is a blank
 * line, kept once, and inside {@code <pre>} everything is kept as it comes. flexmark looks at
 * every character through several calls; this looks at a string once ({@link TextScan}) and
 * copies it whole.
 */
final class HtmlLines {
    private final StringBuilder out;
    private final TextScan scan = new TextScan();
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
        add(s, scan.of(s));
    }

    /** Appends text, escaping what HTML would read as markup, as flexmark's writer's {@code text} does. */
    void text(String s) {
        int kinds = scan.of(s);
        add((kinds & TextScan.MARKUP) != 0 ? Escaping.escapeHtml(s, false) : s, kinds);
    }

    /** As {@link #text}, once the backslash escapes and entities of Markdown source text {@code raw} are resolved. */
    void source(String raw) {
        int kinds = scan.of(raw);
        if ((kinds & TextScan.ESCAPED) != 0) text(SourceChars.unescape(raw));
        else add((kinds & TextScan.MARKUP) != 0 ? Escaping.escapeHtml(raw, false) : raw, kinds);
    }

    /** Appends {@code s}, the {@link TextScan} kinds of whose characters are {@code kinds}. */
    private void add(String s, int kinds) {
        int n = s.length();
        if (pre == 0 && (kinds & TextScan.LINES) == 0) {
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
