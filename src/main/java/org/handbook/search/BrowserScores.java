package org.handbook.search;

/**
 * The browser's arithmetic for a stem's score in a record, step for step in single precision as
 * search-rank.js does it with Math.fround: Lucene's BM25 per field (its norm-length table, its
 * cache of inverse norms, weight - weight / (1 + freq * inverse)), summed in double in field order
 * and rounded to 1/{@value SearchExport#SCALE}. The export checks it against {@link TermScores} on
 * every entry it writes, so the browser can score a record from a stem's membership and the
 * record's norms instead of loading the stem's whole list.
 */
final class BrowserScores {
    /** Norm bytes below this are the length itself (Lucene's SmallFloat.byte4ToInt). */
    private static final int FREE = 24;

    private final float[][] inverse;

    BrowserScores(float k1, float b, float[] averageLengths) {
        inverse = new float[averageLengths.length][256];
        for (int f = 0; f < averageLengths.length; f++) {
            for (int i = 0; i < 256; i++) inverse[f][i] = 1f / (k1 * ((1 - b) + b * (float) length(i) / averageLengths[f]));
        }
    }

    /** The field length a norm byte stands for, as Lucene's SmallFloat.byte4ToInt. */
    static long length(int norm) {
        if (norm < FREE) return norm;
        int i = norm - FREE;
        int bits = i & 7;
        int shift = (i >>> 3) - 1;
        return FREE + (shift == -1 ? bits : (long) (bits | 8) << shift);
    }

    /** The score of a stem with these per-field weights and its {@code i}-th record's frequencies in that record, with its norms. */
    int score(float[] weights, FieldFrequencies frequencies, int i, byte[][] norms, int record) {
        double sum = 0;
        for (int f = 0; f < weights.length; f++) {
            int tf = frequencies.get(i, f);
            if (tf == 0) continue;
            float w = weights[f];
            sum += w - w / (1f + (float) tf * inverse[f][norms[f][record] & 0xFF]);
        }
        return (int) Math.round(sum * SearchExport.SCALE);
    }
}
