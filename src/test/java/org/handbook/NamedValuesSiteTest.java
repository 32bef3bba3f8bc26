package org.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

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
        Document print = Jsoup.parse(site.resolve("print/index.html").toFile(), "UTF-8");
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
}
