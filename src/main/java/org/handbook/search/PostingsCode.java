package org.handbook.search;

import java.util.List;

/**
 * Writes postings entries as fixed-width base-64 digits in one string: a record number, its
 * score and its fragment's version in about nine characters, where JSON numbers take seventeen.
 * The widths depend on the site's size and go in the manifest for the browser to read back.
 */
final class PostingsCode {
    static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
    /** Scores below 64^3 / 100 = 2,621: far above what BM25 gives a term in three fields. */
    static final int SCORE_WIDTH = 3;
    /** Fragment versions are 16 bits. */
    static final int VERSION_WIDTH = 3;

    private final int recordWidth;

    private PostingsCode(int recordWidth) {
        this.recordWidth = recordWidth;
    }

    static PostingsCode forSize(int records) {
        int width = 1;
        for (long max = 64; max < records; max *= 64) width++;
        return new PostingsCode(width);
    }

    List<Integer> widths() {
        return List.of(recordWidth, SCORE_WIDTH, VERSION_WIDTH);
    }

    /** Entries {@code from} to {@code to} of [record, score, ...] with each record's fragment version. */
    String encode(int[] ranked, int from, int to, int[] versions, int group) {
        StringBuilder out = new StringBuilder((to - from) * (recordWidth + SCORE_WIDTH + VERSION_WIDTH));
        for (int i = from; i < to; i++) {
            int record = ranked[2 * i];
            digits(out, record, recordWidth);
            digits(out, Math.min(ranked[2 * i + 1], (1 << 18) - 1), SCORE_WIDTH);
            digits(out, versions[record / group], VERSION_WIDTH);
        }
        return out.toString();
    }

    private static void digits(StringBuilder out, int value, int width) {
        for (int shift = 6 * (width - 1); shift >= 0; shift -= 6) out.append(DIGITS.charAt((value >>> shift) & 63));
    }
}
