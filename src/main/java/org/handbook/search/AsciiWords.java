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

    /** Each ASCII character's kind: 0 for one that is in no word. */
    private static final byte[] KINDS = new byte[128];
    private static final byte UNDERSCORE = 1;
    private static final byte DIGIT = 2;
    private static final byte LOWER = 3;
    private static final byte UPPER = 4;

    static {
        KINDS['_'] = UNDERSCORE;
        for (char c = '0'; c <= '9'; c++) KINDS[c] = DIGIT;
        for (char c = 'a'; c <= 'z'; c++) KINDS[c] = LOWER;
        for (char c = 'A'; c <= 'Z'; c++) KINDS[c] = UPPER;
    }

    private char[] text = new char[1024];
    private int length;
    private int at;
    private int start;
    private int end;
    private int hash;

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

    /** Moves to the next word, lower-cased: {@link #text()} from {@link #start()} to {@link #end()}, its {@link #hash()}; false past the last. */
    boolean next() {
        char[] t = text;
        byte[] kinds = KINDS;
        while (at < length) {
            char c = t[at];
            if (kinds[c] == 0) {
                at++;
                continue;
            }
            int from = at;
            boolean core = c != '_';
            int j = at + 1;
            while (j < length) {
                char here = t[j];
                if (kinds[here] != 0) {
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
            // lower-cased and hashed in one pass, so the word's lookup reads it no more
            int h = 0;
            for (int i = from; i < j; i++) {
                char x = t[i];
                if (kinds[x] == UPPER) t[i] = x = (char) (x + ('a' - 'A'));
                h = 31 * h + x;
            }
            start = from;
            end = j;
            hash = WordIds.finish(h);
            return true;
        }
        return false;
    }

    /** Whether {@code mid} joins {@code before} and {@code after} into one word (UAX #29's rules WB6, WB7, WB11 and WB12). */
    private static boolean joins(char before, char mid, char after) {
        if (KINDS[before] >= LOWER && KINDS[after] >= LOWER) return mid == '.' || mid == ':' || mid == '\'';
        if (KINDS[before] == DIGIT && KINDS[after] == DIGIT) return mid == '.' || mid == ',' || mid == ';' || mid == '\'';
        return false;
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

    /** The word's {@link WordIds#hash}. */
    int hash() {
        return hash;
    }
}
