package org.handbook.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scan names files under their root, and one read back from its bytes gives the next scan the same answer as a fresh one. */
class InputFilesTest {

    @Test
    void filesAreNamedUnderTheirRootWithSlashes(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("content");
        Files.createDirectories(root.resolve("a/b"));
        Files.writeString(root.resolve("a/b/c.md"), "x");
        Files.writeString(root.resolve("top.md"), "y");
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("templates/page.ftlh"), "z");
        InputFiles scan = InputFiles.scan(List.of(root, dir.resolve("templates"), dir.resolve("missing")));
        assertEquals(List.of("0/a/b/c.md", "0/top.md", "1/page.ftlh"), List.copyOf(scan.hashes().keySet()));
    }

    @Test
    void aScanReadBackGivesTheNextScanAFreshScansDigest(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("content");
        Files.createDirectories(root.resolve("chapters"));
        for (int i = 0; i < 30; i++) Files.writeString(root.resolve("chapters/c" + i + ".md"), "text " + i);
        Path old = root.resolve("chapters/c7.md");
        FileTime longAgo = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
        Files.setLastModifiedTime(old, longAgo);
        InputFiles first = InputFiles.scan(List.of(root));
        InputFiles readBack = InputFiles.decode(first.encode());
        assertEquals(first.digest(), readBack.digest(), "the same files, whatever order they were read back in");
        assertEquals(List.copyOf(first.hashes().entrySet()), List.copyOf(readBack.hashes().entrySet()));
        assertEquals(InputFiles.scan(List.of(root)).digest(), InputFiles.scan(List.of(root), readBack).digest());

        // same size, a new time: read again; same size and the old time: taken from the last scan, as git does
        Files.writeString(root.resolve("chapters/c3.md"), "TEXT 3");
        InputFiles next = InputFiles.scan(List.of(root), readBack);
        assertNotEquals(first.digest(), next.digest());
        assertEquals(InputFiles.scan(List.of(root)).digest(), next.digest());
        Files.writeString(old, "TEXT 7");
        Files.setLastModifiedTime(old, longAgo);
        assertEquals(next.digest(), InputFiles.scan(List.of(root), InputFiles.decode(next.encode())).digest(),
                "an old file's size and time unchanged: its hash is the last scan's");
    }

    @Test
    void aScanWithNothingChangedIsAnsweredByNamesSizesAndTimesAloneAndAnyOtherByAFullScan(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("content");
        Files.createDirectories(root.resolve("chapters"));
        FileTime longAgo = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
        for (int i = 0; i < 30; i++) {
            Path f = root.resolve("chapters/c" + i + ".md");
            Files.writeString(f, "text " + i);
            Files.setLastModifiedTime(f, longAgo);
        }
        List<Path> roots = List.of(root);
        InputFiles first = InputFiles.scan(roots);
        byte[] kept = first.encode();
        assertEquals(first.digest(), InputFiles.digestSince(roots, kept));
        assertEquals(first.digest(), InputFiles.digestSince(roots, new byte[]{1, 2, 3}), "not a scan: every file read");

        Path c3 = root.resolve("chapters/c3.md");
        Files.writeString(c3, "TEXT 3");
        assertEquals(fresh(roots), InputFiles.digestSince(roots, kept), "same size, a new time: read");
        assertNotEquals(first.digest(), InputFiles.digestSince(roots, kept));
        Files.setLastModifiedTime(c3, longAgo);
        assertEquals(first.digest(), InputFiles.digestSince(roots, kept),
                "the size and the old time again: the kept digest, as git and a full scan take it");
        Files.writeString(c3, "text 3");
        Files.setLastModifiedTime(c3, longAgo);

        Files.writeString(root.resolve("chapters/c30.md"), "new");
        Files.setLastModifiedTime(root.resolve("chapters/c30.md"), longAgo);
        assertEquals(fresh(roots), InputFiles.digestSince(roots, kept), "a file added");
        Files.delete(root.resolve("chapters/c30.md"));
        Files.move(root.resolve("chapters/c4.md"), root.resolve("chapters/c40.md"));
        assertEquals(fresh(roots), InputFiles.digestSince(roots, kept), "a file renamed");
        Files.move(root.resolve("chapters/c40.md"), root.resolve("chapters/c4.md"));
        Path c5 = root.resolve("chapters/c5.md");
        Files.writeString(c5, "text 5 and more");
        Files.setLastModifiedTime(c5, longAgo);
        assertEquals(fresh(roots), InputFiles.digestSince(roots, kept), "another size, the old time");

        Files.writeString(c5, "text 5");
        FileTime justBefore = FileTime.fromMillis(System.currentTimeMillis());
        Files.setLastModifiedTime(c5, justBefore);
        InputFiles recent = InputFiles.scan(roots);
        // rewritten within the same tick of the clock as the last scan saw: the same size and time
        Files.writeString(c5, "TEXT 5");
        Files.setLastModifiedTime(c5, justBefore);
        assertEquals(fresh(roots), InputFiles.digestSince(roots, recent.encode()),
                "a file written just before the last scan: a later write could share its time, so it is read again");
        assertNotEquals(recent.digest(), fresh(roots));
    }

    private static String fresh(List<Path> roots) {
        return InputFiles.scan(roots).digest();
    }
}
