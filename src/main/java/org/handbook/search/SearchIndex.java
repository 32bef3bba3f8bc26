package org.handbook.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene index of the site's search records, in memory: BM25 over three fields with boosts
 * (a record's own title over its page and headings over its text). It answers queries for the
 * terminal and hands every term's per-record score to the export, so the browser ranks with
 * Lucene's numbers.
 */
public final class SearchIndex implements AutoCloseable {
    /**
     * Field boosts: a match in a record's name counts most, then its page and headings, then its
     * text. With BM25's length normalization at b = 0.5 (Lucene's default is 0.75), a long section
     * that answers is not outranked by a short one that merely mentions the words; both tuned on
     * the relevance set in src/test/resources/search.
     */
    public static final Map<String, Float> FIELDS = Map.of("title", 1.4f, "context", 1.2f, "body", 1.0f);
    private static final List<String> FIELD_ORDER = List.of("title", "context", "body");

    private final List<SearchRecord> records;
    private final SearchAnalysis analysis;
    private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final int[] recordOfDoc;
    private final List<org.apache.lucene.analysis.CharArraySet> words = java.util.Collections.synchronizedList(new ArrayList<>());

    /** A hit: the record, Lucene's score and an excerpt with the matched words marked by «». */
    public record Hit(SearchRecord record, float score, String excerpt) {
    }

    /** The index the build exports: frequencies only, which is all BM25 needs. */
    public SearchIndex(List<SearchRecord> records, SearchAnalysis analysis) {
        this(records, analysis, false);
    }

    /**
     * An index of {@code records}; {@code excerpts} also keeps each text with its word offsets,
     * which the terminal's highlighter needs and the export does not.
     */
    public SearchIndex(List<SearchRecord> records, SearchAnalysis analysis, boolean excerpts) {
        this.records = records;
        this.analysis = analysis;
        try {
            IndexWriterConfig config = new IndexWriterConfig(analysis.recordingAnalyzer(words)).setSimilarity(new BM25Similarity(1.2f, 0.5f))
                    .setRAMBufferSizeMB(512).setUseCompoundFile(false);
            // positions everywhere, for quoted phrases in the terminal
            FieldType plain = TextField.TYPE_NOT_STORED;
            FieldType body = new FieldType(excerpts ? TextField.TYPE_STORED : plain);
            if (excerpts) body.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
            body.freeze();
            try (IndexWriter w = new IndexWriter(dir, config)) {
                // IndexWriter takes documents from several threads; scores do not depend on the order
                records.parallelStream().forEach(r -> {
                    Document d = new Document();
                    d.add(new StoredField("id", r.id()));
                    d.add(new StringField("type", r.type(), Field.Store.NO));
                    d.add(new Field("title", r.indexedTitle(), plain));
                    d.add(new Field("context", r.context(), plain));
                    d.add(new Field("body", r.indexedBody(), body));
                    try {
                        w.addDocument(d);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            reader = DirectoryReader.open(dir);
            searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity(1.2f, 0.5f));
            recordOfDoc = new int[reader.maxDoc()];
            var stored = reader.storedFields();
            for (int doc = 0; doc < reader.maxDoc(); doc++) recordOfDoc[doc] = stored.document(doc).getField("id").numericValue().intValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public IndexSearcher searcher() {
        return searcher;
    }

    public SearchAnalysis analysis() {
        return analysis;
    }

    public List<SearchRecord> records() {
        return records;
    }

    /** Every word of the records as typed (split and lower-cased, not stemmed), seen while indexing. */
    public java.util.Set<String> words() {
        java.util.Set<String> all = new java.util.HashSet<>();
        for (org.apache.lucene.analysis.CharArraySet set : words) {
            for (Object w : set) all.add(new String((char[]) w).toLowerCase(java.util.Locale.ROOT));
        }
        return all;
    }

    /** The query the browser's engine mirrors: every term, in every field, with the field's boost, summed. */
    public Query query(Map<String, Float> terms, String type) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        terms.forEach((t, weight) -> {
            for (String f : FIELD_ORDER) {
                any.add(new BoostQuery(new TermQuery(new Term(f, t)), FIELDS.get(f) * weight), BooleanClause.Occur.SHOULD);
            }
        });
        if (type == null) return any.build();
        return new BooleanQuery.Builder().add(any.build(), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term("type", type)), BooleanClause.Occur.FILTER).build();
    }

    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("\"([^\"]+)\"");

    /**
     * The query with each "quoted phrase" required, in any field, as consecutive words; the words
     * still score as they do unquoted. The browser requires the words and puts phrase matches first.
     */
    private Query withPhrases(Query scored, String text) {
        java.util.regex.Matcher m = QUOTED.matcher(text);
        BooleanQuery.Builder all = null;
        while (m.find()) {
            List<String> stems = analysis.stems(m.group(1));
            if (stems.isEmpty()) continue;
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            for (String f : FIELD_ORDER) {
                if (stems.size() == 1) anyField.add(new TermQuery(new Term(f, stems.get(0))), BooleanClause.Occur.SHOULD);
                else anyField.add(new org.apache.lucene.search.PhraseQuery(f, stems.toArray(new String[0])), BooleanClause.Occur.SHOULD);
            }
            if (all == null) all = new BooleanQuery.Builder().add(scored, BooleanClause.Occur.MUST);
            all.add(anyField.build(), BooleanClause.Occur.FILTER);
        }
        return all == null ? scored : all.build();
    }

    /** The best {@code limit} records for a query, as Lucene ranks them (ties by reading order). */
    public List<Hit> search(String text, String type, int limit) {
        try {
            Query q = withPhrases(query(analysis.queryTerms(text.replace('"', ' ')), type), text);
            TopDocs top = searcher.search(q, limit);
            String[] excerpts = new Highlighting(searcher, analysis.analyzer()).excerpts(q, top);
            List<Hit> hits = new ArrayList<>();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                SearchRecord r = records.get(recordOfDoc[sd.doc]);
                hits.add(new Hit(r, sd.score, excerpts[i] != null ? excerpts[i] : Highlighting.opening(r.body())));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every indexed term with its postings: records and scores, best first (ties by record), as a
     * flat [record, score, record, score, ...] with each score times {@code scale}, rounded. A
     * record's score for a term is the sum over fields of the boosted BM25 score that Lucene's own
     * scorer gives it, exactly what a {@link TermQuery} per field would add to a query's score.
     */
    public Map<String, int[]> termScores(int scale) {
        // the term space cut by first letter, scored in parallel; each range walks its own enumerators
        List<String> cuts = List.of("", "b", "d", "f", "h", "k", "m", "o", "q", "s", "u", "w");
        Map<String, int[]> out = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.stream.IntStream.range(0, cuts.size()).parallel().forEach(i ->
                out.putAll(scoreRange(new BytesRef(cuts.get(i)), i + 1 < cuts.size() ? new BytesRef(cuts.get(i + 1)) : null, scale)));
        return new TreeMap<>(out);
    }

    /** The postings of every term from {@code from} (inclusive) to {@code to} (exclusive, null for the end). */
    private Map<String, int[]> scoreRange(BytesRef from, BytesRef to, int scale) {
        try {
            int fields = FIELD_ORDER.size();
            TermsEnum[] enums = new TermsEnum[fields];
            BytesRef[] current = new BytesRef[fields];
            CollectionStatistics[] stats = new CollectionStatistics[fields];
            for (int f = 0; f < fields; f++) {
                Terms terms = MultiTerms.getTerms(reader, FIELD_ORDER.get(f));
                if (terms == null) continue;
                enums[f] = terms.iterator();
                current[f] = enums[f].seekCeil(from) == TermsEnum.SeekStatus.END ? null : enums[f].term();
                stats[f] = searcher.collectionStatistics(FIELD_ORDER.get(f));
            }
            Similarity sim = searcher.getSimilarity();
            double[] acc = new double[reader.maxDoc()];
            int[] touched = new int[reader.maxDoc()];
            boolean[] seen = new boolean[reader.maxDoc()];
            PostingsEnum pe = null;
            Map<String, int[]> out = new java.util.HashMap<>();
            // walk the three sorted term lists together, so each term is scored in every field at once
            while (true) {
                BytesRef min = null;
                for (BytesRef b : current) if (b != null && (min == null || b.compareTo(min) < 0)) min = b;
                if (min == null || to != null && min.compareTo(to) >= 0) break;
                BytesRef term = BytesRef.deepCopyOf(min);
                int n = 0;
                for (int f = 0; f < fields; f++) {
                    if (current[f] == null || !current[f].equals(term)) continue;
                    String field = FIELD_ORDER.get(f);
                    TermStatistics ts = searcher.termStatistics(new Term(field, term), enums[f].docFreq(), enums[f].totalTermFreq());
                    Similarity.SimScorer scorer = sim.scorer(FIELDS.get(field), stats[f], ts);
                    // norms are read in document order, so each field's postings get a fresh iterator
                    NumericDocValues norms = MultiDocValues.getNormValues(reader, field);
                    pe = enums[f].postings(pe, PostingsEnum.FREQS);
                    for (int doc = pe.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = pe.nextDoc()) {
                        long norm = norms != null && norms.advanceExact(doc) ? norms.longValue() : 1L;
                        if (!seen[doc]) {
                            seen[doc] = true;
                            touched[n++] = doc;
                        }
                        acc[doc] += scorer.score(pe.freq(), norm);
                    }
                    current[f] = enums[f].next();
                }
                out.put(term.utf8ToString(), ranked(acc, touched, seen, n, scale));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The touched documents as [record, score, ...], best first, ties by record; clears the scratch arrays. */
    private int[] ranked(double[] acc, int[] touched, boolean[] seen, int n, int scale) {
        long[] keyed = new long[n];
        for (int i = 0; i < n; i++) {
            int doc = touched[i];
            int q = (int) Math.round(acc[doc] * scale);
            keyed[i] = ((long) (Integer.MAX_VALUE - q) << 32) | recordOfDoc[doc];
            acc[doc] = 0;
            seen[doc] = false;
        }
        java.util.Arrays.sort(keyed);
        int[] flat = new int[2 * n];
        for (int i = 0; i < n; i++) {
            flat[2 * i] = (int) keyed[i];
            flat[2 * i + 1] = Integer.MAX_VALUE - (int) (keyed[i] >>> 32);
        }
        return flat;
    }

    @Override
    public void close() {
        try {
            reader.close();
            dir.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
