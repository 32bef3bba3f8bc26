package org.handbook.search;

import java.util.Arrays;

/**
 * Strings put in {@link String#compareTo} order by their first characters packed into a long
 * beside each string's number, longs sorted, then only the strings whose packed characters tie
 * compared: sorting the vocabulary's some 40,000 strings by {@code compareTo} under C1 was a
 * third of its sizing, each comparison a call through the comparator, the string and its coder.
 */
final class StringOrder {
    private StringOrder() {
    }

    /** The numbers of {@code strings} from 0 to {@code n} (not included), in the strings' order. */
    static int[] of(String[] strings, int n) {
        int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(n));
        int prefix = (64 - bits) / 8;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) keys[i] = (packed(strings[i], prefix) << bits | i) ^ Long.MIN_VALUE;
        Arrays.sort(keys);
        long mask = (1L << bits) - 1;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = (int) (keys[i] & mask);
        for (int from = 0; from < n; ) {
            int to = from + 1;
            while (to < n && (keys[to] ^ keys[from]) >>> bits == 0) to++;
            if (to - from > 1) ties(strings, order, from, to);
            from = to;
        }
        return order;
    }

    /**
     * The first {@code bytes} characters of {@code s}, a byte each in an order that never goes
     * against theirs: 0 past its end, a character below 254 as itself plus one; any other as 255,
     * and nothing after it (0s), so strings alike up to there tie and are compared whole.
     */
    private static long packed(String s, int bytes) {
        long key = 0;
        int length = Math.min(bytes, s.length());
        int i = 0;
        for (; i < length; i++) {
            char c = s.charAt(i);
            if (c >= 254) {
                key = key << 8 | 255;
                i++;
                break;
            }
            key = key << 8 | c + 1;
        }
        return key << 8 * (bytes - i);
    }

    /** Sorts {@code order[from, to)} by the strings: an insertion sort where ties are few, as nearly all are. */
    private static void ties(String[] strings, int[] order, int from, int to) {
        if (to - from > 32) {
            Integer[] run = new Integer[to - from];
            for (int i = from; i < to; i++) run[i - from] = order[i];
            Arrays.sort(run, (a, b) -> strings[a].compareTo(strings[b]));
            for (int i = from; i < to; i++) order[i] = run[i - from];
            return;
        }
        for (int i = from + 1; i < to; i++) {
            int x = order[i];
            String s = strings[x];
            int j = i - 1;
            for (; j >= from && strings[order[j]].compareTo(s) > 0; j--) order[j + 1] = order[j];
            order[j + 1] = x;
        }
    }
}
