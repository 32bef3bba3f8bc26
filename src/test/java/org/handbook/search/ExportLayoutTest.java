package org.handbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.handbook.Pipeline;
import org.handbook.TestSites;
import org.handbook.link.Library;
import org.junit.jupiter.api.Test;

/**
 * The export picks its budget by the number of files each would make, worked out without making
 * them ({@link SearchExport#files}): that number is the number made, for every budget it may try,
 * on the handbook's records and on a large made-up vocabulary (thousands of records, a directory
 * split by first letter, data files packed and alone).
 */
class ExportLayoutTest {

    private static void countsMatch(List<SearchRecord> records, SearchAnalysis analysis, Map<String, List<String>> labels) {
        TermScores index = new TermScores(records, analysis, SearchExport.SCALE);
        VocabularyFiles vocabulary = new VocabularyFiles(index, Digits.width(Math.max(1, records.size() - 1)), new int[] {2, 2, 2});
        FragmentFiles fragments = new FragmentFiles(records);
        Set<Integer> seen = new HashSet<>();
        for (double scale = 0.25; scale < 40; scale *= 1.2) {
            Budget budget = Budget.BASE.times(scale);
            int made = SearchExport.layout(budget, index, labels, vocabulary, fragments, ExportMemo.none()).size();
            assertEquals(made, SearchExport.files(budget, vocabulary, fragments, records.size()), "files with budget " + budget);
            seen.add(made);
        }
        assertTrue(seen.size() > 5, "the budgets tried gave different layouts: " + seen);
    }

    @Test
    void theHandbooksCountIsWhatIsMade() throws Exception {
        Library lib = Pipeline.library(TestSites.CONTENT);
        try (SearchAnalysis analysis = new SearchAnalysis(lib)) {
            countsMatch(RecordExtractor.extract(lib), analysis, SearchOutput.labels(lib));
        }
    }

    @Test
    void aLargeVocabularysCountIsWhatIsMade() throws Exception {
        Library lib = Pipeline.library(TestSites.SAMPLE);
        SplittableRandom random = new SplittableRandom(15);
        List<SearchRecord> records = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            StringBuilder body = new StringBuilder();
            for (int w = random.nextInt(5, 80); w > 0; w--) {
                // words from a few thousand, some in many records (long lists), most in few
                int n = random.nextInt(4) == 0 ? random.nextInt(20) : random.nextInt(6000);
                body.append((char) ('a' + n % 26)).append(Integer.toString(n, 36)).append("q ");
            }
            records.add(new SearchRecord(i, "chapter", "Section " + i, "Page " + i / 10, "p/" + i / 10 + "/#s" + i, body.toString(), true));
        }
        try (SearchAnalysis analysis = new SearchAnalysis(lib)) {
            countsMatch(records, analysis, SearchOutput.labels(lib));
        }
    }
}
