package org.handbook.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a stem's postings as units: a unit holds the stem's entries in one range of
 * {@value #RANGE} consecutive records, so loading it tells the browser the stem's exact score for
 * every record of the range, including which records lack the stem. Units are written best first
 * (by their highest score) as base-64 digits: the range, the entry count, then per entry the
 * record's place in the range, its score and its fragment's version. A separate map gives each
 * unit's highest score, so a query of several words can load just the ranges where their
 * scores together could reach the top ten.
 */
final class PostingsCode {
    static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
    static final int RANGE = 16;
    /** Scores below 64^3 / 100 = 2,621: far above what BM25 gives a term in three fields. */
    static final int SCORE_WIDTH = 3;
    /** Fragment versions are 16 bits. */
    static final int VERSION_WIDTH = 3;
    /** A unit's bound in the range map: one digit, in steps of the stem's quantum (a 63rd of its best score). */
    static final int BOUND_LEVELS = 63;

    private final int rangeWidth;

    /** The entries of one range: [record, score, ...] by record, and the highest score. */
    record Unit(int range, int max, int[] entries) {
        int size() {
            return entries.length / 2;
        }
    }

    private PostingsCode(int rangeWidth) {
        this.rangeWidth = rangeWidth;
    }

    static PostingsCode forSize(int records) {
        int ranges = (records + RANGE - 1) / RANGE;
        int width = 1;
        for (long max = 64; max < ranges; max *= 64) width++;
        return new PostingsCode(width);
    }

    /** The widths the browser reads back: range, score, version. */
    List<Integer> widths() {
        return List.of(rangeWidth, SCORE_WIDTH, VERSION_WIDTH);
    }

    /** The step of a stem's unit bounds, so its highest score fits in one digit. */
    static int quantum(int top) {
        return Math.max(1, (top + BOUND_LEVELS - 1) / BOUND_LEVELS);
    }

    /** A unit's bound in steps of {@code quantum}, rounded up so it never undercuts a score. */
    static int bound(Unit u, int quantum) {
        return (u.max() + quantum - 1) / quantum;
    }

    /** The units of {@code postings} ([record, score, ...] by record), by range. */
    static List<Unit> units(int[] postings) {
        int n = postings.length / 2;
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < n; ) {
            int range = postings[2 * i] / RANGE;
            int j = i;
            int max = 0;
            while (j < n && postings[2 * j] / RANGE == range) max = Math.max(max, postings[2 * j++ + 1]);
            units.add(new Unit(range, max, java.util.Arrays.copyOfRange(postings, 2 * i, 2 * j)));
            i = j;
        }
        return units;
    }

    /** Units best first: by bound, then by range, the order the browser rebuilds from the range map. */
    static List<Unit> bestFirst(List<Unit> byRange, int quantum) {
        long[] keys = new long[byRange.size()];
        for (int i = 0; i < keys.length; i++) keys[i] = ((long) (BOUND_LEVELS - bound(byRange.get(i), quantum)) << 32) | i;
        java.util.Arrays.sort(keys);
        List<Unit> out = new ArrayList<>(keys.length);
        for (long k : keys) out.add(byRange.get((int) k));
        return out;
    }

    /** Units {@code from} to {@code to} with each record's fragment version, as ASCII digits. */
    byte[] encode(List<Unit> units, int from, int to, int[] versions, int group) {
        int entries = 0;
        for (Unit u : units.subList(from, to)) entries += u.size();
        Digits out = new Digits((to - from) * (rangeWidth + 1) + entries * (1 + SCORE_WIDTH + VERSION_WIDTH));
        for (Unit u : units.subList(from, to)) {
            out.put(u.range(), rangeWidth);
            out.put(u.size() - 1, 1);
            int[] e = u.entries();
            for (int i = 0; i < e.length; i += 2) {
                out.put(e[i] % RANGE, 1);
                out.put(Math.min(e[i + 1], (1 << 18) - 1), SCORE_WIDTH);
                out.put(versions[e[i] / group], VERSION_WIDTH);
            }
        }
        return out.bytes();
    }

    /**
     * The range map: every unit by range, as the gap from the previous range (five bits a digit,
     * the sixth saying another digit follows) and its bound in one digit.
     */
    static byte[] rangeMap(List<Unit> byRange, int quantum) {
        Digits out = new Digits(4 * byRange.size());
        int previous = -1;
        for (Unit u : byRange) {
            int gap = u.range() - previous - 1;
            previous = u.range();
            int groups = 1;
            while (gap >>> 5 * groups != 0) groups++;
            for (int i = groups - 1; i >= 0; i--) out.put((gap >>> 5 * i) & 31 | (i > 0 ? 32 : 0), 1);
            out.put(bound(u, quantum), 1);
        }
        return out.bytes();
    }

    /** Base-64 digits written straight into bytes: the export writes tens of megabytes of them. */
    private static final class Digits {
        private static final byte[] DIGIT = DIGITS.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        private byte[] buf;
        private int n;

        Digits(int capacity) {
            buf = new byte[Math.max(16, capacity)];
        }

        void put(int value, int width) {
            if (n + width > buf.length) buf = java.util.Arrays.copyOf(buf, 2 * buf.length + width);
            for (int shift = 6 * (width - 1); shift >= 0; shift -= 6) buf[n++] = DIGIT[(value >>> shift) & 63];
        }

        byte[] bytes() {
            return n == buf.length ? buf : java.util.Arrays.copyOf(buf, n);
        }
    }
}
