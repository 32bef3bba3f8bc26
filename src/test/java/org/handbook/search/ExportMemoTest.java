package org.handbook.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.handbook.Pipeline;
import org.handbook.TestSites;
import org.handbook.render.RenderCache;
import org.handbook.write.OutputFile;
import org.handbook.write.SiteWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export links the files the last build made from the same inputs ({@link ExportMemo}) and
 * gives, file for file, what an export that remembers nothing gives: after no change, after an
 * edit, and when what it remembers is wrong (a damaged record of the last build, a site file that
 * is gone or was changed), which is then made again, never trusted.
 */
class ExportMemoTest {
    private static final Map<String, List<String>> LABELS = Map.of("chapter", List.of("Chapter", "Chapters"));
    private static SearchAnalysis analysis;

    @TempDir
    Path dir;

    @BeforeAll
    static void analysis() throws Exception {
        analysis = new SearchAnalysis(Pipeline.library(TestSites.SAMPLE));
    }

    @AfterAll
    static void close() {
        analysis.close();
    }

    private static List<SearchRecord> site(String added) {
        SplittableRandom random = new SplittableRandom(7);
        List<SearchRecord> records = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            StringBuilder body = new StringBuilder();
            for (int w = random.nextInt(5, 80); w > 0; w--) {
                int n = random.nextInt(4) == 0 ? random.nextInt(20) : random.nextInt(5000);
                body.append((char) ('a' + n % 26)).append(Integer.toString(n, 36)).append("q ");
            }
            if (i == 1500 && added != null) body.append(added);
            records.add(new SearchRecord(i, "chapter", "Section " + i, "Page " + i / 10, "p/" + i / 10 + "/#s" + i, body.toString(), true));
        }
        return records;
    }

    /** What the export gives remembering nothing, by path. */
    private static Map<String, byte[]> clean(List<SearchRecord> records) {
        return bytes(SearchExport.export(new TermScores(records, analysis, SearchExport.SCALE), LABELS));
    }

    private static Map<String, byte[]> bytes(List<OutputFile> files) {
        Map<String, byte[]> out = new TreeMap<>();
        for (OutputFile f : files) out.put(f.path(), f.bytes());
        return out;
    }

    /** An export into the site {@code out} as a build makes it, remembering the last; returns how many files it linked. */
    private static int build(Path out, List<SearchRecord> records) throws Exception {
        return linked(out, records).values().stream().mapToInt(Integer::intValue).sum();
    }

    /** As {@link #build}, the files linked by folder (v, d, f). */
    private static Map<String, Integer> linked(Path out, List<SearchRecord> records) throws Exception {
        RenderCache last = RenderCache.open(out);
        List<OutputFile> files = SearchExport.export(new TermScores(records, analysis, SearchExport.SCALE), LABELS, ExportMemo.of(last));
        assertEquals(clean(records).keySet(), bytes(files).keySet());
        clean(records).forEach((path, want) -> assertArrayEquals(want, bytes(files).get(path), path));
        try (SiteWriter writer = SiteWriter.begin(out)) {
            writer.add(files);
            last.forget();
            writer.commit();
            last.save();
        }
        Map<String, Integer> linked = new TreeMap<>();
        for (OutputFile f : files) if (f.origin() != null) linked.merge(f.path().split("/")[1], 1, Integer::sum);
        return linked;
    }

    private static Path manifest(Path out) {
        return out.resolveSibling("." + out.getFileName() + ".render-cache");
    }

    private static long count(Path out, String pattern) throws Exception {
        try (var s = Files.walk(out.resolve("search"))) {
            return s.filter(p -> p.toString().matches(pattern)).count();
        }
    }

    @Test
    void linksWhatItMadeFromTheSameAndMakesTheRest() throws Exception {
        Path out = dir.resolve("site");
        assertEquals(0, build(out, site(null)));
        long shards = count(out, ".*/search/[vd]/[0-9a-f]+\\.js");
        long records = count(out, ".*/search/f/[0-9]+-[0-9a-f]{4}\\.js");
        Map<String, Integer> again = linked(out, site(null));
        // every vocabulary, data and record file (letter directories, on a larger site, are made each time; norms always)
        assertEquals(shards, (long) again.get("v") + again.get("d"));
        assertEquals(records, (long) again.get("f"));
        Map<String, Integer> edited = linked(out, site("zzedited"));
        int before = again.get("v") + again.get("d");
        int after = edited.get("v") + edited.get("d");
        assertTrue(after >= before - 2 && after < before, after + " linked after the edit, " + before + " before");
        // the edited record's block of record files is made again
        assertTrue(edited.get("f") < records && edited.get("f") >= records - SearchExport.BLOCK, edited + " of " + records);
    }

    @Test
    void whatItRemembersWronglyIsMadeAgain() throws Exception {
        Path out = dir.resolve("site");
        build(out, site(null));
        // every record of what a file was made from damaged: its hash, its length, or the whole value
        List<String> lines = Files.readAllLines(manifest(out), StandardCharsets.UTF_8);
        List<String> damaged = new ArrayList<>();
        int n = 0;
        for (String line : lines) {
            if (!line.contains(" search-file:")) {
                damaged.add(line);
                continue;
            }
            String value = line.substring(0, line.indexOf(' '));
            String key = line.substring(line.indexOf(' '));
            damaged.add(switch (n++ % 3) {
                case 0 -> (value.charAt(0) == '1' ? "2" : "1") + value.substring(1) + key;
                case 1 -> value.substring(0, value.indexOf(':')) + ":" + (Long.parseLong(value.substring(value.indexOf(':') + 1)) + 1) + key;
                default -> "not-a-record" + key;
            });
        }
        assertTrue(n > 100, n + " records");
        Files.write(manifest(out), damaged, StandardCharsets.UTF_8);
        assertEquals(0, build(out, site(null)));

        // a file of the site gone, another one longer: both made again, the rest linked
        int all = build(out, site(null));
        List<Path> vocabulary;
        try (var s = Files.list(out.resolve("search/v"))) {
            vocabulary = s.sorted().toList();
        }
        Files.delete(vocabulary.get(0));
        Files.writeString(vocabulary.get(1), " ", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        int after = build(out, site(null));
        assertTrue(after <= all - 1 && after >= all - 2, after + " linked, " + all + " before");
    }
}
