package org.handbook.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.handbook.cache.BuildCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The records' analysis kept in the build cache by group: a build from kept groups, from some kept
 * and some not, or from corrupt entries gives the same scores as one that analyses everything, and
 * an edited page leaves every other group's bounds and key as they were.
 */
class AnalysisCacheTest {
    @TempDir
    Path dir;

    private static List<SearchRecord> site(int pages, String editedText) {
        List<SearchRecord> records = new ArrayList<>();
        for (int p = 0; p < pages; p++) {
            for (int s = 0; s < 3; s++) {
                String body = p == 7 && s == 1 && editedText != null ? editedText
                        : "Section " + s + " of page " + p + " weighs the model's cost; rollback plans, drift and évaluation " + "x".repeat(p % 5);
                records.add(new SearchRecord(records.size(), p % 2 == 0 ? "chapter" : "playbook", "Heading " + s + " LoRA",
                        "Page " + p + " › Part", "page-" + p + "/#h" + s, body, s != 2));
            }
        }
        return records;
    }

    /** Holds {@code got} to every score, frequency, weight, norm, average and word of {@code want}. */
    static void assertSame(TermScores want, TermScores got) {
        assertEquals(want.scores().keySet(), got.scores().keySet());
        want.scores().forEach((stem, pairs) -> assertArrayEquals(pairs, got.scores().get(stem), stem));
        want.frequencies().forEach((stem, tf) -> assertArrayEquals(tf, got.frequencies().get(stem), stem));
        want.weights().forEach((stem, w) -> assertArrayEquals(w, got.weights().get(stem), stem));
        for (int f = 0; f < 3; f++) assertArrayEquals(want.norms()[f], got.norms()[f]);
        assertArrayEquals(want.averageLengths(), got.averageLengths());
        assertEquals(want.words(), got.words());
    }

    @Test
    void keptGroupsScoreAsAnalysingEverything() throws Exception {
        SearchAnalysis analysis = new SearchAnalysis(org.handbook.Pipeline.library(org.handbook.TestSites.CONTENT));
        List<SearchRecord> records = site(200, null);
        int groups = AnalysisCache.groups(records).size();
        assertTrue(groups > 1 && groups < 20, groups + " groups");
        TermScores clean = new TermScores(records, analysis, SearchExport.SCALE);

        Path out = dir.resolve("site");
        BuildCache first = BuildCache.open(out, true);
        assertSame(clean, new TermScores(records, analysis, SearchExport.SCALE, first));
        assertEquals(groups, first.stats().made().get(AnalysisCache.KIND));

        BuildCache second = BuildCache.open(out, true);
        assertSame(clean, new TermScores(records, analysis, SearchExport.SCALE, second));
        assertEquals(groups, second.stats().reused().get(AnalysisCache.KIND));
        assertEquals(null, second.stats().made().get(AnalysisCache.KIND));

        // one page edited: only its group is analysed again, and the scores are a clean build's
        List<SearchRecord> edited = site(200, "An edited section about quantisation and rollback.");
        BuildCache third = BuildCache.open(out, true);
        assertSame(new TermScores(edited, analysis, SearchExport.SCALE), new TermScores(edited, analysis, SearchExport.SCALE, third));
        assertEquals(1, third.stats().made().get(AnalysisCache.KIND));

        // every kept entry damaged on disk: each is detected, analysed again and kept anew
        List<Path> entries;
        try (Stream<Path> s = Files.walk(BuildCache.folder(out).resolve("artifacts").resolve(AnalysisCache.KIND))) {
            entries = s.filter(Files::isRegularFile).toList();
        }
        assertTrue(entries.size() >= groups);
        for (Path e : entries) {
            byte[] b = Files.readAllBytes(e);
            b[b.length - 3] ^= 0x5A;
            Files.write(e, b);
        }
        BuildCache damaged = BuildCache.open(out, true);
        assertSame(clean, new TermScores(records, analysis, SearchExport.SCALE, damaged));
        assertEquals(groups, damaged.stats().made().get(AnalysisCache.KIND));
        BuildCache repaired = BuildCache.open(out, true);
        new TermScores(records, analysis, SearchExport.SCALE, repaired);
        assertEquals(groups, repaired.stats().reused().get(AnalysisCache.KIND));
    }

    @Test
    void anEntryThatDoesNotReadBackAsAGroupIsNotUsed() throws Exception {
        SearchAnalysis analysis = new SearchAnalysis(org.handbook.Pipeline.library(org.handbook.TestSites.CONTENT));
        List<SearchRecord> records = site(40, null);
        BuildCache cache = BuildCache.open(dir.resolve("site"), true);
        // whole on disk (its checksum is right) but not a group: kept under every group's key
        RecordHashes hashes = RecordHashes.of(records);
        for (int[] g : AnalysisCache.groups(records)) {
            cache.artifact(AnalysisCache.KIND, AnalysisCache.key(hashes, g[0], g[1]), () -> new byte[] {0, 0, 0, 1, 0, 0, 0, 9});
        }
        assertSame(new TermScores(records, analysis, SearchExport.SCALE), new TermScores(records, analysis, SearchExport.SCALE, cache));
    }

