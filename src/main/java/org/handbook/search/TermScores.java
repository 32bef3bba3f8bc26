package org.handbook.search;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.handbook.cache.BuildCache;
import org.handbook.cache.Keeps;
import org.handbook.cache.Memo;

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
    /** What a warm process keeps the last build's scores under ({@link ScoredStems}). */
    static final String KEPT = "search-scores";

    private final List<SearchRecord> records;
    private final RecordHashes hashes;
    /** The bounds of the records' groups ({@link AnalysisCache#groups}). */
    private final List<int[]> bounds;
    private final SearchAnalysis analysis;
    private final ScoredStems stems;

    /** Analyzes and scores {@code records}; scores are times {@code scale}, rounded. */
    public TermScores(List<SearchRecord> records, SearchAnalysis analysis, int scale) {
        this(records, analysis, scale, BuildCache.none());
    }

    /**
     * As {@link #TermScores(List, SearchAnalysis, int)}, each group of records' analysis taken from
     * {@code cache} when it has it ({@link AnalysisCache}) and kept there when made.
     */
    public TermScores(List<SearchRecord> records, SearchAnalysis analysis, int scale, BuildCache cache) {
        this(records, RecordHashes.of(records), analysis, scale, cache, Keeps.none());
    }

    /**
     * As {@link #TermScores(List, SearchAnalysis, int, BuildCache)}, with the records' hashes made
     * already; in a warm process ({@code keeps}), each group the last build had at the same place
     * taken as it was, and the stems of the groups an edit changed scored again, no others ({@link ScoredStems}).
     */
    TermScores(List<SearchRecord> records, RecordHashes hashes, SearchAnalysis analysis, int scale, BuildCache cache, Keeps keeps) {
        this.records = records;
        this.hashes = hashes;
        this.analysis = analysis;
        Memo<String, ScoredStems> kept = keeps.memo(KEPT);
        ScoredStems last = kept.lastOne().orElse(null);
        bounds = AnalysisCache.groups(records);
        try (Analyzer analyzer = analysis.wordAnalyzer()) {
            AnalysisCache analysed = new AnalysisCache(cache, analyzer, analysis, keeps.memo(AnalysisCache.KIND));
            GroupTerms[] groups = IntStream.range(0, bounds.size()).parallel().mapToObj(i -> {
                int[] g = bounds.get(i);
                String key = AnalysisCache.key(hashes, g[0], g[1]);
                int first = records.get(g[0]).id();
                if (last != null && i < last.groups.size() && last.groups.get(i).is(key, first)) return last.groups.get(i);
                return GroupTerms.of(analysed.group(records.subList(g[0], g[1]), key), key, first);
            }).toArray(GroupTerms[]::new);
            ShardHash.Mix key = new ShardHash.Mix().add(scale).add(records.size());
            for (GroupTerms g : groups) key.add(g.key).add(g.first);
            stems = kept.get(key.hex(), k -> ScoredStems.of(List.of(groups), records.size(), scale, last));
        }
        if (!keeps.keeping()) stems.letGroupsGo();
    }

    public List<SearchRecord> records() {
        return records;
    }

    /** The records' hashes. */
    RecordHashes hashes() {
        return hashes;
    }

    /** The bounds of the records' groups, [from, to) each ({@link AnalysisCache#groups}): found once, as a cold build reads its loop uncompiled. */
    List<int[]> groups() {
        return bounds;
    }

    public SearchAnalysis analysis() {
        return analysis;
    }

    /** Every term with its postings: [record, score, ...] by record; terms in no order. */
    public Map<String, int[]> scores() {
        return view(ScoredStems.Scored::pairs);
    }

    /** Beside each term's postings, its frequency in each field (title, context, body) of each of its records. */
    public Map<String, int[]> frequencies() {
        return view(s -> s.frequencies().unpacked());
    }

    /** Each term's BM25 weight (boost times idf) per field, 0 in a field it is not in. */
    public Map<String, float[]> weights() {
        return view(ScoredStems.Scored::weights);
    }

    private <T> Map<String, T> view(java.util.function.Function<ScoredStems.Scored, T> part) {
        Map<String, T> out = new java.util.HashMap<>();
        stems.stems.forEach((stem, s) -> out.put(stem, part.apply(s)));
        return out;
    }

    /** The stems scored, with what the vocabulary needs to size again only the stems an edit touched. */
    ScoredStems stems() {
        return stems;
    }

    /** Each field's norm of each record as Lucene encodes it (one byte of the length; 0 for an empty field). */
    public byte[][] norms() {
        return stems.norms;
    }

    /** Each field's average length, as BM25 divides by it. */
    public float[] averageLengths() {
        return stems.averageLengths.clone();
    }

    /** Every word of the records as typed (split and lower-cased), with its stem; stop words left out. */
    public Map<String, String> words() {
        return stems.words;
    }
}
