package org.handbook.search;

/**
 * The words of a text in ASCII alone as {@link SearchAnalysis#wordAnalyzer} gives them (Lucene's
 * standard tokenizer, Unicode's word boundaries of UAX #29, then lower case), found a character at
 * a time: the build splits every text of the site into words, and the tokenizer's generated
 * automaton, reading code point by code point through a reader and keeping offsets the build never
 * reads, was a fifth of the search step. In ASCII a word is a run of letters, digits and
 * underscores (at least one letter or digit) that goes on over a '.', ':' or apostrophe between
 * two letters and over a '.', ',', ';' or apostrophe between two digits. A text with any other
 * character, or a stretch without white space longer than the longest word the tokenizer keeps
 * whole (it cuts longer ones), is left to the tokenizer: {@link #reset} says so. AsciiWordsTest
 * holds the two to the same words.
 */
final class AsciiWords {
    /** Lucene's longest token, {@code StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH}. */
    private static final int LONGEST = 255;

    private char[] text = new char[1024];
    private int length;
    private int at;
    private int start;
    private int end;

    /** Starts on {@code s}; false, and nothing to read, when its words are the tokenizer's to find. */
    boolean reset(String s) {
        length = s.length();
        if (text.length < length) text = new char[Math.max(length, 2 * text.length)];
        s.getChars(0, length, text, 0);
        at = length;
        int run = 0;
        for (int i = 0; i < length; i++) {
            char c = text[i];
            if (c >= 0x80) return false;
            run = c <= ' ' ? 0 : run + 1;
            if (run > LONGEST) return false;
        }
        at = 0;
        return true;
    }

    /** Moves to the next word, lower-cased: {@link #text()} from {@link #start()} to {@link #end()}; false past the last. */
    boolean next() {
        char[] t = text;
        while (at < length) {
            char c = t[at];
            if (!wordChar(c)) {
                at++;
                continue;
            }
            int from = at;
            boolean core = c != '_';
            int j = at + 1;
            while (j < length) {
                char here = t[j];
                if (wordChar(here)) {
                    core |= here != '_';
                    j++;
                    continue;
                }
                if (j + 1 < length && joins(t[j - 1], here, t[j + 1])) {
                    j += 2;
                    continue;
                }
                break;
            }
            at = j;
            // a run of underscores alone is no word
            if (!core) continue;
            for (int i = from; i < j; i++) {
                char x = t[i];
                if (x >= 'A' && x <= 'Z') t[i] = (char) (x + ('a' - 'A'));
            }
            start = from;
            end = j;
            return true;
        }
        return false;
    }

    /** Whether {@code mid} joins {@code before} and {@code after} into one word (UAX #29's rules WB6, WB7, WB11 and WB12). */
    private static boolean joins(char before, char mid, char after) {
        if (letter(before) && letter(after)) return mid == '.' || mid == ':' || mid == '\'';
        if (digit(before) && digit(after)) return mid == '.' || mid == ',' || mid == ';' || mid == '\'';
        return false;
    }

    private static boolean wordChar(char c) {
        return letter(c) || digit(c) || c == '_';
    }

    private static boolean letter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    char[] text() {
        return text;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }
}
