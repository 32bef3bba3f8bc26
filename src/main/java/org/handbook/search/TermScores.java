package org.handbook.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SmallFloat;
import org.handbook.cache.BuildCache;

/**
 * Every term's score in every record, as Lucene's IndexSearcher scores a term query per field:
 * the same analysis (the English analyzer in two halves, so each distinct word is stemmed once),
 * the same length norms and {@link SearchIndex#SIMILARITY}'s own scorer fed the same statistics.
 * The build needs these numbers, not an index, so the records are analyzed once into flat arrays
 * instead of going through an IndexWriter and reading its postings back, which took three times
 * as long. The parity test holds the browser's ranking, made from these scores, to Lucene's own
 * searcher over a real index.
 */
public final class TermScores {
    private static final String[] FIELDS = SearchIndex.FIELD_ORDER.toArray(String[]::new);

    private final List<SearchRecord> records;
    private final RecordHashes hashes;
    private final SearchAnalysis analysis;
    private final Map<String, int[]> scores;
    private final Map<String, int[]> frequencies;
    private final Map<String, float[]> weights;
    private final byte[][] norms;
    private final float[] averageLengths = new float[FIELDS.length];
    private final Map<String, String> words = new HashMap<>();

    /** Records analyzed in slices, one thread each; a slice keeps its own terms and postings. */
    private static final class Slice {
        final Map<String, Integer> ids = new HashMap<>();
        final List<String> terms = new ArrayList<>();
        /** While analyzing: [term, record << 2 | field, frequency, ...] in record order. */
        int[] pairs = new int[3 * 4096];
        int used;
        /** Then, by term: [record << 2 | field, frequency, ...] in record order, term t from start[t] to start[t + 1]. */
        int[] postings;
        int[] start;
        final long[] docCount = new long[FIELDS.length];
        final long[] tokens = new long[FIELDS.length];
        final long[] fieldPairs = new long[FIELDS.length];

        private int stemId(String stem) {
            Integer known = ids.get(stem);
            if (known != null) return known;
            int id = terms.size();
            ids.put(stem, id);
            terms.add(stem);
            return id;
        }

        /** Adds a group's records, the first of them numbered {@code first}, and its words to {@code words}. */
        void add(AnalysedGroup group, int first, byte[][] norms, Map<String, String> words) {
            int[] id = new int[group.stems().size()];
            for (int k = 0; k < id.length; k++) id[k] = stemId(group.stems().get(k));
            for (int w = 0; w < group.words().size(); w++) {
                if (group.wordStems()[w] >= 0) words.put(group.words().get(w), group.stems().get(group.wordStems()[w]));
            }
            for (int r = 0; r < group.fields().length; r++) {
                int record = first + r;
                int[] f = group.fields()[r];
                int at = 0;
                for (int field = 0; field < FIELDS.length; field++) {
                    int length = f[at];
                    int n = f[at + 1];
                    at += 2;
                    for (int k = 0; k < n; k++, at += 2) add(id[f[at]], record << 2 | field, f[at + 1]);
                    if (length > 0) {
                        // what Lucene's BM25 stores as the field's norm: its length, in one byte
                        norms[field][record] = (byte) SmallFloat.intToByte4(length);
                        docCount[field]++;
                        tokens[field] += length;
                        fieldPairs[field] += n;
                    }
                }
            }
        }

        void add(int id, int key, int frequency) {
            if (used + 3 > pairs.length) pairs = Arrays.copyOf(pairs, 2 * pairs.length);
            pairs[used++] = id;
            pairs[used++] = key;
            pairs[used++] = frequency;
        }

        /** Groups the pairs by term (a counting sort, which keeps record order within a term). */
        void group() {
            start = new int[terms.size() + 1];
            for (int i = 0; i < used; i += 3) start[pairs[i] + 1] += 2;
            for (int t = 0; t < terms.size(); t++) start[t + 1] += start[t];
            postings = new int[start[terms.size()]];
            int[] next = Arrays.copyOf(start, terms.size());
            for (int i = 0; i < used; i += 3) {
                int at = next[pairs[i]];
                postings[at] = pairs[i + 1];
                postings[at + 1] = pairs[i + 2];
                next[pairs[i]] = at + 2;
            }
            pairs = null;
        }
    }

