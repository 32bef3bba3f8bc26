package org.handbook.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {
    private static void write(Path out, List<OutputFile> files) throws Exception {
        try (SiteWriter w = SiteWriter.begin(out)) {
            w.add(files);
            w.commit();
        }
    }

    @Test
    void aSiteWrittenInStepsAppearsWholeOnCommitAndNotAtAllWithout(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site");
        write(out, List.of(OutputFile.text("index.html", "old")));
        try (SiteWriter w = SiteWriter.begin(out)) {
            w.add(List.of(OutputFile.text("index.html", "new")));
            w.add(List.of(OutputFile.text("handbook.pdf", "later")));
            assertEquals("old", Files.readString(out.resolve("index.html")), "nothing shows before the commit");
            w.commit();
        }
        assertEquals("new", Files.readString(out.resolve("index.html")));
        assertEquals("later", Files.readString(out.resolve("handbook.pdf")));
        try (SiteWriter w = SiteWriter.begin(out)) {
            w.add(List.of(OutputFile.text("index.html", "abandoned")));
        }
        assertEquals("new", Files.readString(out.resolve("index.html")), "a site never committed is dropped");
        try (var s = Files.list(dir)) {
            assertEquals(List.of("site"), s.map(p -> p.getFileName().toString()).toList(), "and its staging folder with it");
        }
    }

    @Test
    void replacesTheWholeSiteAndLeavesNoStagingBehind(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site");
        write(out, List.of(OutputFile.text("a/index.html", "one"), OutputFile.text("old.html", "x")));
        write(out, List.of(OutputFile.text("a/index.html", "two")));
        assertEquals("two", Files.readString(out.resolve("a/index.html")));
        assertFalse(Files.exists(out.resolve("old.html")), "files of the previous build are gone");
        try (var s = Files.list(dir)) {
            assertEquals(List.of("site"), s.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aFileThatWouldEscapeTheSiteFailsTheWriteAndKeepsTheOldSite(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site");
        write(out, List.of(OutputFile.text("index.html", "good")));
        assertThrows(Exception.class, () -> write(out, List.of(OutputFile.text("../evil.html", "bad"))));
        assertEquals("good", Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(dir.resolve("evil.html")));
    }

    @Test
    void filesNamedByTheirContentAreKeptNotRewritten(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site");
        write(out, List.of(OutputFile.text("search/d/abc.js", "shard"), OutputFile.text("search/f/1-ab12.js", "old"),
                OutputFile.text("index.html", "page"), OutputFile.text("search/index.html", "old page")));
        Object shard = Files.getAttribute(out.resolve("search/d/abc.js"), "unix:ino");
        Object fragment = Files.getAttribute(out.resolve("search/f/1-ab12.js"), "unix:ino");
        Object page = Files.getAttribute(out.resolve("index.html"), "unix:ino");
        write(out, List.of(OutputFile.text("search/d/abc.js", "shard"), OutputFile.text("search/f/1-ab12.js", "new"),
                OutputFile.text("index.html", "page"), OutputFile.text("search/index.html", "new page")));
        assertEquals("new page", Files.readString(out.resolve("search/index.html")), "the search page is a page, not a shard");
        assertEquals(shard, Files.getAttribute(out.resolve("search/d/abc.js"), "unix:ino"), "the shard is the same file");
        assertEquals("new", Files.readString(out.resolve("search/f/1-ab12.js")), "a numbered file whose short version collided is rewritten");
        assertNotEquals(fragment, Files.getAttribute(out.resolve("search/f/1-ab12.js"), "unix:ino"));
        assertNotEquals(page, Files.getAttribute(out.resolve("index.html"), "unix:ino"), "pages are written afresh");
    }
}
