package org.handbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.handbook.Pipeline;
import org.handbook.TestSites;
import org.handbook.write.OutputFile;
import org.junit.jupiter.api.Test;

/**
 * An edit to one record changes the export's files that hold what it changed (the stems it
 * gained or lost, its entries, its norms and its shown text) and the manifest, not the rest:
 * here one new word.
 * scores are made with steady collection statistics ({@link SteadyBM25}), the vocabulary and data
 * files are cut before words chosen by their hash and named by their content. Under plain BM25
 * every score, so every vocabulary file, changed with any edit.
 */
class ExportStabilityTest {

    private static List<SearchRecord> site(String added) {
        SplittableRandom random = new SplittableRandom(15);
        List<SearchRecord> records = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            StringBuilder body = new StringBuilder();
            // the record edited has 290 words: one more keeps its length's norm (lengths 280 to 311 share it)
            for (int w = i == 1234 ? 290 : random.nextInt(5, 80); w > 0; w--) {
                // words from a few thousand, some in many records (long lists), most in few
                int n = random.nextInt(4) == 0 ? random.nextInt(20) : random.nextInt(6000);
                body.append((char) ('a' + n % 26)).append(Integer.toString(n, 36)).append("q ");
            }
            if (i == 1234 && added != null) body.append(added);
            records.add(new SearchRecord(i, "chapter", "Section " + i, "Page " + i / 10, "p/" + i / 10 + "/#s" + i, body.toString(), true));
        }
        return records;
    }

    private static Map<String, byte[]> export(List<SearchRecord> records) throws Exception {
        try (SearchAnalysis analysis = new SearchAnalysis(Pipeline.library(TestSites.SAMPLE))) {
            Map<String, byte[]> files = new HashMap<>();
            for (OutputFile f : SearchExport.export(new TermScores(records, analysis, SearchExport.SCALE), Map.of("chapter", List.of("Chapter", "Chapters")))) {
                files.put(f.path(), f.bytes());
            }
            return files;
        }
    }

    @Test
    void anEditChangesTheFilesOfWhatItChanged() throws Exception {
        Map<String, byte[]> before = export(site(null));
        // a word no record had added at the end of a long record: the site's token count moves (under plain
        // BM25 so would every score), one stem is new, no norm or shown text changes
        Map<String, byte[]> after = export(site("zzedited"));
        assertEquals(before.size(), after.size());
        List<String> changed = after.keySet().stream().filter(p -> !before.containsKey(p)).sorted().toList();
        assertTrue(before.size() > 300, before.size() + " files");
        // the manifest, the new stem's vocabulary file and the letter directory that lists it
        assertTrue(changed.size() <= 3, changed.size() + " of " + before.size() + " files changed: " + changed);
    }
}
