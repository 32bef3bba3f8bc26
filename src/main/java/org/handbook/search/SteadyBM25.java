package org.handbook.search;

import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;

/**
 * Lucene's BM25 with its two collection statistics made steady: each field's average length
 * rounded to 7 significant bits, and the number of records with the field (idf's document count)
 * rounded up to 6. Plain BM25 moves every score of the site when any page changes (the average
 * length and the count move with it), so every file of the export changed with every edit; with
 * these, an edit changes the scores of the stems and records it touched and no others, until a
 * statistic crosses a step (about 1% apart, so rarely). Both sides rank with it: the terminal's
 * Lucene index and the export ({@link TermScores}, whose averages the manifest hands the browser).
 */
final class SteadyBM25 extends BM25Similarity {
    /** Significant bits kept of the average length (rounded to nearest) and of the document count (rounded up). */
    private static final int AVERAGE_BITS = 7;
    private static final int COUNT_BITS = 6;

    SteadyBM25(float k1, float b) {
        super(k1, b);
    }

    @Override
    protected float avgFieldLength(CollectionStatistics stats) {
        return average(stats.sumTotalTermFreq(), stats.docCount());
    }

    @Override
    protected float idf(long docFreq, long docCount) {
        return super.idf(docFreq, count(docCount));
    }

    /** The average length BM25 divides by, for {@code tokens} tokens in {@code docCount} records: a float of 7 significant bits. */
    static float average(long tokens, long docCount) {
        double exact = tokens / (double) docCount;
        double unit = Math.scalb(1.0, Math.getExponent(exact) - (AVERAGE_BITS - 1));
        return (float) (Math.rint(exact / unit) * unit);
    }

    /** The document count idf is computed with: {@code docCount} rounded up to 6 significant bits (at least {@code docCount}). */
    static long count(long docCount) {
        int shift = Math.max(0, 64 - Long.numberOfLeadingZeros(docCount) - COUNT_BITS);
        return (docCount + (1L << shift) - 1) >>> shift << shift;
    }
}
