package org.handbook.markdown;

/**
 * {@link Character#isLetterOrDigit(char)} and {@link Character#toLowerCase(char)} answered from a
 * table for ASCII: under C1 each JDK call is a chain of calls through {@code CharacterData}, and the
 * parse asks them of every character of prose it counts or splits into words.
 */
final class Letters {
    private static final boolean[] ASCII = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) ASCII[c] = Character.isLetterOrDigit(c);
    }

    private Letters() {
    }

    static boolean letterOrDigit(char c) {
        return c < 128 ? ASCII[c] : Character.isLetterOrDigit(c);
    }

    static char lower(char c) {
        return c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
    }
}
