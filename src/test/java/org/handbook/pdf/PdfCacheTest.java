package org.handbook.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
        assertEquals(Map.of(PdfOutput.KIND, 4), first.cache().made(), "the book, the checklist in A4 and Letter, the meeting pack");
        byte[] book = Files.readAllBytes(out.resolve("handbook.pdf"));

        TestSites.deleteTree(out);
        Pipeline.Result afterDelete = TestSites.build(content, out);
        assertEquals(Map.of(), afterDelete.cache().made(), "site/ deleted: every PDF comes from the cache");
        assertEquals(Map.of(PdfOutput.KIND, 4), afterDelete.cache().reused());
        assertArrayEquals(book, Files.readAllBytes(out.resolve("handbook.pdf")), "the same bytes");

        Pipeline.Result serve = Pipeline.run(new Pipeline.Options(content, TestSites.TEMPLATES, dir.resolve("served"), BuildMode.SERVE));
        assertEquals(Map.of(), serve.cache().made(), "a fresh serve into another folder beside it shares the cache");

        Path checklist = content.resolve("checklists/gate.yaml");
        Files.writeString(checklist, Files.readString(checklist).replace("An owner signs", "One owner signs"));
        Pipeline.Result edited = TestSites.build(content, out);
        assertEquals(Map.of(PdfOutput.KIND, 3), edited.cache().made(), "the checklist's two PDFs and the meeting pack that holds it");
        assertEquals(Map.of(PdfOutput.KIND, 1), edited.cache().reused(), "the book does not show the checklist");
    }
}
