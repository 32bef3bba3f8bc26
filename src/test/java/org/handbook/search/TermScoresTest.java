package org.handbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;

/**
 * The export's scores, computed without an index, against Lucene's own searcher over a real index
 * of the same records: every term, every record, on text made to trip the two-halves analysis
 * (capitals, accents, possessives with straight and curly apostrophes, stop words, numbers).
 */
class TermScoresTest {
    private static final String[] TEXTS = {
            "The TEAM'S Model keeps its Weights; the team’s weights don't.",
            "ÉCOLE and école, Ärger and ärger: accents lower-case the same as Lucene's filter does.",
            "Fine-tuning a 7B model costs $1,200 in 3.5 hours — or does it? LoRA adapters, QLoRA.",
            "What should we do about retrieval-augmented generation (RAG) when documents drift?",
            "Distillation distills; DISTILLING distilled students. The the the and of.",
            "İstanbul ΣΊΣΥΦΟΣ straße Ǆemal: letters whose lower case is not one-to-one.",
    };

    @Test
    void scoresEveryTermAsLucenesSearcherDoes() throws Exception {
        List<SearchRecord> records = new ArrayList<>();
        for (int i = 0; i < TEXTS.length * 3; i++) {
            String text = TEXTS[i % TEXTS.length];
            boolean named = i % 3 == 0;
            records.add(new SearchRecord(i, named ? "term" : "chapter", "Heading " + (i % 4 == 0 ? "LoRA" : "Weights"),
                    "Page " + i + " › Section", "p/" + i + "/", text + " extra words " + "x".repeat(i % 5), named));
        }
        SearchAnalysis analysis = new SearchAnalysis(org.handbook.Pipeline.library(org.handbook.TestSites.CONTENT));
        TermScores scores = new TermScores(records, analysis, SearchExport.SCALE);
        try (SearchIndex lucene = new SearchIndex(records, analysis)) {
            IndexSearcher searcher = lucene.searcher();
            int compared = 0;
            for (Map.Entry<String, int[]> e : scores.scores().entrySet()) {
                Map<Integer, Float> expected = new HashMap<>();
                for (ScoreDoc sd : searcher.search(lucene.query(Map.of(e.getKey(), 1f), null), 1000).scoreDocs) {
                    expected.put(searcher.storedFields().document(sd.doc).getField("id").numericValue().intValue(), sd.score);
                }
                int[] p = e.getValue();
                assertEquals(expected.size(), p.length / 2, "records with " + e.getKey());
                for (int i = 0; i < p.length; i += 2) {
                    Float want = expected.get(p[i]);
                    assertTrue(want != null, e.getKey() + " in record " + p[i]);
                    assertEquals(want * SearchExport.SCALE, p[i + 1], 0.5 + 1e-3, e.getKey() + " in record " + p[i]);
                    compared++;
                }
            }
            assertTrue(compared > 200, "compared " + compared);
        }
        // the vocabulary readers type: each word's stem is the whole analyzer's stem of it
        assertTrue(scores.words().size() > 40);
        scores.words().forEach((word, stem) -> assertEquals(List.of(stem), analysis.stems(word), word));
        assertEquals("team", scores.words().get("team's"));
        assertEquals("école", scores.words().get("école"));
    }
}
