package org.handbook.check;

import java.util.Arrays;

/**
 * The shingle hashes that occur more than once among all files' ({@link RepeatedProse}), found by
 * looking through them in buckets of their top bits: a large site has millions of shingles, almost all
 * occurring once, and an open-addressed table with room for every one of them was four to eight
 * times their size (some 100 MB at 4,000 pages), where the buckets take one copy of them.
 */
final class Shingles {
    private Shingles() {
    }

    /** The hashes ({@code 0}: none) that occur twice or more in {@code hashes}, as a table for {@link #contains}; empty if none does. */
    static long[] recurring(long[][] hashes) {
        int n = 0;
        for (long[] h : hashes) for (long x : h) if (x != 0) n++;
        // buckets of some 500 to 1,000 hashes, each looked through on its own
        int bits = 32 - Integer.numberOfLeadingZeros(n >>> 10);
        int[] start = new int[(1 << bits) + 1];
        for (long[] h : hashes) for (long x : h) if (x != 0) start[bucket(x, bits) + 1]++;
        int largest = 0;
        for (int b = 1; b < start.length; b++) {
            largest = Math.max(largest, start[b]);
            start[b] += start[b - 1];
        }
        long[] all = new long[n];
        int[] next = Arrays.copyOf(start, start.length - 1);
        for (long[] h : hashes) for (long x : h) if (x != 0) all[next[bucket(x, bits)]++] = x;
        // one small open-addressed table at most half full, used by every bucket in turn (sorting each, as
        // before, was most of the check's time under C1); a slot is the bucket's while its mark says so
        // (2b + 1: met once in bucket b, 2b + 2: met again and found), so no bucket clears it
        int size = Integer.highestOneBit(Math.max(largest, 1)) * 4;
        int shift = 64 - Integer.numberOfTrailingZeros(size);
        long[] seen = new long[size];
        int[] mark = new int[size];
        long[] found = new long[16];
        int count = 0;
        for (int b = 0; b + 1 < start.length; b++) {
            int once = 2 * b + 1;
            for (int k = start[b]; k < start[b + 1]; k++) {
                long x = all[k];
                int i = (int) (x * 0x9E3779B97F4A7C15L >>> shift);
                while (mark[i] >= once && seen[i] != x) i = i + 1 & size - 1;
                if (mark[i] < once) {
                    seen[i] = x;
                    mark[i] = once;
                } else if (mark[i] == once) {
                    mark[i] = once + 1;
                    if (count == found.length) found = Arrays.copyOf(found, count * 2);
                    found[count++] = x;
                }
            }
        }
        return table(found, count);
    }

    /** The hashes ({@code 0}: none) of {@code hashes}, as a table for {@link #contains}; empty if there are none. */
    static long[] of(long[][] hashes) {
        long[] found = new long[16];
        int count = 0;
        for (long[] h : hashes) {
            for (long x : h) {
                if (x == 0) continue;
                if (count == found.length) found = Arrays.copyOf(found, count * 2);
                found[count++] = x;
            }
        }
        return table(found, count);
    }

    /** A table of the first {@code count} of {@code found}, at most half full; empty if {@code count} is 0. */
    private static long[] table(long[] found, int count) {
        if (count == 0) return new long[0];
        long[] table = new long[Integer.highestOneBit(count) * 4];
        for (int k = 0; k < count; k++) table[slot(table, found[k])] = found[k];
        return table;
    }

    /** Whether {@code table} ({@link #of}, {@link #recurring}) holds any of the non-zero {@code hashes}. */
    static boolean containsAny(long[] table, long[] hashes) {
        if (table.length == 0) return false;
        for (long x : hashes) if (x != 0 && contains(table, x)) return true;
        return false;
    }

    /** Whether {@code x} (not 0) is in a table {@link #recurring} made (not empty). */
    static boolean contains(long[] table, long x) {
        return table[slot(table, x)] == x;
    }

    private static int bucket(long x, int bits) {
        return bits == 0 ? 0 : (int) (x >>> (64 - bits));
    }

    /** The slot of {@code x} in an open-addressed table (a power of two long, with free slots): where it is, or the free one it goes to. */
    private static int slot(long[] table, long x) {
        int mask = table.length - 1;
        int i = (int) (x ^ x >>> 32) & mask;
        while (table[i] != 0 && table[i] != x) i = i + 1 & mask;
        return i;
    }
}