    /** Analyzes and scores {@code records}; scores are times {@code scale}, rounded. */
    public TermScores(List<SearchRecord> records, SearchAnalysis analysis, int scale) {
        this(records, analysis, scale, BuildCache.none());
    }

    /**
     * As {@link #TermScores(List, SearchAnalysis, int)}, each group of records' analysis taken from
     * {@code cache} when it has it ({@link AnalysisCache}) and kept there when made.
     */
    public TermScores(List<SearchRecord> records, SearchAnalysis analysis, int scale, BuildCache cache) {
        this(records, RecordHashes.of(records), analysis, scale, cache);
    }

    /** As {@link #TermScores(List, SearchAnalysis, int, BuildCache)}, with the records' hashes made already. */
    TermScores(List<SearchRecord> records, RecordHashes hashes, SearchAnalysis analysis, int scale, BuildCache cache) {
        this.records = records;
        this.hashes = hashes;
        this.analysis = analysis;
        Analyzer analyzer = analysis.wordAnalyzer();
        AnalysisCache groups = new AnalysisCache(cache, analyzer, analysis);
        byte[][] norms = new byte[FIELDS.length][records.size()];
        List<int[]> bounds = AnalysisCache.groups(records);
        int count = Math.max(1, Math.min(Math.min(bounds.size(), records.size() / 256), 2 * Runtime.getRuntime().availableProcessors()));
        List<Map<String, String>> sliceWords = new ArrayList<>();
        for (int s = 0; s < count; s++) sliceWords.add(new HashMap<>());
        Slice[] slices = IntStream.range(0, count).parallel().mapToObj(s -> {
            Slice slice = new Slice();
            for (int[] g : bounds.subList(s * bounds.size() / count, (s + 1) * bounds.size() / count)) {
                slice.add(groups.group(records.subList(g[0], g[1]), AnalysisCache.key(hashes, g[0], g[1])), records.get(g[0]).id(), norms, sliceWords.get(s));
            }
            slice.group();
            return slice;
        }).toArray(Slice[]::new);
        analyzer.close();

        long[] docCount = new long[FIELDS.length];
        long[] tokens = new long[FIELDS.length];
        long[] pairs = new long[FIELDS.length];
        Map<String, int[]> where = new HashMap<>();
        for (int s = 0; s < slices.length; s++) {
            for (int f = 0; f < FIELDS.length; f++) {
                docCount[f] += slices[s].docCount[f];
                tokens[f] += slices[s].tokens[f];
                pairs[f] += slices[s].fieldPairs[f];
            }
            words.putAll(sliceWords.get(s));
            for (int id = 0; id < slices[s].terms.size(); id++) {
                int[] ids = where.computeIfAbsent(slices[s].terms.get(id), t -> filled(slices.length));
                ids[s] = id;
            }
        }
        CollectionStatistics[] stats = new CollectionStatistics[FIELDS.length];
        for (int f = 0; f < FIELDS.length; f++) {
            if (docCount[f] > 0) stats[f] = new CollectionStatistics(FIELDS[f], records.size(), docCount[f], tokens[f], pairs[f]);
        }
        for (int f = 0; f < FIELDS.length; f++) {
            // as the similarity's avgFieldLength
            if (docCount[f] > 0) averageLengths[f] = SteadyBM25.average(tokens[f], docCount[f]);
        }
        Map<String, int[]> out = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, int[]> tfs = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, float[]> ws = new java.util.concurrent.ConcurrentHashMap<>();
        Map<Long, Similarity.SimScorer> shared = new java.util.concurrent.ConcurrentHashMap<>();
        where.entrySet().parallelStream().forEach(e -> {
            Scored scored = score(e.getKey(), e.getValue(), slices, stats, norms, scale, shared);
            out.put(e.getKey(), scored.pairs());
            tfs.put(e.getKey(), scored.frequencies());
            ws.put(e.getKey(), scored.weights());
        });
        this.scores = out;
        this.frequencies = tfs;
        this.weights = ws;
        this.norms = norms;
    }

