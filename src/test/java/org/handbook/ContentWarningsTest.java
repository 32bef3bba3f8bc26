package org.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handbook.cli.Main;
import org.handbook.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules that warn and let the build pass: an unused named value, a review date that has
 * passed (with today's date given), prose repeated between two files; and `handbook stale`.
 */
class ContentWarningsTest {

    static List<String> warnings(Path content, Path dir) throws Exception {
        String prefix = content.toAbsolutePath() + "/";
        return TestSites.build(content, dir.resolve("site")).warnings().stream().map(Problem::format).map(s -> s.replace(prefix, "")).toList();
    }

    @Test
    void theSampleHasNoWarnings(@TempDir Path dir) throws Exception {
        assertEquals(List.of(), warnings(TestSites.copySample(dir), dir));
    }

    @Test
    void aValueNoPageUsesIsReportedAtItsName(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Files.writeString(content.resolve("values.yaml"), Files.readString(content.resolve("values.yaml"))
                + "spare:\n  value: 3\n  about: Not used anywhere.\n  reviewed: 2026-11-24\n");
        assertEquals(List.of("values.yaml:24:1: warning: value 'spare' is defined but never used\n"
                + "    hint: write {{spare}} where a page relies on it, or remove it"), warnings(content, dir));
    }

    @Test
    void reviewDatesThatHavePassedAreReportedAsOfTheGivenDay(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Path term = content.resolve("glossary/lora.md");
        Files.writeString(term, Files.readString(term).replace("term: LoRA\n", "term: LoRA\nreviewed: 2026-01-10\nreview-by: 2030-01-01\n"));
        System.setProperty("handbook.today", "2030-01-10");
        try {
            assertEquals(List.of(
                    "glossary/lora.md:4:12: warning: term:lora was due for review on 2030-01-01 (last reviewed 2026-01-10)\n"
                            + "    hint: check it against its sources, then update 'reviewed' and 'review-by' (handbook stale lists what is due)"),
                    warnings(content, dir));
            System.setProperty("handbook.today", "2030-01-20");
            assertEquals(2, warnings(content, dir).size(), "the value due on 2030-01-14 has lapsed too");
        } finally {
            System.clearProperty("handbook.today");
        }
    }

    @Test
    void proseRepeatedBetweenTwoFilesIsReportedOnceNamingBothPlaces(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        String story = "the team retrained every fortnight and the bot still quoted a price list withdrawn in March";
        Path term = content.resolve("glossary/rag.md");
        Files.writeString(term, Files.readString(term) + "\nIn one case " + story + ".\n");
        Path chapter = content.resolve("chapters/second.md");
        Files.writeString(chapter, Files.readString(chapter) + "\nRemember: " + story + ", which retrieval fixed.\n"
                + "\nShe said \u201C" + story + "\u201D to nobody.\n\nThe log read `" + story + "` again.\n\n    " + story + "\n");
        List<String> w = warnings(content, dir);
        assertEquals(1, w.size(), w.toString());
        assertTrue(w.get(0).startsWith("chapters/second.md:24:11: warning: 16 words repeat glossary/rag.md:7:13: \u201Cthe team retrained"), w.get(0));
    }

    /** On the command line the warnings print where they are, `check` exits with 0 and writes nothing. */
    @Test
    void checkPrintsEachWarningAtItsPlaceExitsWithZeroAndWritesNothing(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Path term = content.resolve("glossary/lora.md");
        Files.writeString(term, Files.readString(term).replace("term: LoRA\n", "term: LoRA\nreviewed: 2026-01-10\nreview-by: 2030-01-01\n"));
        String story = "the team retrained every fortnight and the bot still quoted a price list withdrawn in March";
        Path rag = content.resolve("glossary/rag.md");
        Files.writeString(rag, Files.readString(rag) + "\nIn one case " + story + ".\n");
        Path chapter = content.resolve("chapters/second.md");
        Files.writeString(chapter, Files.readString(chapter) + "\nRemember: " + story + ", which retrieval fixed.\n");
        Path out = dir.resolve("site");
        Files.createDirectories(out);
        Files.writeString(out.resolve("index.html"), "previous build");
        PrintStream was = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setProperty("handbook.today", "2030-01-10");
        int code;
        try {
            code = Main.execute("check", "--content", content.toString(), "--out", out.toString());
        } finally {
            System.setErr(was);
            System.clearProperty("handbook.today");
        }
        String printed = err.toString(StandardCharsets.UTF_8).replace(content.toAbsolutePath() + "/", "");
        assertEquals(0, code, printed);
        assertTrue(printed.contains("glossary/lora.md:4:12: warning: term:lora was due for review on 2030-01-01 (last reviewed 2026-01-10)"), printed);
        assertTrue(printed.contains("chapters/second.md:24:11: warning: 16 words repeat glossary/rag.md:7:13: \u201Cthe team retrained"), printed);
        assertTrue(printed.contains("0 errors, 2 warnings"), printed);
        try (var files = Files.list(out)) {
            assertEquals(List.of("index.html"), files.map(p -> p.getFileName().toString()).toList(), "check writes nothing");
        }
        assertEquals("previous build", Files.readString(out.resolve("index.html")));
    }

    @Test
    void staleListsWhatIsDueSoonestFirst(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Path term = content.resolve("glossary/lora.md");
        Files.writeString(term, Files.readString(term).replace("term: LoRA\n", "term: LoRA\nreviewed: 2026-01-10\nreview-by: 2029-06-01\n"));
        PrintStream was = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        System.setProperty("handbook.today", "2029-05-01");
        try {
            assertEquals(0, Main.execute("stale", "--content", content.toString(), "--within", "60"));
            assertEquals(0, Main.execute("stale", "--content", content.toString()));
            assertEquals(2, Main.execute("stale", "--content", content.toString(), "--within", "-1"));
        } finally {
            System.setOut(was);
            System.clearProperty("handbook.today");
        }
        List<String> lines = buf.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("review by   reviewed    item                                      file", lines.get(0));
        assertTrue(lines.get(1).matches("2029-06-01  2026-01-10  term:lora +\\S*glossary/lora.md:4:12"), lines.get(1));
        assertEquals("1 item to review within 60 days, soonest first (as of 2029-05-01).", lines.get(2));
        assertTrue(lines.get(4).matches("2029-06-01 .*term:lora .*"), lines.toString());
        assertTrue(lines.get(5).matches("2030-01-14  2026-11-24  \\{\\{vendor-shutdown-date}} +\\S*values.yaml:18:14"), lines.get(5));
        assertEquals("2 items to review, soonest first (as of 2029-05-01).", lines.get(6));
    }
}