    @Test
    void aGroupIsTheSameWhateverItsThreadMetBefore() throws Exception {
        org.handbook.link.Library lib = org.handbook.Pipeline.library(org.handbook.TestSites.CONTENT);
        List<SearchRecord> records = RecordExtractor.extract(lib);
        try (SearchAnalysis analysis = new SearchAnalysis(lib); org.apache.lucene.analysis.Analyzer analyzer = analysis.wordAnalyzer()) {
            int third = records.size() / 3;
            List<List<SearchRecord>> groups = List.of(records.subList(2 * third, records.size()), records.subList(0, third),
                    records.subList(third, 2 * third));
            // one thread's table through three groups (the bundled handbook's texts, in ASCII and not), against a table each
            WordTable shared = new WordTable(analysis::stemOfWord);
            for (List<SearchRecord> g : groups) {
                AnalysedGroup.Made aloneMade = AnalysedGroup.analyse(g, analyzer, new WordTable(analysis::stemOfWord));
                AnalysedGroup.Made afterMade = AnalysedGroup.analyse(g, analyzer, shared);
                // the cache's bytes too: the shared table's words and stems were written for earlier groups
                assertArrayEquals(aloneMade.encode(), afterMade.encode());
                AnalysedGroup alone = aloneMade.group();
                AnalysedGroup after = afterMade.group();
                assertEquals(alone.stems(), after.stems());
                assertEquals(alone.words(), after.words());
                assertArrayEquals(alone.wordStems(), after.wordStems());
                for (int r = 0; r < g.size(); r++) assertArrayEquals(alone.fields()[r], after.fields()[r]);
                assertTrue(alone.stems().size() > 100, alone.stems().size() + " stems");
            }
        }
    }

    @Test
    void decodingRefusesWhatIsNotWhole() throws Exception {
        AnalysedGroup.Made made = AnalysedGroup.analyse(site(2, null), new SearchAnalysis(org.handbook.Pipeline.library(org.handbook.TestSites.CONTENT))
                .wordAnalyzer(), new WordTable(w -> w.endsWith("s") ? w.substring(0, w.length() - 1) : w.equals("of") ? "" : w));
        AnalysedGroup group = made.group();
        byte[] bytes = made.encode();
        AnalysedGroup back = AnalysedGroup.decode(bytes, 6);
        assertEquals(group.stems(), back.stems());
        assertEquals(group.words(), back.words());
        assertArrayEquals(group.wordStems(), back.wordStems());
        for (int r = 0; r < 6; r++) assertArrayEquals(group.fields()[r], back.fields()[r]);
        assertThrows(IOException.class, () -> AnalysedGroup.decode(bytes, 5));
        assertThrows(IOException.class, () -> AnalysedGroup.decode(Arrays.copyOf(bytes, bytes.length - 1), 6));
        assertThrows(IOException.class, () -> AnalysedGroup.decode(Arrays.copyOf(bytes, bytes.length + 4), 6));
    }

    @Test
    void anEditedPageMovesNoOtherGroup() {
        List<SearchRecord> records = site(300, null);
        List<int[]> before = AnalysisCache.groups(records);
        // a page's sections removed: the groups before it are as they were, those after it shifted whole
        List<SearchRecord> fewer = new ArrayList<>(records.subList(0, 150));
        fewer.addAll(records.subList(153, records.size()));
        List<int[]> after = AnalysisCache.groups(fewer);
        assertEquals(before.size(), after.size());
        int changed = 0;
        for (int i = 0; i < before.size(); i++) {
            int shift = before.get(i)[0] >= 153 ? 3 : 0;
            boolean same = before.get(i)[0] - shift == after.get(i)[0] && before.get(i)[1] - (before.get(i)[1] >= 153 ? 3 : 0) == after.get(i)[1];
            if (!same || before.get(i)[0] < 153 && before.get(i)[1] > 150) changed++;
        }
        assertEquals(1, changed);
    }

    @Test
    void aGroupStartsWhereThePageChangesToOneWhosePathHashesSo() {
        List<SearchRecord> records = new ArrayList<>();
        for (int p = 0; p < 2_000; p++) {
            // pages with sections, pages of one record without an anchor, paths in other scripts
            String page = (p % 3 == 0 ? "réseau-" : p % 3 == 1 ? "網-" : "page-") + p + "/";
            for (int s = 0; s < 1 + p % 3; s++) {
                records.add(new SearchRecord(records.size(), "chapter", "T", "C", p % 4 == 0 ? page : page + "#h" + s, "text", true));
            }
        }
        List<int[]> groups = AnalysisCache.groups(records);
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 1; i < records.size(); i++) {
            String page = AnalysisCache.page(records.get(i).url());
            int h = page.hashCode() * 0x9E3779B9;
            if (!page.equals(AnalysisCache.page(records.get(i - 1).url())) && ((h ^ h >>> 16) & 63) == 0) starts.add(i);
        }
        assertTrue(starts.size() > 10, starts.size() + " groups");
        assertEquals(starts, groups.stream().map(g -> g[0]).toList());
        for (int k = 0; k < groups.size(); k++) assertEquals(k + 1 < groups.size() ? groups.get(k + 1)[0] : records.size(), groups.get(k)[1]);
    }
}
