package org.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.handbook.output.BuildMode;
import org.handbook.write.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dev server's rebuilds: the page a save changed first, in place; the PDFs and the search index after, in the background. */
class SessionTest {

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aSaveIsInThePageFirstAndInThePdfAfter(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Path out = dir.resolve("site");
        try (Session session = new Session()) {
            Pipeline.Options o = new Pipeline.Options(content, TestSites.TEMPLATES, out, BuildMode.SERVE).in(session);
            Pipeline.run(o);
            session.awaitRefresh();

            Path chapter = content.resolve("chapters/first.md");
            Files.writeString(chapter, Files.readString(chapter) + "\nA sentence added while writing.\n");
            Pipeline.Result r = Pipeline.run(o);
            assertTrue(Files.readString(out.resolve("chapters/first/index.html")).contains("A sentence added while writing."),
                    "the page is written before the build returns");
            assertFalse(r.files().stream().map(OutputFile::path).anyMatch(p -> p.endsWith(".pdf") || p.startsWith("search/") && !p.equals("search/index.html")),
                    "no PDF or search file holds the page up");
            assertEquals(1, r.rendered(), "the chapter alone: the one-page book is drawn with the slow outputs");

            session.awaitRefresh();
            assertTrue(pdfText(out.resolve("handbook.pdf")).contains("A sentence added while writing."), "then the book's PDF follows");
            assertTrue(Files.readString(out.resolve("print/index.html")).contains("A sentence added while writing."), "and the one-page book");
        }
    }

    @Test
    void aRefreshOvertakenByANewerSaveWritesNothing(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Path out = dir.resolve("site");
        try (Session session = new Session()) {
            Pipeline.Options o = new Pipeline.Options(content, TestSites.TEMPLATES, out, BuildMode.SERVE).in(session);
            Pipeline.run(o);
            session.awaitRefresh();
            Path chapter = content.resolve("chapters/first.md");
            String text = Files.readString(chapter);
            for (int i = 0; i < 3; i++) {
                Files.writeString(chapter, text + "\nSave number " + i + ".\n");
                Pipeline.run(o);
            }
            session.awaitRefresh();
            String book = pdfText(out.resolve("handbook.pdf"));
            assertTrue(book.contains("Save number 2."), "the last save's book");
            assertFalse(book.contains("Save number 1."), "not an older one written after it");
        }
    }
}
