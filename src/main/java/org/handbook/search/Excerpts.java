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
        if (text.length() <= max) return text;
        String head = text.substring(0, lastSpace(text, max)).stripTrailing();
        if (head.length() < max / 2) {
            int end = max;
            // whitespace at the limit is dropped anyway: a break after it still fits
            while (end < text.length() && Character.isWhitespace(text.charAt(end))) end++;
            head = text.substring(0, boundary(BreakIterator.getLineInstance(Locale.ROOT), text, end)).stripTrailing();
        }
        if (head.length() > max || head.length() < max / 2) {
            head = text.substring(0, boundary(BreakIterator.getCharacterInstance(Locale.ROOT), text, max)).stripTrailing();
        }
        return head + MORE;
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
