package org.handbook.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
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
    /** Field boosts: a match in a record's name counts most, then its page and headings, then its text (tuned on the relevance set). */
    public static final Map<String, Float> FIELDS = Map.of("title", 1.7f, "context", 1.2f, "body", 1.0f);
    private static final List<String> FIELD_ORDER = List.of("title", "context", "body");

    private final List<SearchRecord> records;
    private final SearchAnalysis analysis;
    private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final int[] recordOfDoc;

    /** A hit: the record, Lucene's score and an excerpt with the matched words marked by «». */
    public record Hit(SearchRecord record, float score, String excerpt) {
    }

    public SearchIndex(List<SearchRecord> records, SearchAnalysis analysis) {
        this.records = records;
        this.analysis = analysis;
        try {
            IndexWriterConfig config = new IndexWriterConfig(analysis.analyzer()).setSimilarity(new BM25Similarity())
                    .setRAMBufferSizeMB(512).setUseCompoundFile(false);
            FieldType body = new FieldType(TextField.TYPE_STORED);
            body.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
            body.freeze();
            try (IndexWriter w = new IndexWriter(dir, config)) {
                for (SearchRecord r : records) {
                    Document d = new Document();
                    d.add(new StoredField("id", r.id()));
                    d.add(new StringField("type", r.type(), Field.Store.NO));
                    d.add(new TextField("title", r.title(), Field.Store.NO));
                    d.add(new TextField("context", r.context(), Field.Store.NO));
                    d.add(new Field("body", r.body(), body));
                    w.addDocument(d);
                }
            }
            reader = DirectoryReader.open(dir);
            searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity());
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

    /** The best {@code limit} records for a query, as Lucene ranks them (ties by reading order). */
    public List<Hit> search(String text, String type, int limit) {
        try {
            Query q = query(analysis.queryTerms(text), type);
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
     * Every indexed term with its score in each record that holds it: the sum over fields of the
     * boosted BM25 score Lucene's own scorer gives that term there, as a {@link TermQuery} would.
     */
    public Map<String, Map<Integer, Double>> termScores() {
        Map<String, Map<Integer, Double>> scores = new TreeMap<>();
        try {
            Similarity sim = searcher.getSimilarity();
            for (String field : FIELD_ORDER) {
                CollectionStatistics cs = searcher.collectionStatistics(field);
                if (cs == null) continue;
                for (LeafReaderContext leaf : reader.leaves()) {
                    LeafReader lr = leaf.reader();
                    Terms terms = lr.terms(field);
                    if (terms == null) continue;
                    TermsEnum te = terms.iterator();
                    PostingsEnum pe = null;
                    for (BytesRef b = te.next(); b != null; b = te.next()) {
                        String stem = b.utf8ToString();
                        TermStatistics ts = searcher.termStatistics(new Term(field, b), te.docFreq(), te.totalTermFreq());
                        Similarity.SimScorer scorer = sim.scorer(FIELDS.get(field), cs, ts);
                        NumericDocValues norms = lr.getNormValues(field);
                        pe = te.postings(pe, PostingsEnum.FREQS);
                        Map<Integer, Double> perRecord = scores.computeIfAbsent(stem, k -> new HashMap<>());
                        for (int doc = pe.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = pe.nextDoc()) {
                            long norm = norms != null && norms.advanceExact(doc) ? norms.longValue() : 1L;
                            float s = scorer.score(pe.freq(), norm);
                            perRecord.merge(recordOfDoc[leaf.docBase + doc], (double) s, Double::sum);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return scores;
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
