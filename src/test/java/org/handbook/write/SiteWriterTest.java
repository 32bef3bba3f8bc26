package org.handbook.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {
    private static void write(Path out, List<OutputFile> files) throws Exception {
        try (SiteWriter w = SiteWriter.begin(out)) {
            w.add(files);
            w.commit();
        }
    }

    /** What lies beside the site, the lock file left out (it stays, as the render cache's manifest does). */
    private static List<String> beside(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".site.lock")).sorted().toList();
        }
    }

    private static Object fileKey(Path p) throws IOException {
        return Files.readAttributes(p, BasicFileAttributes.class).fileKey();
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
        assertEquals(List.of("site"), beside(dir), "and its staging folder with it");
    }

    @Test
    void replacesTheWholeSiteAndLeavesNoStagingBehind(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site");
        write(out, List.of(OutputFile.text("a/index.html", "one"), OutputFile.text("old.html", "x")));
        write(out, List.of(OutputFile.text("a/index.html", "two")));
        assertEquals("two", Files.readString(out.resolve("a/index.html")));
        assertFalse(Files.exists(out.resolve("old.html")), "files of the previous build are gone");
        assertEquals(List.of("site"), beside(dir));
    }

    @Test
    void aFileThatWouldEscapeTheSiteFailsTheWriteAndKeepsTheOldSite(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site");
        write(out, List.of(OutputFile.text("index.html", "good")));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> write(out, List.of(OutputFile.text("../evil.html", "bad"))));
        assertEquals("output path escapes the site: ../evil.html", e.getCause().getMessage());
        assertEquals("good", Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(dir.resolve("evil.html")));
    }

    @Test
    void aWriteThatFailsWhileTheBuildGoesOnFailsTheCommitAndKeepsTheOldSite(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site");
        write(out, List.of(OutputFile.text("index.html", "good")));
        CountDownLatch reading = new CountDownLatch(1);
        try (SiteWriter w = SiteWriter.begin(out)) {
            w.add(List.of(OutputFile.kept("a/card.png", () -> {
                try {
                    reading.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new UncheckedIOException(new IOException("the build cache lost it"));
            })));
            w.add(List.of(OutputFile.text("index.html", "new")));
            reading.countDown();
            UncheckedIOException e = assertThrows(UncheckedIOException.class, w::commit, "thrown by the commit, not by add");
            assertEquals("the build cache lost it", e.getCause().getMessage());
        }
        assertEquals("good", Files.readString(out.resolve("index.html")));
        assertEquals(List.of("site"), beside(dir), "no staging folder left");
    }

    @Test
    void filesNamedByTheirContentAreKeptNotRewritten(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site");
        write(out, List.of(OutputFile.text("search/d/abc.js", "shard"), OutputFile.text("search/f/1-ab12.js", "old"),
                OutputFile.text("index.html", "page"), OutputFile.text("search/index.html", "old page")));
        Object shard = fileKey(out.resolve("search/d/abc.js"));
        Object fragment = fileKey(out.resolve("search/f/1-ab12.js"));
        Object page = fileKey(out.resolve("index.html"));
        write(out, List.of(OutputFile.text("search/d/abc.js", "shard"), OutputFile.text("search/f/1-ab12.js", "new"),
                OutputFile.text("index.html", "page"), OutputFile.text("search/index.html", "new page")));
        assertEquals("new page", Files.readString(out.resolve("search/index.html")), "the search page is a page, not a shard");
        assertEquals(shard, fileKey(out.resolve("search/d/abc.js")), "the shard is the same file");
        assertEquals("new", Files.readString(out.resolve("search/f/1-ab12.js")), "a numbered file whose short version collided is rewritten");
        assertNotEquals(fragment, fileKey(out.resolve("search/f/1-ab12.js")));
        assertNotEquals(page, fileKey(out.resolve("index.html")), "pages are written afresh");
    }

    @Test
    void aFileTheSiteHoldsAlreadyIsLinkedAndOneOutsideItIsWritten(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site");
        write(out, List.of(OutputFile.text("a/card.png", "picture")));
        Object card = fileKey(out.resolve("a/card.png"));
        Path outside = Files.writeString(dir.resolve("elsewhere.png"), "picture");
        write(out, List.of(OutputFile.kept("a/card.png", () -> "picture".getBytes(), out.resolve("a/card.png"), 7, null),
                OutputFile.kept("b/card.png", () -> "picture".getBytes(), outside, 7, null)));
        assertEquals(card, fileKey(out.resolve("a/card.png")), "the site's own file, linked");
        assertEquals("picture", Files.readString(out.resolve("b/card.png")));
        assertNotEquals(fileKey(outside), fileKey(out.resolve("b/card.png")), "a file outside the site is never linked in");
    }

    /** Files, bytes and the newest time of any file or folder under {@code out} (itself included), as a walk reads them. */
    private static SiteWriter.Shape walked(Path out) throws IOException {
        long[] seen = new long[3];
        try (var s = Files.walk(out)) {
            for (Path p : s.toList()) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                if (!a.isDirectory()) {
                    seen[0]++;
                    seen[1] += a.size();
                }
                seen[2] = Math.max(seen[2], a.lastModifiedTime().toMillis());
            }
        }
        return new SiteWriter.Shape(seen[0], seen[1], seen[2]);
    }

    @Test
    void theShapeAWriterKnowsIsTheOneAWalkOfTheSiteReads(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site");
        write(out, List.of(OutputFile.text("index.html", "home"), OutputFile.text("a/card.png", "picture"), OutputFile.text("search/d/abc.js", "shard")));
        Path outside = Files.writeString(dir.resolve("elsewhere.png"), "another picture");
        // written at once, then some time apart (a folder's time moves when an entry is made in it)
        for (int round = 0; round < 3; round++) {
            SiteWriter.Shape known;
            try (SiteWriter w = SiteWriter.begin(out)) {
                w.add(List.of(OutputFile.kept("a/card.png", () -> "picture".getBytes(), out.resolve("a/card.png"), 7, null),
                        OutputFile.kept("b/card.png", () -> "another picture".getBytes(), outside, 15, null),
                        OutputFile.text("search/d/abc.js", "shard")));
                Thread.sleep(round * 20L);
                w.add(List.of(OutputFile.text("index.html", "home " + round), OutputFile.text("c/d/e/index.html", "deep")));
                Thread.sleep(round * 20L);
                w.add(List.of(OutputFile.text("c/d/f.html", "later")));
                w.commit();
                known = w.shape();
            }
            assertEquals(walked(out), known, "round " + round);
            assertEquals(6, known.files());
        }
    }

    @Test
    void stagingFoldersAndOldSitesLeftByKilledBuildsAreSweptByTheNext(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site");
        write(out, List.of(OutputFile.text("index.html", "one")));
        Files.createDirectories(dir.resolve(".site.new-4711/chapters"));
        Files.writeString(dir.resolve(".site.new-4711/chapters/half.html"), "half");
        Files.createDirectories(dir.resolve(".site.old-1f2e"));
        Files.writeString(dir.resolve(".site.old-1f2e/index.html"), "half deleted");
        Files.createDirectories(dir.resolve(".sites.new-1"));
        // a manifest killed between its writing and its move into place; the manifest itself stays
        Files.writeString(dir.resolve(".site.render-cache.tmp"), "half a manifest");
        Files.writeString(dir.resolve(".site.render-cache"), "a manifest");
        write(out, List.of(OutputFile.text("index.html", "two")));
        assertEquals(List.of(".site.render-cache", ".sites.new-1", "site"), beside(dir), "leftovers of this site swept, another folder's left alone");
        assertEquals("two", Files.readString(out.resolve("index.html")));
    }

    @Test
    void aSiteMovedAsideByABuildKilledMidSwapIsMovedBack(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site");
        // the state between the swap's two moves: no site, the old one aside, a complete new one staged
        Files.createDirectories(dir.resolve(".site.old-99"));
        Files.writeString(dir.resolve(".site.old-99/index.html"), "old");
        Files.createDirectories(dir.resolve(".site.new-98"));
        Files.writeString(dir.resolve(".site.new-98/index.html"), "new");
        try (SiteWriter w = SiteWriter.begin(out)) {
            assertEquals("old", Files.readString(out.resolve("index.html")), "repaired before anything else");
        }
        assertEquals("old", Files.readString(out.resolve("index.html")));
        assertEquals(List.of("site"), beside(dir));
    }

    @Test
    void anOldSiteLeftBeingDeletedIsSweptAndNeverMovedBack(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site");
        write(out, List.of(OutputFile.text("index.html", "one")));
        try (SiteWriter w = SiteWriter.begin(out)) {
            w.add(List.of(OutputFile.text("index.html", "two")));
            w.commit();
            Thread clearing = w.clearingLeftRunning();
            assertNotNull(clearing, "the old site's deletion, handed over");
            clearing.join();
        }
        // a daemon that ended mid-deletion left half an old site; then the site itself was deleted by hand
        Files.createDirectories(dir.resolve(".site.gone-7/chapters"));
        Files.writeString(dir.resolve(".site.gone-7/chapters/half.html"), "half");
        SiteWriter.deleteTree(out);
        try (SiteWriter w = SiteWriter.begin(out)) {
            assertFalse(Files.exists(out), "a site being deleted is not one to move back");
            w.add(List.of(OutputFile.text("index.html", "three")));
            w.commit();
        }
        assertEquals(List.of("site"), beside(dir));
        assertEquals("three", Files.readString(out.resolve("index.html")));
    }

    @Test
    void whenTheNewSiteCannotMoveInTheOldOneIsPutBack(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site");
        write(out, List.of(OutputFile.text("index.html", "old")));
        try (SiteWriter w = SiteWriter.begin(out)) {
            w.add(List.of(OutputFile.text("index.html", "new")));
            // the staging folder vanishes (a cleaner, a full disk): the second move of the swap fails
            List<String> staged = beside(dir).stream().filter(n -> n.startsWith(".site.new-")).toList();
            assertEquals(1, staged.size(), staged.toString());
            // once the file is written: add() writes while the build goes on
            for (int i = 0; i < 5000 && !Files.exists(dir.resolve(staged.get(0)).resolve("index.html")); i++) Thread.sleep(1);
            Files.move(dir.resolve(staged.get(0)), dir.resolve("elsewhere"));
            assertThrows(NoSuchFileException.class, w::commit);
            assertEquals("old", Files.readString(out.resolve("index.html")), "rolled back");
        }
        assertEquals(List.of("elsewhere", "site"), beside(dir), "no old site left aside");
    }

    @Test
    void aSecondWriterWaitsForTheFirstAndSaysSo(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site");
        List<String> told = new CopyOnWriteArrayList<>();
        CountDownLatch firstIn = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> {
            try (SiteWriter w = SiteWriter.begin(out)) {
                firstIn.countDown();
                w.add(List.of(OutputFile.text("index.html", "first")));
                assertTrue(release.await(30, TimeUnit.SECONDS));
                w.commit();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(firstIn.await(30, TimeUnit.SECONDS));
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
            try (SiteWriter w = SiteWriter.begin(out, told::add)) {
                assertEquals("first", Files.readString(out.resolve("index.html")), "the second starts after the first committed");
                w.add(List.of(OutputFile.text("index.html", "second")));
                w.commit();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (told.isEmpty() && System.nanoTime() < deadline) Thread.sleep(5);
        assertEquals(List.of("waiting for another build in this process to finish writing " + out.toAbsolutePath()), told);
        assertFalse(second.isDone());
        release.countDown();
        first.get(30, TimeUnit.SECONDS);
        second.get(30, TimeUnit.SECONDS);
        assertEquals("second", Files.readString(out.resolve("index.html")));
        assertEquals(List.of("site"), beside(dir));
    }
}
