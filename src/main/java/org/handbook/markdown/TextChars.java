package org.handbook.markdown;

/**
 * The characters of the text a thread is parsing, copied from its string once. Under C1 each
 * {@code String.charAt} is a chain of calls, so the parse reads a text's characters from an array:
 * its own passes, and flexmark's inline parser, of which the table parser makes one per paragraph.
 */
final class TextChars {
    private static final ThreadLocal<TextChars> CURRENT = ThreadLocal.withInitial(TextChars::new);
    private String text;
    private char[] chars;

    private TextChars() {
    }

    /** The characters of {@code text}: the same array as long as the thread reads the same string. */
    static char[] of(String text) {
        TextChars c = CURRENT.get();
        if (c.text != text) {
            c.chars = text.toCharArray();
            c.text = text;
        }
        return c.chars;
    }
}