    /** A term's postings, its frequency in each field of each of its records, and its BM25 weight per field. */
    private record Scored(int[] pairs, int[] frequencies, float[] weights) {
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, -1);
        return a;
    }

    /**
     * One term's postings as [record, score, ...] by record, beside them its frequency in each
     * field of each record, and its scorer's weight per field (boost times idf; 0 where absent).
     */
    private static Scored score(String term, int[] ids, Slice[] slices, CollectionStatistics[] stats, byte[][] norms, int scale,
                               Map<Long, Similarity.SimScorer> shared) {
        long[] docFreq = new long[FIELDS.length];
        long[] termFreq = new long[FIELDS.length];
        int records = 0;
        for (int s = 0; s < slices.length; s++) {
            if (ids[s] < 0) continue;
            int[] p = slices[s].postings;
            int first = slices[s].start[ids[s]];
            for (int j = first, end = slices[s].start[ids[s] + 1]; j < end; j += 2) {
                docFreq[p[j] & 3]++;
                termFreq[p[j] & 3] += p[j + 1];
                if (j == first || p[j] >>> 2 != p[j - 2] >>> 2) records++;
            }
        }
        Similarity.SimScorer[] scorers = new Similarity.SimScorer[FIELDS.length];
        for (int f = 0; f < FIELDS.length; f++) {
            if (docFreq[f] == 0) continue;
            // BM25's scorer depends on the term through its document frequency alone (idf): terms share them
            int field = f;
            long tf = termFreq[f];
            scorers[f] = shared.computeIfAbsent((long) f << 40 | docFreq[f], k -> SearchIndex.SIMILARITY.scorer(
                    SearchIndex.FIELDS.get(FIELDS[field]), stats[field], new TermStatistics(new BytesRef(term), k & ((1L << 40) - 1), tf)));
        }
        float[] weights = new float[FIELDS.length];
        for (int f = 0; f < FIELDS.length; f++) {
            // BM25's score is weight - weight / (1 + freq / norm): at an unbounded frequency, the weight itself
            if (scorers[f] != null) weights[f] = scorers[f].score(Float.POSITIVE_INFINITY, 1);
        }
        int[] out = new int[2 * records];
        int[] tf = new int[FIELDS.length * records];
        int n = 0;
        for (int s = 0; s < slices.length; s++) {
            if (ids[s] < 0) continue;
            int[] p = slices[s].postings;
            int size = slices[s].start[ids[s] + 1];
            for (int j = slices[s].start[ids[s]]; j < size; ) {
                int record = p[j] >>> 2;
                double sum = 0;
                for (; j < size && p[j] >>> 2 == record; j += 2) {
                    int f = p[j] & 3;
                    sum += scorers[f].score(p[j + 1], norms[f][record] & 0xFF);
                    tf[FIELDS.length * (n / 2) + f] = p[j + 1];
                }
                out[n++] = record;
                out[n++] = (int) Math.round(sum * scale);
            }
        }
        return new Scored(out, tf, weights);
    }

    public List<SearchRecord> records() {
        return records;
    }

    /** The records' hashes. */
    RecordHashes hashes() {
        return hashes;
    }

    public SearchAnalysis analysis() {
        return analysis;
    }

    /** Every term with its postings: [record, score, ...] by record; terms in no order. */
    public Map<String, int[]> scores() {
        return scores;
    }

    /** Beside each term's postings, its frequency in each field (title, context, body) of each of its records. */
    public Map<String, int[]> frequencies() {
        return frequencies;
    }

    /** Each term's BM25 weight (boost times idf) per field, 0 in a field it is not in. */
    public Map<String, float[]> weights() {
        return weights;
    }

    /** Each field's norm of each record as Lucene encodes it (one byte of the length; 0 for an empty field). */
    public byte[][] norms() {
        return norms;
    }

    /** Each field's average length, as BM25 divides by it. */
    public float[] averageLengths() {
        return averageLengths.clone();
    }

    /** Every word of the records as typed (split and lower-cased), with its stem; stop words left out. */
    public Map<String, String> words() {
        return words;
    }
}
