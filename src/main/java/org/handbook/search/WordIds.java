package org.handbook.search;

/**
 * Words (as the tokenizer leaves them in its buffer) to numbers, without making a String for a
 * word already seen: the build looks up every word of the site here ({@link WordTable}). Open addressing on the
 * characters; Lucene's CharArrayMap does the same job but compares code point by code point,
 * which cost a seventh of the analysis.
 */
final class WordIds {
    private char[][] keys = new char[4096][];
    /** Beside each key its hash, so a probe past another word's slot does not read that word. */
    private int[] hashes = new int[4096];
    private int[] values = new int[4096];
    private int size;

    /** The number of the word in {@code buffer[from, to)}, or {@code missing} when it is new. */
    int get(char[] buffer, int from, int to, int missing) {
        int mask = keys.length - 1;
        int length = to - from;
        int h = hash(buffer, from, to);
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            char[] k = keys[slot];
            if (k == null) return missing;
            if (hashes[slot] == h && k.length == length && same(k, buffer, from)) return values[slot];
        }
    }

    /** Whether {@code key} is {@code buffer} from {@code from} on: a loop, as words are short (Arrays.equals's checks and call cost more under C1). */
    private static boolean same(char[] key, char[] buffer, int from) {
        for (int i = 0; i < key.length; i++) {
            if (key[i] != buffer[from + i]) return false;
        }
        return true;
    }

    void put(String word, int value) {
        if (2 * (size + 1) > keys.length) grow();
        char[] key = word.toCharArray();
        insert(key, hash(key, 0, key.length), value);
        size++;
    }

    private void insert(char[] key, int h, int value) {
        int mask = keys.length - 1;
        int slot = h & mask;
        while (keys[slot] != null) slot = (slot + 1) & mask;
        keys[slot] = key;
        hashes[slot] = h;
        values[slot] = value;
    }

    private void grow() {
        char[][] oldKeys = keys;
        int[] oldHashes = hashes;
        int[] oldValues = values;
        keys = new char[2 * oldKeys.length][];
        hashes = new int[2 * oldKeys.length];
        values = new int[2 * oldKeys.length];
        for (int i = 0; i < oldKeys.length; i++) if (oldKeys[i] != null) insert(oldKeys[i], oldHashes[i], oldValues[i]);
    }

    private static int hash(char[] text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) h = 31 * h + text[i];
        return h ^ (h >>> 16);
    }
}
