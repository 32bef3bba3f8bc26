package org.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.handbook.Browser;
import org.handbook.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The bundled handbook to print: a cover and contents page and the book in parts, each small enough
 * to open quickly, together every chapter once in reading order, with links between parts and
 * citations within the book, and a part printed by Chromium
 * with JavaScript off keeps its decision tables, notes and checklists.
 */
class PrintPagesTest {

    @Test
    void theBookIsInPartsSmallEnoughToOpenQuicklyWithEveryChapterOnceInOrder() throws Exception {
        Path site = TestSites.handbookSite();
        Document index = Jsoup.parse(site.resolve("print/index.html").toFile(), "UTF-8");
        List<String> parts = index.select("ol.print-parts > li > h3 > a").eachAttr("href");
        assertTrue(parts.size() >= 2, "the 1 MB book is cut into parts: " + parts);
        List<String> contents = index.select("ol.print-parts li li a").eachAttr("href");
        List<String> printed = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            assertEquals("part-" + (i + 1) + ".html", parts.get(i));
            Document part = Jsoup.parse(site.resolve("print").resolve(parts.get(i)).toFile(), "UTF-8");
            List<Element> chapters = part.select("article.print-book > section.print-chapter");
            StringBuilder html = new StringBuilder();
            for (Element c : chapters) {
                printed.add(parts.get(i) + "#" + c.id());
                html.append(c.outerHtml());
            }
            if (chapters.size() > 1) assertTrue(gzipped(html.toString()) <= PrintParts.BUDGET, parts.get(i) + " is over its budget");
        }
        try (var folders = Files.list(site.resolve("chapters"))) {
            assertEquals(folders.filter(Files::isDirectory).count(), printed.size(), "every chapter printed once");
        }
        assertEquals(contents, printed, "the contents name each chapter's part; parts keep the reading order");
    }

    @Test
    void linksBetweenPartsNameThePartAndCitationsPointAtTheRegisterInTheBook() throws Exception {
        Path site = TestSites.handbookSite();
        Document first = Jsoup.parse(site.resolve("print/part-1.html").toFile(), "UTF-8");
        assertEquals(0, first.select(".print-chapter .cite a.external").size(), "no citation prints the web register's address");
        Element citation = first.selectFirst(".print-chapter .cite a");
        assertNotNull(citation);
        String target = citation.attr("href");
        assertTrue(target.matches("part-\\d+\\.html#e-sources-.+"), target);
        Document holder = Jsoup.parse(site.resolve("print").resolve(target.substring(0, target.indexOf('#'))).toFile(), "UTF-8");
        Element entry = holder.getElementById(target.substring(target.indexOf('#') + 1));
        assertNotNull(entry, "the register's entry is in the part named");
        Element glossary = holder.selectFirst(".embed-glossary");
        Element chapter = glossary.closest("section.print-chapter");
        assertNull(chapter.selectFirst(".term-notes"), "the chapter holding the glossary repeats no definition as a note");
        assertTrue(chapter.select("a.term-mention[href^=#e-glossary-]").size() > 0, "its terms link their entries");
    }

    @Test
    void aPartPrintsWithoutJavaScriptWithItsDecisionTableNotesAndChecklist() throws Exception {
        Path site = TestSites.handbookSite();
        ChromeDriver driver = Browser.start(1280, 900);
        try {
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
            for (int n = 1; Files.exists(site.resolve("print/part-" + n + ".html")); n++) {
                Path page = site.resolve("print/part-" + n + ".html");
                Document html = Jsoup.parse(page.toFile(), "UTF-8");
                driver.get(page.toAbsolutePath().toUri().toString());
                Object classes = ((Map<?, ?>) driver.executeCdpCommand("Runtime.evaluate",
                        Map.of("expression", "document.documentElement.className")).get("result")).get("value");
                assertFalse(String.valueOf(classes).contains("js"), "the site's script did not run");
                String text = pdfText(driver);
                assertFalse(text.contains("searchthehandbook") || text.contains("printthispage"), "no site chrome or screen note on paper");
                for (Element c : html.select("section.print-chapter > h2")) assertTrue(text.contains(squeezed(c)), c.text() + " prints");
                for (Element row : html.select("details.embed-table .node-help")) {
                    assertTrue(text.contains(squeezed(row)), "the decision table inside a closed disclosure prints: " + row.text());
                }
                for (Element item : html.select(".checklist-item .item-text")) assertTrue(text.contains(squeezed(item)), item.text() + " prints");
                for (Element note : html.select(".term-notes > li, .value-notes li")) assertTrue(text.contains(squeezed(note)), note.text() + " prints");
            }
        } finally {
            driver.quit();
        }
    }

    /** The page open in {@code driver} printed to PDF by Chromium (print media, as a reader prints it), as text without spaces, in lower case (headings and marks are upper case on paper). */
    private static String pdfText(ChromeDriver driver) throws Exception {
        Object data = driver.executeCdpCommand("Page.printToPDF", Map.of("printBackground", false)).get("data");
        try (PDDocument doc = Loader.loadPDF(Base64.getDecoder().decode((String) data))) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        }
    }

    /** An element's text as {@link #pdfText} has it (where lines break, superscripts stand apart and marks are upper case). */
    private static String squeezed(Element e) {
        return e.text().replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private static int gzipped(String s) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return out.size();
    }
}
