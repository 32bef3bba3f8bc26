package org.handbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Named values as readers meet them: written out wherever a page, a download, a PDF or the search
 * index shows a text (never as {{name}}), with their note (what, source, date) beside them on
 * screen and in a "Figures used" list on paper, and all of them on the values page.
 */
class NamedValuesSiteTest {

    @Test
    void noPageDownloadSearchShardOrPdfOfTheBookShowsAReference() throws Exception {
        Path site = TestSites.handbookSite();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = site.relativize(f).toString();
                // the values page names each value as pages write it; schemas describe the syntax
                if (rel.equals("values/index.html") || rel.startsWith("schemas/")) continue;
                String text;
                if (rel.endsWith(".pdf")) {
                    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(f))) {
                        text = new PDFTextStripper().getText(doc);
                    }
                } else if (rel.matches(".*\\.(html|md|csv|js|json|xml)")) {
                    text = Files.readString(f, StandardCharsets.UTF_8);
                } else {
                    continue;
                }
                if (text.contains("{{")) found.add(rel);
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void aValueInTheTextReadsAsItsFigureWithItsSourceAndDateInItsNote() throws Exception {
        Document page = Jsoup.parse(TestSites.sampleSite().resolve("chapters/second/index.html").toFile(), "UTF-8");
        Element v = page.selectFirst("span.value[data-value=eval-size]");
        assertEquals("1,200", v.selectFirst("a.value-link").text());
        assertEquals("../../values/index.html#eval-size", v.selectFirst("a.value-link").attr("href"));
        Element tip = page.getElementById(v.selectFirst("a.value-link").attr("aria-describedby"));
        assertEquals("1,200 Held-out questions the retrieval evaluation scores. Source: The First Chapter, \u201CWhy facts go stale\u201D, as of 24 November 2026.",
                tip.text());
        assertEquals("14 January 2027", page.selectFirst("span.value[data-value=vendor-shutdown-date] a").text());
        assertEquals("a kappa of at least 0.6", page.selectFirst("span.value[data-value=agreement-gate] a").text());
        Document playbook = Jsoup.parse(TestSites.sampleSite().resolve("playbooks/stale-bot/index.html").toFile(), "UTF-8");
        Element signal = playbook.selectFirst(".signals li").clone();
        signal.select(".tip").remove();
        assertEquals("Answers cite removed features in 15% of replies", signal.text(), "a value in a YAML text, with its unit");
    }

    @Test
    void theValuesPageListsEachValueWithItsSourceDatesAndThePagesThatUseIt() throws Exception {
        Document page = Jsoup.parse(TestSites.sampleSite().resolve("values/index.html").toFile(), "UTF-8");
        Element entry = page.getElementById("eval-size");
        assertEquals("1,200 {{eval-size}}", entry.selectFirst(".card-title").text());
        assertEquals("Source: The First Chapter · checked 24 November 2026", entry.selectFirst(".value-meta").text());
        assertEquals("../chapters/first/index.html#stale-facts", entry.selectFirst(".value-meta a").attr("href"));
        assertEquals(List.of("The Second Chapter", "Release gate", "What are you trying to change?"), entry.select(".value-uses a").eachText());
        assertEquals("Source: LoRA: Low-Rank Adaptation of Large Language Models · checked 24 November 2026 · review by 14 January 2030",
                page.getElementById("vendor-shutdown-date").selectFirst(".value-meta").text());
        assertEquals("No source given · checked 24 November 2026", page.getElementById("refresh-share").selectFirst(".value-meta").text());
    }

    @Test
    void onPaperEachChapterListsTheFiguresItUses() throws Exception {
        Path site = TestSites.sampleSite();
        Document print = Jsoup.parse(site.resolve("print/part-1.html").toFile(), "UTF-8");
        Element notes = print.selectFirst("#ch-second .value-notes");
        assertEquals("Figures used in this chapter", notes.selectFirst(".value-notes-title").text());
        assertEquals(3, notes.select("li").size());
        assertTrue(notes.selectFirst("li").text().startsWith("1,200: Held-out questions"), notes.text());
        assertEquals("1,200a", print.selectFirst("#ch-second .value-mention").text());
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(site.resolve("handbook.pdf")))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("Figures used in this chapter 1,200: Held-out questions the retrieval evaluation scores."), text);
        }
    }

    /**
     * The build cache re-renders exactly the pages that show an edited value (and the values page),
     * and an edited review date exactly the pages that show it: a page that renders again is
     * one whose bytes change.
     */
    @Test
    void anEditedValueOrReviewDateRendersAgainExactlyThePagesThatShowIt(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Path out = dir.resolve("site");
        TestSites.build(content, out);
        assertRendersExactlyWhatChanged(out, () -> edit(content.resolve("values.yaml"), "value: 1200", "value: 1300"), 5);
        assertRendersExactlyWhatChanged(out, () -> edit(content.resolve("values.yaml"), "text: \"a kappa of at least 0.6\"",
                "text: \"a kappa of at least 0.7\""), 3);
        assertRendersExactlyWhatChanged(out, () -> edit(content.resolve("values.yaml"), "  review-by: 2030-01-14", "  review-by: 2031-01-14"), 1);
        Path playbook = content.resolve("playbooks/stale-bot.md");
        assertRendersExactlyWhatChanged(out, () -> edit(playbook, "\n---\n", "\nreviewed: 2026-12-01\n---\n"), 1);
        TestSites.build(content, dir.resolve("clean"));
        Map<String, byte[]> clean = TestSites.snapshot(dir.resolve("clean"));
        Map<String, byte[]> rebuilt = TestSites.snapshot(out);
        assertEquals(clean.keySet(), rebuilt.keySet());
        clean.forEach((path, bytes) -> assertArrayEquals(bytes, rebuilt.get(path), path + " as a clean build makes it"));
    }

    private interface Edit {
        void run() throws Exception;
    }

    private static void edit(Path file, String from, String to) throws Exception {
        String text = Files.readString(file);
        int at = from.startsWith("\n---") ? text.indexOf(from, 4) : text.indexOf(from);
        assertTrue(at >= 0, from + " in " + file);
        Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()));
    }

    private static void assertRendersExactlyWhatChanged(Path out, Edit edit, int atLeast) throws Exception {
        Map<String, byte[]> before = TestSites.snapshot(out);
        edit.run();
        int rendered = TestSites.build(out.getParent().resolve("content"), out).rendered();
        Map<String, byte[]> after = TestSites.snapshot(out);
        List<String> changed = after.keySet().stream().filter(p -> p.endsWith(".html") && !p.equals("404.html"))
                .filter(p -> !Arrays.equals(after.get(p), before.get(p))).sorted().toList();
        assertTrue(changed.size() >= atLeast, "the edit shows on " + changed);
        assertEquals(changed.size(), rendered, "pages rendered again, against pages whose bytes changed: " + changed);
    }
}
