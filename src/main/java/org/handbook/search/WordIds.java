package org.handbook.search;

import java.util.Arrays;

/**
 * Words (as the tokenizer leaves them in its buffer) to numbers, without making a String for a
 * word already seen: the build looks up every word of the site here ({@link WordTable}). Open addressing on the
 * characters; Lucene's CharArrayMap does the same job but compares code point by code point,
 * which cost a seventh of the analysis. A slot holds the word's hash, number, place and length side
 * by side and the words' characters are in one array: a probe reads one slot's memory, and a word's
 * characters only when its hash and length match (a key array of its own each cost a cache miss a probe).
 */
final class WordIds {
    /** Ints a slot takes: hash, number plus one (0: an empty slot), where its characters start, its length. */
    private static final int SLOT = 4;

    private int[] slots = new int[SLOT * 4096];
    /** Every word's characters, one after another. */
    private char[] chars = new char[1 << 15];
    private int used;
    private int size;

    /** The number of the word in {@code buffer[from, to)}, or {@code missing} when it is new. */
    int get(char[] buffer, int from, int to, int missing) {
        return get(buffer, from, to, hash(buffer, from, to), missing);
    }

    /** As {@link #get(char[], int, int, int)}, the word's {@link #hash} made already (by {@link AsciiWords}, as it reads it). */
    int get(char[] buffer, int from, int to, int hash, int missing) {
        int[] s = slots;
        int mask = s.length / SLOT - 1;
        int length = to - from;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int at = SLOT * slot;
            int id = s[at + 1];
            if (id == 0) return missing;
            if (s[at] == hash && s[at + 3] == length && same(s[at + 2], buffer, from, length)) return id - 1;
        }
    }

    /** Whether the characters from {@code start} are {@code buffer}'s from {@code from}: a loop, as words are short (Arrays.equals's checks and call cost more under C1). */
    private boolean same(int start, char[] buffer, int from, int length) {
        char[] c = chars;
        for (int i = 0; i < length; i++) {
            if (c[start + i] != buffer[from + i]) return false;
        }
        return true;
    }

    /** Numbers the word in {@code buffer[from, to)}, not numbered yet, {@code value}. */
    void put(char[] buffer, int from, int to, int hash, int value) {
        if (2 * (size + 1) > slots.length / SLOT) grow();
        int length = to - from;
        if (used + length > chars.length) chars = Arrays.copyOf(chars, Math.max(2 * chars.length, used + length));
        System.arraycopy(buffer, from, chars, used, length);
        insert(slots, hash, value + 1, used, length);
        used += length;
        size++;
    }

    /** Forgets every word, keeping the room made so far. */
    void clear() {
        Arrays.fill(slots, 0);
        used = 0;
        size = 0;
    }

    private static void insert(int[] s, int hash, int id, int start, int length) {
        int mask = s.length / SLOT - 1;
        int slot = hash & mask;
        while (s[SLOT * slot + 1] != 0) slot = (slot + 1) & mask;
        int at = SLOT * slot;
        s[at] = hash;
        s[at + 1] = id;
        s[at + 2] = start;
        s[at + 3] = length;
    }

    private void grow() {
        int[] old = slots;
        int[] s = new int[2 * old.length];
        for (int at = 0; at < old.length; at += SLOT) if (old[at + 1] != 0) insert(s, old[at], old[at + 1], old[at + 2], old[at + 3]);
        slots = s;
    }

    /** The hash a word is looked up by: {@link String#hashCode}'s sum, its high half folded into its low. */
    static int hash(char[] text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) h = 31 * h + text[i];
        return finish(h);
    }

    /** A word's hash from its {@link String#hashCode} sum, for a reader that sums the characters as it reads them. */
    static int finish(int sum) {
        return sum ^ (sum >>> 16);
    }
}
