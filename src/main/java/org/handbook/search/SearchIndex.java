package org.handbook.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The Lucene index of the site's search records, in memory: BM25 over three fields with boosts
 * (a record's own title over its page and headings over its text). It answers queries for the
 * terminal, with highlighted excerpts, and is the reference the parity test holds the browser's
 * ranking to; the build's export computes the same scores without an index ({@link TermScores}).
 */
public final class SearchIndex implements AutoCloseable {
    /**
     * Field boosts: a match in a record's name counts most, then its page and headings, then its
     * text. With BM25's length normalization at b = 0.5 (Lucene's default is 0.75), a long section
     * that answers is not outranked by a short one that merely mentions the words; both tuned on
     * the relevance set in src/test/resources/search.
     */
    public static final Map<String, Float> FIELDS = Map.of("title", 1.4f, "context", 1.2f, "body", 1.0f);
    /** The fields in the order the export scores them. */
    static final List<String> FIELD_ORDER = List.of("title", "context", "body");
    /** BM25 with b = 0.5 and steady collection statistics ({@link SteadyBM25}): the terminal's index and the export's {@link TermScores} score with it. */
    public static final BM25Similarity SIMILARITY = new SteadyBM25(1.2f, 0.5f);

    private final List<SearchRecord> records;
    private final SearchAnalysis analysis;
    private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final int[] recordOfDoc;

    /** A hit: the record, Lucene's score and an excerpt with the matched words marked by «». */
    public record Hit(SearchRecord record, float score, String excerpt) {
    }

    /** An index of {@code records}, each text kept with its word offsets for the highlighter. */
    public SearchIndex(List<SearchRecord> records, SearchAnalysis analysis) {
        this.records = records;
        this.analysis = analysis;
        try {
            IndexWriterConfig config = new IndexWriterConfig(analysis.analyzer()).setSimilarity(SIMILARITY)
                    .setRAMBufferSizeMB(512).setUseCompoundFile(false);
            // positions everywhere, for quoted phrases
            FieldType plain = TextField.TYPE_NOT_STORED;
            FieldType body = new FieldType(TextField.TYPE_STORED);
            body.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
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
            searcher.setSimilarity(SIMILARITY);
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
