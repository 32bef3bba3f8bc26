package org.handbook.search;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Cuts a text to a length for an excerpt, safely for any script: after the last whole word, else
 * (text without spaces, such as Chinese or Japanese) at the last place a line may break, else (a
 * long URL or token) between two characters, never inside a surrogate pair or before a combining
 * mark.
 */
public final class Excerpts {
    /** What marks a text as cut. */
    static final String MORE = " …";

    private Excerpts() {
    }

    /** {@code text} itself when it has at most {@code max} chars, else at most {@code max} chars of it and " …". */
    public static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, end(text, max)) + MORE;
    }

    /**
     * Where {@link #cut} cuts {@code text}: its length when it has at most {@code max} chars, else
     * the end of the part it keeps, before " …" (for a writer that adds " …" itself: joined to a
     * text in Latin-1, it made a string two bytes a character).
     */
    static int end(String text, int max) {
        if (text.length() <= max) return text.length();
        int end = stripped(text, lastSpace(text, max));
        if (end < max / 2) {
            int at = max;
            // whitespace at the limit is dropped anyway: a break after it still fits
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) at++;
            end = stripped(text, boundary(BreakIterator.getLineInstance(Locale.ROOT), text, at));
        }
        if (end > max || end < max / 2) {
            end = stripped(text, boundary(BreakIterator.getCharacterInstance(Locale.ROOT), text, max));
        }
        return end;
    }

    /** {@code end} moved back over the white space before it, as {@link String#stripTrailing} drops it (no surrogate is white space). */
    private static int stripped(String text, int end) {
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        return end;
    }

    /** The end of the last word that ends at or before {@code max}, where a word is followed by whitespace; 0 if none. */
    private static int lastSpace(String text, int max) {
        for (int i = max; i > 0; i--) if (Character.isWhitespace(text.charAt(i))) return i;
        return 0;
    }

    /** The last boundary at or before {@code at}. */
    private static int boundary(BreakIterator it, String text, int at) {
        it.setText(text);
        return it.isBoundary(at) ? at : it.preceding(at);
    }
}
