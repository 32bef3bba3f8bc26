package org.handbook.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpoolTest {
    /** The new site being written beside {@code out}: the one staging folder there. */
    private static Path staging(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out.getParent())) {
            List<Path> found = s.filter(p -> p.getFileName().toString().startsWith("." + out.getFileName() + ".new-")).toList();
            assertEquals(1, found.size(), "one staging folder: " + found);
            return found.get(0);
        }
    }

    private static boolean anyStaging(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out.getParent())) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("." + out.getFileName() + ".new-"));
        }
    }

    @Test
    void aSpooledFileIsInTheNewSiteAtOnceCountedOnceAndReadBackBeforeAndAfterTheSwap(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site");
        try (SiteWriter w = SiteWriter.begin(out)) {
            OutputFile page = OutputFile.text("chapters/a/index.html", "<p>page</p>");
            OutputFile handed = w.spool().hand(page);
            assertTrue(handed.placed(), "written by the spool");
            assertEquals("chapters/a/index.html", handed.path());
            assertEquals(11, handed.length());
            assertEquals("<p>page</p>", Files.readString(staging(out).resolve("chapters/a/index.html")), "in the new site before the output is done");
            assertFalse(Files.exists(out), "and nowhere else before the commit");
            assertEquals("<p>page</p>", new String(handed.bytes(), StandardCharsets.UTF_8), "read back from the new site");
            w.add(List.of(handed, OutputFile.text("index.html", "home")));
            w.commit();
            assertEquals(new SiteWriter.Shape(2, 15, w.shape().newest()), w.shape(), "the spooled file counted once, not again when added");
            assertArrayEquals("<p>page</p>".getBytes(StandardCharsets.UTF_8), handed.bytes(), "read back from the site once it is in place");
        }
        assertEquals("<p>page</p>", Files.readString(out.resolve("chapters/a/index.html")));
        assertEquals("home", Files.readString(out.resolve("index.html")));
    }

    @Test
    void whatTheWriterMayLinkOrReadsFromElsewhereIsLeftToIt(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site");
        try (SiteWriter w = SiteWriter.begin(out)) {
            w.add(List.of(OutputFile.text("assets/site-0123abcd.css", "body{}")));
            w.commit();
        }
        try (SiteWriter w = SiteWriter.begin(out)) {
            OutputFile asset = OutputFile.text("assets/site-0123abcd.css", "body{}");
            assertSame(asset, w.spool().hand(asset), "named by its content and in the current site: the writer links it");
            assertTrue(w.spool().hand(OutputFile.text("assets/site-4567cdef.css", "p{}")).placed(), "named by its content, new: written");
            OutputFile same = OutputFile.same("index.html", new byte[]{1}, dir.resolve("elsewhere"));
            assertSame(same, w.spool().hand(same), "linked from the current site");
            OutputFile kept = OutputFile.kept("chapters/a/card.png", () -> new byte[]{2});
            assertSame(kept, w.spool().hand(kept), "read from the build cache when asked: nothing held to let go");
            assertFalse(Files.exists(staging(out).resolve("assets/site-0123abcd.css")));
            assertFalse(Files.exists(staging(out).resolve("chapters")));
        }
    }

    @Test
    void aFailedBuildsSpoolWritesNothingOnceItsFolderIsGone(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site");
        Spool spool;
        try (SiteWriter w = SiteWriter.begin(out)) {
            spool = w.spool();
            assertTrue(spool.hand(OutputFile.text("a.html", "a")).placed());
        } // never committed: a failed build
        OutputFile late = OutputFile.text("chapters/late/index.html", "late");
        assertSame(late, spool.hand(late), "an output still running when the build failed writes nothing");
        assertFalse(anyStaging(out), "no staging folder made again beside the site");
        assertFalse(Files.exists(out), "the site as it was: none");
    }

    @Test
    void noSpoolKeepsEveryFileAsItIs() {
        OutputFile page = OutputFile.text("index.html", "home");
        assertSame(page, Spool.none().hand(page));
    }
}
