package org.handbook.search;

import java.util.Arrays;

/**
 * One stem's postings as the export writes them (docs/search-format.md): entries best first,
 * each a record, its score and its norms (title, context, body), in fixed-width digits; and for
 * a long list its membership, every record holding the stem in record order with the stem's
 * frequency in each field. With the membership and a record's norms the browser scores the stem
 * in that record ({@link BrowserScores}) without the rest of the list.
 */
final class StemCode {
    static final int SCORE_WIDTH = 3;
    static final int FIELDS = 3;
    private static final int MAX_SCORE = (1 << 6 * SCORE_WIDTH) - 1;

    private final int[] pairs;
    private final FieldFrequencies frequencies;
    private final byte[][] norms;
    private final int recordWidth;
    private final int[] normWidths;
    /** The first entry numbers best first (score down, record up); sorted when first needed, as far as asked for. */
    private int[] order = new int[0];

    StemCode(int[] pairs, FieldFrequencies frequencies, byte[][] norms, int recordWidth, int[] normWidths) {
        this.pairs = pairs;
        this.frequencies = frequencies;
        this.norms = norms;
        this.recordWidth = recordWidth;
        this.normWidths = normWidths;
    }

    /** How many characters an entry takes: record, score and three norms. */
    static int entryWidth(int recordWidth, int[] normWidths) {
        return recordWidth + SCORE_WIDTH + normWidths[0] + normWidths[1] + normWidths[2];
    }

    /**
     * The best {@code count} entry numbers (all, if fewer), best first. A long list is written as
     * its best few hundred entries and its membership, so only those are sorted: its best found
     * first ({@link #select}), where sorting every entry was most of the export's sorting.
     */
    private int[] order(int count) {
        int n = pairs.length / 2;
        if (order.length >= Math.min(n, count)) return order;
        // at least what a long list writes best first and the score after those: one selection a stem
        int upTo = Math.min(n, Math.max(count, SearchExport.BAND1 + 1));
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) keys[i] = (long) (MAX_SCORE - Math.min(MAX_SCORE, pairs[2 * i + 1])) << 32 | i;
        if (upTo < n) select(keys, upTo);
        Arrays.sort(keys, 0, upTo);
        int[] sorted = new int[upTo];
        for (int k = 0; k < upTo; k++) sorted[k] = (int) keys[k];
        order = sorted;
        return sorted;
    }

    /** Puts the {@code k} smallest of {@code keys} (all different) before the rest, in no order: Hoare's selection. */
    static void select(long[] keys, int k) {
        int lo = 0;
        int hi = keys.length - 1;
        while (lo < hi) {
            long pivot = keys[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (keys[i] < pivot) i++;
                while (keys[j] > pivot) j--;
                if (i <= j) {
                    long t = keys[i];
                    keys[i++] = keys[j];
                    keys[j--] = t;
                }
            }
            // keys[lo..j] are at most the pivot, keys[i..hi] at least: go on in the part holding the k-th smallest
            if (k - 1 <= j) hi = j;
            else if (k - 1 >= i) lo = i;
            else return;
        }
    }

    /** The score of entry {@code k} best first, 0 past the end: what no entry from there on exceeds. */
    int next(int k) {
        int[] order = order(k + 1);
        return k < order.length ? Math.min(MAX_SCORE, pairs[2 * order[k] + 1]) : 0;
    }

    /** Entries {@code from} to {@code to}, best first: record, score and its three norms each. */
    Digits entries(int from, int to) {
        int[] order = order(to);
        Digits d = new Digits((to - from) * entryWidth(recordWidth, normWidths));
        for (int k = from; k < Math.min(to, order.length); k++) {
            int i = order[k];
            int record = pairs[2 * i];
            d.fixed(record, recordWidth).fixed(Math.min(MAX_SCORE, pairs[2 * i + 1]), SCORE_WIDTH);
            for (int f = 0; f < FIELDS; f++) d.fixed(norms[f][record] & 0xFF, normWidths[f]);
        }
        return d;
    }

    /**
     * Every record holding the stem, in order. A first digit: the gap from the last record, less
     * one, up to 14 (15: the gap less 16 follows as a varint), times four, plus a kind: 1 or 2
     * the frequency in the body alone, 3 a higher one in the body alone (less 3, as a varint), 0
     * in the title or context, when a digit follows with the frequency in title, context and body,
     * two bits each (3: that field's, less 3, follows as a varint, in that order).
     */
    Digits membership() {
        Digits d = new Digits(pairs.length / 2 + 16);
        int n = pairs.length / 2;
        int previous = -1;
        for (int i = 0; i < n; i++) {
            int gap = pairs[2 * i] - previous;
            previous = pairs[2 * i];
            int title = frequencies.get(i, 0);
            int context = frequencies.get(i, 1);
            int body = frequencies.get(i, 2);
            boolean bodyOnly = title == 0 && context == 0;
            int kind = bodyOnly ? Math.min(3, body) : 0;
            d.digit(Math.min(15, gap - 1) << 2 | kind);
            if (gap > 15) d.varint(gap - 16);
            if (bodyOnly) {
                if (kind == 3) d.varint(body - 3);
                continue;
            }
            d.digit(Math.min(3, title) | Math.min(3, context) << 2 | Math.min(3, body) << 4);
            if (title >= 3) d.varint(title - 3);
            if (context >= 3) d.varint(context - 3);
            if (body >= 3) d.varint(body - 3);
        }
        return d.trimmed();
    }

    /**
     * How many characters one record's part of {@link #membership()} takes, {@code gap} after the
     * last record's, with these frequencies: summed over a list, its membership's length, counted
     * as the list is sized ({@link SizedVocabulary}) without making it.
     */
    static int membershipChars(int gap, int title, int context, int body) {
        int n = gap > 15 ? 1 + Digits.varintLength(gap - 16) : 1;
        if (title == 0 && context == 0) return body >= 3 ? n + Digits.varintLength(body - 3) : n;
        n++;
        if (title >= 3) n += Digits.varintLength(title - 3);
        if (context >= 3) n += Digits.varintLength(context - 3);
        if (body >= 3) n += Digits.varintLength(body - 3);
        return n;
    }
}
