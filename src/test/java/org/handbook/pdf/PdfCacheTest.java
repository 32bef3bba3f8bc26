package org.handbook.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.handbook.Pipeline;
import org.handbook.TestSites;
import org.handbook.output.BuildMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDFs live in the build cache: made once per set of inputs, whatever happens to site/ meanwhile. */
class PdfCacheTest {

    @Test
    void aPdfIsMadeOnlyWhenItsInputsChange(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Path out = dir.resolve("site");
        Pipeline.Result first = TestSites.build(content, out);
        assertEquals(4, first.cache().made().get(PdfOutput.KIND), "the book, the checklist in A4 and Letter, the meeting pack");
        byte[] book = Files.readAllBytes(out.resolve("handbook.pdf"));

        TestSites.deleteTree(out);
        Pipeline.Result afterDelete = TestSites.build(content, out);
        assertEquals(null, afterDelete.cache().made().get(PdfOutput.KIND), "site/ deleted: every PDF comes from the cache");
        assertEquals(4, afterDelete.cache().reused().get(PdfOutput.KIND));
        assertArrayEquals(book, Files.readAllBytes(out.resolve("handbook.pdf")), "the same bytes");

        Pipeline.Result serve = Pipeline.run(new Pipeline.Options(content, TestSites.TEMPLATES, dir.resolve("served"), BuildMode.SERVE));
        assertEquals(null, serve.cache().made().get(PdfOutput.KIND), "a fresh serve into another folder beside it shares the cache");

        Path checklist = content.resolve("checklists/gate.yaml");
        Files.writeString(checklist, Files.readString(checklist).replace("An owner signs", "One owner signs"));
        Pipeline.Result edited = TestSites.build(content, out);
        assertEquals(3, edited.cache().made().get(PdfOutput.KIND), "the checklist's two PDFs and the meeting pack that holds it");
        assertEquals(1, edited.cache().reused().get(PdfOutput.KIND), "the book does not show the checklist");
    }
}
