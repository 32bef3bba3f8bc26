package org.handbook.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.util.WriterReportImpl;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.handbook.Pipeline;
import org.handbook.TestSites;
import org.handbook.link.Library;
import org.handbook.model.Checklist;
import org.handbook.model.Flowchart;
import org.handbook.types.Chapters;
import org.handbook.types.Checklists;
import org.handbook.types.Flowcharts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The e-book of the bundled handbook (and the sample's): valid by EPUBCheck, packed as the standard says, complete and linked. */
class EpubOutputTest {

    @Test
    void theEpubsOfTheBundledHandbookAndTheSamplePassEpubCheckWithNoErrorAndNoWarning() throws Exception {
        for (Path site : List.of(TestSites.handbookSite(), TestSites.sampleSite())) {
            Path epub = site.resolve(EpubOutput.PATH);
            StringWriter log = new StringWriter();
            WriterReportImpl report = new WriterReportImpl(new PrintWriter(log), epub.toString());
            new EpubCheck(epub.toFile(), report).check();
            assertEquals(0, report.getFatalErrorCount() + report.getErrorCount() + report.getWarningCount(), log.toString());
        }
    }

    @Test
    void madeTwiceFromScratchTheBookTheCopyAndTheCardsAreTheSameBytes(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        // separate parents: each build has its own build cache, so the second makes everything again
        Path a = dir.resolve("a/site");
        Path b = dir.resolve("b/site");
        TestSites.build(content, a);
        TestSites.build(content, b);
        Map<String, byte[]> first = TestSites.snapshot(a);
        Map<String, byte[]> second = TestSites.snapshot(b);
        List<String> made = first.keySet().stream()
                .filter(p -> p.equals(EpubOutput.PATH) || p.equals("handbook-offline.zip") || p.endsWith("card.png")).toList();
        assertTrue(made.size() > 10, String.valueOf(made));
        for (String p : made) assertArrayEquals(first.get(p), second.get(p), p);
    }

    @Test
    void mimetypeComesFirstStoredWithoutExtraFieldsAndEveryEntryHasTheContentDate() throws Exception {
        byte[] bytes = Files.readAllBytes(TestSites.handbookSite().resolve(EpubOutput.PATH));
        java.time.LocalDateTime date = java.time.LocalDate.parse(Pipeline.library(TestSites.CONTENT).config().updated()).atStartOfDay();
        // the local header of the first entry: name "mimetype", method 0 (stored), no extra field, then the media type
        assertEquals("mimetype", new String(bytes, 30, 8, StandardCharsets.US_ASCII));
        assertEquals(0, (bytes[8] & 0xff) | (bytes[9] & 0xff) << 8, "stored, not deflated");
        assertEquals(0, (bytes[28] & 0xff) | (bytes[29] & 0xff) << 8, "no extra field");
        assertEquals("application/epub+zip", new String(bytes, 38, 20, StandardCharsets.US_ASCII));
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertEquals(date, e.getTimeLocal(), e.getName());
            }
        }
    }

    @Test
    void theSpineReadsTheSectionsInOrderThenGlossaryFlowchartsChecklistsAndSources() throws Exception {
        Map<String, String> files = entries();
        Library lib = Pipeline.library(TestSites.CONTENT);
        Document opf = Jsoup.parse(files.get("EPUB/package.opf"), "", Parser.xmlParser());
        List<String> spine = new ArrayList<>();
        for (Element ref : opf.select("spine > itemref")) {
            spine.add(opf.selectFirst("manifest > item[id=" + ref.attr("idref") + "]").attr("href"));
        }
        List<String> expected = new ArrayList<>(List.of("cover.xhtml", "nav.xhtml"));
        lib.items(Chapters.TYPE).forEach(c -> expected.add("chapter-" + c.id() + ".xhtml"));
        expected.add("glossary.xhtml");
        lib.items(Flowcharts.TYPE).forEach(f -> expected.add("flowchart-" + f.id() + ".xhtml"));
        lib.items(Checklists.TYPE).forEach(c -> expected.add("checklist-" + c.id() + ".xhtml"));
        expected.add("sources.xhtml");
        assertEquals(expected, spine);
        assertEquals(lib.config().title(), opf.getElementsByTag("dc:title").first().text());
        Document nav = Jsoup.parse(files.get("EPUB/nav.xhtml"), "", Parser.xmlParser());
        for (var c : lib.items(Chapters.TYPE)) {
            assertFalse(nav.select("nav#toc a[href=chapter-" + c.id() + ".xhtml]").isEmpty(), "the contents list " + c.id());
        }
    }

    @Test
    void termMentionsAndCitationsLinkToTheirEntriesInTheBook() throws Exception {
        Map<String, String> files = entries();
        Document glossary = xhtml(files, "glossary.xhtml");
        Document sources = xhtml(files, "sources.xhtml");
        int terms = 0;
        int citations = 0;
        for (Map.Entry<String, String> f : files.entrySet()) {
            if (!f.getKey().startsWith("EPUB/chapter-")) continue;
            Document doc = Jsoup.parse(f.getValue(), "", Parser.xmlParser());
            for (Element a : doc.select("a.term-link")) {
                String href = a.attr("href");
                assertTrue(href.startsWith("glossary.xhtml#"), f.getKey() + ": " + href);
                assertFalse(glossary.select("[id=" + href.substring(href.indexOf('#') + 1) + "]").isEmpty(), href);
                terms++;
            }
            for (Element a : doc.select(".cite a")) {
                String href = a.attr("href");
                assertTrue(href.startsWith("sources.xhtml#"), f.getKey() + ": " + href);
                assertFalse(sources.select("[id=" + href.substring(href.indexOf('#') + 1) + "]").isEmpty(), href);
                citations++;
            }
        }
        assertTrue(terms > 100 && citations > 50, terms + " term links, " + citations + " citations");
    }

    @Test
    void eachFlowchartHasItsPictureAndTableAndEachChecklistABoxPerItem() throws Exception {
        Map<String, String> files = entries();
        Library lib = Pipeline.library(TestSites.CONTENT);
        for (Flowchart f : lib.items(Flowcharts.TYPE)) {
            Document doc = xhtml(files, "flowchart-" + f.id() + ".xhtml");
            assertEquals(1, doc.select("svg").size(), f.id());
            assertEquals(f.nodes().size(), doc.select("ol.decision-table > li").size(), f.id());
            assertTrue(doc.select("svg rect").stream().allMatch(r -> r.hasAttr("fill")), "boxes coloured without the stylesheet");
        }
        for (Checklist c : lib.items(Checklists.TYPE)) {
            Document doc = xhtml(files, "checklist-" + c.id() + ".xhtml");
            assertEquals(c.itemCount(), doc.select("li.checklist-item .box").size(), c.id());
        }
    }

    private static Document xhtml(Map<String, String> files, String name) {
        return Jsoup.parse(files.get("EPUB/" + name), "", Parser.xmlParser());
    }

    private static Map<String, String> entries() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(TestSites.handbookSite().resolve(EpubOutput.PATH)))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                files.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
