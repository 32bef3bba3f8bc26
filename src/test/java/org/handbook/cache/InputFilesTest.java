package org.handbook.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
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
    void aScanWithNothingChangedIsAnsweredByNamesSizesAndTimesAlone(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("content");
        Files.createDirectories(root.resolve("chapters"));
        FileTime longAgo = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
        for (int i = 0; i < 30; i++) {
            Path f = root.resolve("chapters/c" + i + ".md");
            Files.writeString(f, "text " + i);
            Files.setLastModifiedTime(f, longAgo);
        }
        InputFiles first = InputFiles.scan(List.of(root));
        assertEquals(Optional.of(first.digest()), InputFiles.unchangedDigest(List.of(root), first.encode()));
        assertEquals(Optional.empty(), InputFiles.unchangedDigest(List.of(root), new byte[]{1, 2, 3}), "not a scan");

        Path c3 = root.resolve("chapters/c3.md");
        Files.writeString(c3, "TEXT 3");
        assertEquals(Optional.empty(), InputFiles.unchangedDigest(List.of(root), first.encode()), "same size, a new time");
        Files.setLastModifiedTime(c3, longAgo);
        assertEquals(Optional.of(first.digest()), InputFiles.unchangedDigest(List.of(root), first.encode()),
                "the size and the old time again: taken as unchanged, as git and a full scan do");
        InputFiles full = InputFiles.scan(List.of(root), InputFiles.decode(first.encode()));
        assertEquals(first.digest(), full.digest());

        Files.writeString(root.resolve("chapters/c30.md"), "new");
        Files.setLastModifiedTime(root.resolve("chapters/c30.md"), longAgo);
        assertEquals(Optional.empty(), InputFiles.unchangedDigest(List.of(root), first.encode()), "a file added");
        Files.delete(root.resolve("chapters/c30.md"));
        Files.move(root.resolve("chapters/c4.md"), root.resolve("chapters/c40.md"));
        assertEquals(Optional.empty(), InputFiles.unchangedDigest(List.of(root), first.encode()), "a file renamed");
        Files.move(root.resolve("chapters/c40.md"), root.resolve("chapters/c4.md"));
        Files.writeString(root.resolve("chapters/c5.md"), "text 5 and more");
        Files.setLastModifiedTime(root.resolve("chapters/c5.md"), longAgo);
        assertEquals(Optional.empty(), InputFiles.unchangedDigest(List.of(root), first.encode()), "another size, the old time");

        Files.writeString(root.resolve("chapters/c5.md"), "text 5");
        InputFiles racy = InputFiles.scan(List.of(root));
        Files.setLastModifiedTime(root.resolve("chapters/c5.md"), longAgo);
        InputFiles settled = InputFiles.scan(List.of(root));
        assertEquals(Optional.of(settled.digest()), InputFiles.unchangedDigest(List.of(root), settled.encode()));
        Files.setLastModifiedTime(root.resolve("chapters/c5.md"), FileTime.fromMillis(System.currentTimeMillis()));
        InputFiles recent = InputFiles.scan(List.of(root));
        assertEquals(Optional.empty(), InputFiles.unchangedDigest(List.of(root), recent.encode()),
                "a file written just before the last scan: a later write could share its time, so it is read again");
        assertEquals(racy.digest(), settled.digest());
    }
}
