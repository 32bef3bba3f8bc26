package org.handbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.handbook.offline.OfflineCopy;
import org.handbook.output.BuildMode;
import org.handbook.write.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that runs once writes each page as it is made, each card as it is drawn, and each output's
 * files as it finishes them, and holds none of their bytes after: what it returns reads them back from the site, and the offline
 * copy, made from them after the others, holds every page as the site has it.
 */
class SpooledBuildTest {

    @Test
    void aBuildThatRunsOnceHoldsNoPageItWroteAndItsOfflineCopyHasThemAll(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site");
        Pipeline.Result built = Pipeline.run(new Pipeline.Options(TestSites.EXAMPLE, TestSites.TEMPLATES, site, BuildMode.BUILD));
        List<OutputFile> pages = built.files().stream().filter(f -> f.path().endsWith(".html")).toList();
        assertFalse(pages.isEmpty());
        List<OutputFile> cards = built.files().stream().filter(f -> f.path().endsWith("card.png")).toList();
        assertFalse(cards.isEmpty());
        for (OutputFile card : cards) {
            assertTrue(card.placed(), "put in the site as it was drawn, not read back from the build cache: " + card.path());
            assertArrayEquals(Files.readAllBytes(site.resolve(card.path())), card.bytes(), card.path());
        }
        try (ZipFile zip = new ZipFile(site.resolve(OfflineCopy.PATH).toFile())) {
            String folder = zip.stream().findFirst().orElseThrow().getName().split("/")[0];
            for (OutputFile page : pages) {
                assertTrue(page.placed() && !page.holds(), "written as made, not held: " + page.path());
                byte[] onDisk = Files.readAllBytes(site.resolve(page.path()));
                assertArrayEquals(onDisk, page.bytes(), "read back from the site: " + page.path());
                var entry = zip.getEntry(folder + "/" + page.path());
                assertNotNull(entry, "in the offline copy: " + page.path());
                byte[] copied = zip.getInputStream(entry).readAllBytes();
                String text = new String(onDisk, StandardCharsets.UTF_8);
                // the offline copy leaves out what is marked for online reading only, and nothing else
                if (text.contains(" data-online-only")) assertFalse(new String(copied, StandardCharsets.UTF_8).contains(" data-online-only"), page.path());
                else assertArrayEquals(onDisk, copied, "the offline copy's " + page.path());
            }
        }
    }
}
