package org.handbook.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.handbook.Pipeline;
import org.handbook.TestSites;
import org.handbook.link.Library;
import org.handbook.model.Checklist;
import org.handbook.model.Playbook;
import org.handbook.output.BuildMode;
import org.handbook.types.Chapters;
import org.handbook.types.Checklists;
import org.handbook.types.Playbooks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The PDFs of the bundled handbook, read back with PDFBox. */
class PdfOutputTest {
    static Path site;
    static Library lib;

    @BeforeAll
    static void build() throws Exception {
        site = TestSites.handbookSite();
        lib = Pipeline.library(TestSites.CONTENT);
    }

    /** The text of a PDF in one line; a hyphenated word broken after its hyphen at a line's end ("slice-" / "gate") is joined again. */
    static String text(PDDocument doc) throws Exception {
        return new PDFTextStripper().getText(doc).replaceAll("(?<=\\p{L})-\\s*\\R\\s*", "-").replaceAll("\\s+", " ");
    }

    /** Asserts the parts appear in the text in this order. */
    static void inOrder(String text, List<String> parts, String what) {
        int at = 0;
        for (String p : parts) {
            String want = p.replaceAll("\\s+", " ");
            int i = text.indexOf(want, at);
            assertTrue(i >= 0, what + ": '" + want + "' missing or out of order");
            at = i + want.length();
        }
    }

    static List<String> items(Checklist c) {
        List<String> out = new ArrayList<>();
        c.sections().forEach(s -> {
            out.add(s.title());
            s.items().forEach(i -> out.add(lib.values().plain(i.text())));
        });
        return out;
    }

    /** Every checklist the bundled handbook has, whatever they are. */
    static List<String> checklistIds() throws Exception {
        return Pipeline.library(TestSites.CONTENT).items(Checklists.TYPE).stream().map(Checklist::id).toList();
    }

    @ParameterizedTest
    @MethodSource("checklistIds")
    void checklistPdfsHoldEveryItemInOrderOnA4AndLetter(String id) throws Exception {
        Checklist c = lib.item(Checklists.TYPE, id).orElseThrow();
        for (String file : List.of(id + ".pdf", id + "-letter.pdf")) {
            try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(site.resolve("checklists/" + id + "/" + file)))) {
                String text = text(doc);
                inOrder(text, items(c), file);
                assertTrue(text.contains("Page 1 of " + doc.getNumberOfPages()), file + " numbers its pages");
                assertTrue(text.contains("checklists/" + id + "/"), file + " names its page's URL");
                assertTrue(text.contains(lib.config().updated()), file + " carries the content's date");
                PDRectangle size = doc.getPage(0).getMediaBox();
                PDRectangle want = file.endsWith("-letter.pdf") ? PDRectangle.LETTER : PDRectangle.A4;
                assertEquals(want.getWidth(), size.getWidth(), 1.0, file);
                assertEquals(want.getHeight(), size.getHeight(), 1.0, file);
            }
        }
    }

    @Test
    void everyPlaybookHasAMeetingPackWithItsQuestionChecklistAndDecisionTable() throws Exception {
        for (Playbook p : lib.items(Playbooks.TYPE)) {
            try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(site.resolve("playbooks/" + p.id() + "/" + p.id() + "-meeting-pack.pdf")))) {
                String text = text(doc);
                Checklist c = lib.item(Checklists.TYPE, p.checklist()).orElseThrow();
                List<String> parts = new ArrayList<>(List.of("Meeting pack: " + p.title(), lib.values().plain(p.question()), "Signals"));
                parts.add("Decision record");
                parts.add(lib.words(Checklists.TYPE).label() + ": " + c.title());
                parts.addAll(items(c).subList(1, 3));
                parts.add("Decision table");
                inOrder(text, parts, p.id());
                assertTrue(text.contains(lib.values().plain(p.signals().forVerdict().get(0)).replaceAll("\\s+", " ")), p.id() + " lists the signals");
            }
        }
    }

    @Test
    void theHandbookPdfHasEveryChapterInOrderWithBookmarks() throws Exception {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(site.resolve("handbook.pdf")))) {
            List<String> titles = lib.items(Chapters.TYPE).stream().map(c -> c.title()).toList();
            inOrder(text(doc), titles, "handbook.pdf");
            List<String> marks = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) marks.add(item.getTitle());
            List<String> want = lib.items(Chapters.TYPE).stream().map(Chapters::numbered).toList();
            assertEquals(want, marks);
            assertTrue(doc.getNumberOfPages() > lib.items(Chapters.TYPE).size(), "each chapter starts a page");
        }
    }

    @Test
    void noLineOfAnyPdfStartsWithPunctuation() throws Exception {
        List<String> bad = new ArrayList<>();
        try (var files = Files.walk(site)) {
            for (Path pdf : files.filter(f -> f.toString().endsWith(".pdf")).toList()) {
                try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                    PDFTextStripper lines = new PDFTextStripper();
                    lines.setSortByPosition(true);
                    lines.getText(doc).lines().map(String::strip)
                            .filter(l -> !l.isEmpty() && ".,;:!?)]".indexOf(l.charAt(0)) >= 0)
                            .forEach(l -> bad.add(site.relativize(pdf) + ": " + l));
                }
            }
        }
        // after a linked word, a footnoted term, a long cited title or a citation's closing bracket
        assertEquals(List.of(), bad, "lines that start with punctuation");
    }

    @Test
    void theDevServerCarriesAnOutOfDatePdfOverAndTheNextBuildRemakesIt(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Path out = dir.resolve("site");
        Pipeline.run(new Pipeline.Options(content, TestSites.TEMPLATES, out, BuildMode.BUILD));
        byte[] before = Files.readAllBytes(out.resolve("handbook.pdf"));
        Path chapter = content.resolve("chapters/first.md");
        Files.writeString(chapter, Files.readString(chapter) + "\nA sentence added while writing.\n");
        Pipeline.run(new Pipeline.Options(content, TestSites.TEMPLATES, out, BuildMode.SERVE));
        assertTrue(Arrays.equals(before, Files.readAllBytes(out.resolve("handbook.pdf"))), "serve keeps the old PDF");
        Pipeline.run(new Pipeline.Options(content, TestSites.TEMPLATES, out, BuildMode.BUILD));
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(out.resolve("handbook.pdf")))) {
            assertTrue(text(doc).contains("A sentence added while writing."), "build re-makes it");
        }
    }

    @Test
    void printFalseLeavesOutTheOnePageBookAndItsPdf(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Path config = content.resolve("handbook.yaml");
        Files.writeString(config, Files.readString(config) + "print: false\n");
        Path out = dir.resolve("site");
        TestSites.build(content, out);
        assertTrue(!Files.exists(out.resolve("print/index.html")) && !Files.exists(out.resolve("handbook.pdf")));
        assertTrue(!Files.readString(out.resolve("index.html")).contains("handbook.pdf"), "no link to a PDF that is not there");
        assertTrue(Files.exists(out.resolve("checklists/gate/gate.pdf")), "checklist PDFs are still made");
    }
}
