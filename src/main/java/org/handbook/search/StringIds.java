package org.handbook.search;

import java.util.Arrays;

/**
 * Strings numbered as they are first added: {@link ScoredStems} puts the site's groups of records
 * together by their stems and words (some 300,000 stems and 600,000 words from 60 groups at 4,000
 * pages, most met in many groups), and a map of lists made a node and a list for each and followed
 * a pointer for each look-up. Open addressing on the strings' own (cached) hashes, kept beside
 * them, so a probe compares characters only when the hashes match.
 */
final class StringIds {
    private String[] slots = new String[1024];
    private int[] hashes = new int[1024];
    /** Each slot's number. */
    private int[] numbers = new int[1024];
    /** The strings by number. */
    private String[] strings = new String[256];
    private int size;

    /** The number of {@code s}: the one it was given when first added, else the next one. */
    int add(String s) {
        int h = s.hashCode();
        h ^= h >>> 16;
        String[] k = slots;
        int mask = k.length - 1;
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            String at = k[slot];
            if (at == null) return insert(slot, s, h);
            if (hashes[slot] == h && (at == s || at.equals(s))) return numbers[slot];
        }
    }

    private int insert(int slot, String s, int h) {
        int number = size++;
        if (number == strings.length) strings = Arrays.copyOf(strings, 2 * number);
        strings[number] = s;
        slots[slot] = s;
        hashes[slot] = h;
        numbers[slot] = number;
        if (2 * size > slots.length) grow();
        return number;
    }

    private void grow() {
        String[] old = slots;
        int[] oldHashes = hashes;
        int[] oldNumbers = numbers;
        slots = new String[2 * old.length];
        hashes = new int[slots.length];
        numbers = new int[slots.length];
        int mask = slots.length - 1;
        for (int i = 0; i < old.length; i++) {
            if (old[i] == null) continue;
            int slot = oldHashes[i] & mask;
            while (slots[slot] != null) slot = (slot + 1) & mask;
            slots[slot] = old[i];
            hashes[slot] = oldHashes[i];
            numbers[slot] = oldNumbers[i];
        }
    }

    /** How many strings are numbered. */
    int size() {
        return size;
    }

    /** The string numbered {@code number}. */
    String get(int number) {
        return strings[number];
    }
}
