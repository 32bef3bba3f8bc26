package org.handbook.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Artifacts are made once and kept; whatever is wrong with a kept one, it is made again, never trusted. */
class BuildCacheTest {
    private static final byte[] PDF = "%PDF-1.7 the made bytes".getBytes(StandardCharsets.US_ASCII);

    private final AtomicInteger makes = new AtomicInteger();

    private byte[] make() {
        makes.incrementAndGet();
        return PDF.clone();
    }

    private static Path entry(Path out) throws Exception {
        try (Stream<Path> s = Files.walk(BuildCache.folder(out).resolve("artifacts"))) {
            List<Path> files = s.filter(Files::isRegularFile).toList();
            assertEquals(1, files.size(), "one artifact kept: " + files);
            return files.get(0);
        }
    }

    @Test
    void anArtifactIsMadeOnceAndKeptForTheNextBuild(@TempDir Path dir) {
        Path out = dir.resolve("site");
        BuildCache first = BuildCache.open(out, true);
        assertArrayEquals(PDF, first.artifact("pdf", "inputs-1", this::make));
        assertEquals(Map.of("pdf", 1), first.stats().made());
        BuildCache second = BuildCache.open(out, true);
        assertArrayEquals(PDF, second.artifact("pdf", "inputs-1", this::make));
        assertEquals(1, makes.get(), "the second build took it from the cache");
        assertEquals(Map.of("pdf", 1), second.stats().reused());
        assertTrue(Files.isDirectory(dir.resolve(BuildCache.FOLDER)), "the cache sits beside the output folder, not in it");
        assertFalse(Files.exists(out), "nothing goes into the output folder");
        second.artifact("pdf", "inputs-2", this::make);
        second.artifact("epub", "inputs-1", this::make);
        assertEquals(3, makes.get(), "other inputs, or another kind, are another artifact");
    }

    @Test
    void aCacheFolderDeletedWhileTheProcessRunsIsMadeAgain(@TempDir Path dir) throws Exception {
        // a process asks for the cache's folders once: a long-running one (the daemon, serve) must not take them as there for good
        Path out = dir.resolve("site");
        BuildCache.open(out, true).artifact("pdf", "in", this::make);
        BuildCache.open(out, true).artifact("pdf", "other", this::make);
        try (Stream<Path> s = Files.walk(BuildCache.folder(out))) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        BuildCache.open(out, true).artifact("pdf", "in", this::make);
        assertEquals(3, makes.get());
        Path kept = entry(out);
        assertTrue(Files.size(kept) > PDF.length, "written again: " + kept);
        try (Stream<Path> s = Files.list(BuildCache.folder(out).resolve("tmp"))) {
            assertEquals(List.of(), s.toList(), "no temporary file left");
        }
        BuildCache.open(out, true).artifact("pdf", "in", this::make);
        assertEquals(3, makes.get(), "and read back");
    }

    @Test
    void anArtifactReadFromTheCacheIsMadeOnceAndReadBackWhenNeeded(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site");
        java.util.function.Supplier<byte[]> card = BuildCache.open(out, true).artifactSource("card", "in", this::make);
        assertEquals(1, makes.get(), "made once, when it is not kept");
        assertArrayEquals(PDF, card.get());
        assertArrayEquals(PDF, card.get());
        assertEquals(1, makes.get(), "then read from the cache, as often as it is needed");
        BuildCache next = BuildCache.open(out, true);
        java.util.function.Supplier<byte[]> again = next.artifactSource("card", "in", this::make);
        assertEquals(Map.of("card", 1), next.stats().reused());
        Files.write(entry(out), new byte[] {1, 2, 3});
        assertArrayEquals(PDF, again.get(), "an entry spoilt meanwhile is made again, never read as it is");
        assertEquals(2, makes.get());
        java.util.function.Supplier<byte[]> held = BuildCache.none().artifactSource("card", "in", this::make);
        assertArrayEquals(PDF, held.get(), "a cache that keeps nothing hands out what it made");
    }

    @Test
    void aCorruptEntryIsMadeAgain(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site");
        BuildCache.open(out, true).artifact("pdf", "in", this::make);
        Path file = entry(out);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 3] ^= 0x20;
        Files.write(file, bytes);
        assertArrayEquals(PDF, BuildCache.open(out, true).artifact("pdf", "in", this::make), "never the corrupt bytes");
        assertEquals(2, makes.get());
        assertArrayEquals(PDF, BuildCache.open(out, true).artifact("pdf", "in", this::make), "the remade entry is kept");
        assertEquals(2, makes.get());
    }

    @Test
    void anEntryOfManySlicesReadsBackWholeAndIsNotTrustedWhenALaterSliceIsSpoilt(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site");
        byte[] large = new byte[(1 << 20) + 12_345];
        new java.util.Random(7).nextBytes(large);
        java.util.function.Supplier<byte[]> made = () -> {
            makes.incrementAndGet();
            return large.clone();
        };
        BuildCache.open(out, true).artifact("zip", "in", made);
        assertArrayEquals(large, BuildCache.open(out, true).artifact("zip", "in", made), "written and read in slices, whole");
        assertEquals(1, makes.get());
        Path file = entry(out);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 100] ^= 0x01;
        Files.write(file, bytes);
        assertArrayEquals(large, BuildCache.open(out, true).artifact("zip", "in", made), "a flip in the last slice is seen");
        assertEquals(2, makes.get());
    }

    @Test
    void aTruncatedOrEmptyEntryIsMadeAgain(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site");
        BuildCache.open(out, true).artifact("pdf", "in", this::make);
        Path file = entry(out);
        byte[] whole = Files.readAllBytes(file);
        for (int length : new int[] {whole.length - 1, 40, 3, 0}) {
            Files.write(file, Arrays.copyOf(whole, length));
            assertArrayEquals(PDF, BuildCache.open(out, true).artifact("pdf", "in", this::make), "cut at " + length);
        }
        assertEquals(5, makes.get());
    }

    @Test
    void anotherGeneratorsEntryIsNotTrusted(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site");
        new BuildCache(BuildCache.folder(out), true, "an-older-generator").artifact("pdf", "in", () -> "old bytes".getBytes(StandardCharsets.US_ASCII));
        Path file = entry(out);
        // the same file, moved to where this generator keeps the artifact: its header still names the old one
        BuildCache current = BuildCache.open(out, true);
        current.artifact("pdf", "in", this::make);
        Path mine;
        try (Stream<Path> s = Files.walk(BuildCache.folder(out).resolve("artifacts"))) {
            mine = s.filter(Files::isRegularFile).filter(p -> !p.equals(file)).findFirst().orElseThrow();
        }
        Files.copy(file, mine, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertArrayEquals(PDF, BuildCache.open(out, true).artifact("pdf", "in", this::make));
        assertEquals(2, makes.get(), "a header naming another generator reads as missing");
    }

    @Test
    void aBuildThatWritesNothingReadsTheCacheButAddsNothing(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site");
        BuildCache.open(out, false).artifact("pdf", "in", this::make);
        assertFalse(Files.exists(BuildCache.folder(out)), "check adds nothing");
        BuildCache.open(out, true).artifact("pdf", "in", this::make);
        BuildCache.open(out, false).artifact("pdf", "in", this::make);
        assertEquals(2, makes.get(), "but it reads what builds kept");
        BuildCache.none().artifact("pdf", "in", this::make);
        assertEquals(3, makes.get(), "and none() remembers nothing");
    }

    @Test
    void entriesAKilledBuildLeftHalfWrittenAreDeletedByTheNextAndARunningOnesAreNot(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site");
        BuildCache.open(out, true).artifact("pdf", "in", this::make);
        Path temporary = BuildCache.folder(out).resolve("tmp");
        assertEquals(List.of(), names(temporary), "a write leaves nothing in the temporary folder");
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(temporary.resolve(gone.pid() + "-123.part"), "half a PDF");
        Files.writeString(temporary.resolve(ProcessHandle.current().pid() + "-456.part"), "a PDF being written");
        BuildCache.open(out, false);
        assertEquals(2, names(temporary).size(), "check deletes nothing");
        BuildCache.open(out, true);
        assertEquals(List.of(ProcessHandle.current().pid() + "-456.part"), names(temporary));
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void pruningDropsTheLeastRecentlyUsedFirst(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site");
        BuildCache cache = BuildCache.open(out, true);
        for (int i = 0; i < 4; i++) cache.artifact("pdf", "in-" + i, this::make);
        Path folder = BuildCache.folder(out).resolve("artifacts");
        List<Path> files;
        try (Stream<Path> s = Files.walk(folder)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        long day = 86_400_000L;
        for (int i = 0; i < files.size(); i++) Files.setLastModifiedTime(files.get(i), java.nio.file.attribute.FileTime.fromMillis(i * day + day));
        long each = Files.size(files.get(0));
        cache.prune(2 * each);
        assertFalse(Files.exists(files.get(0)));
        assertFalse(Files.exists(files.get(1)));
        assertTrue(Files.exists(files.get(2)) && Files.exists(files.get(3)), "the two used last are kept");
    }

    @Test
    void aProcessCountsTheArtifactsOnceAndWalksAgainWhenWhatItAddedPassesTheLimit(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site");
        BuildCache first = BuildCache.open(out, true);
        first.artifact("pdf", "in-0", this::make);
        long each = Files.size(entry(out));
        first.prune(Long.MAX_VALUE);
        // written by another process: this one's count does not see it, so under the limit it walks nothing
        Path foreign = foreignEntry(out);
        BuildCache next = BuildCache.open(out, true);
        next.artifact("pdf", "in-1", this::make);
        next.prune(4 * each);
        assertTrue(Files.exists(foreign), "counted once: not walked again while what this process added is under the limit");
        BuildCache third = BuildCache.open(out, true);
        for (int i = 2; i < 5; i++) third.artifact("pdf", "in-" + i, this::make);
        third.prune(4 * each);
        assertFalse(Files.exists(foreign), "past the limit by what it added, it walks and prunes the least recently used");
    }

    @Test
    void aFirstBuildKnowsWhatItAddedWithoutWalkingTheArtifacts(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site");
        BuildCache first = BuildCache.open(out, true);
        first.artifact("pdf", "in-0", this::make);
        long each = Files.size(entry(out));
        // written by another process during the build: a walk would find the cache past the limit and drop it
        Path foreign = foreignEntry(out);
        first.prune(each + 1_000);
        assertTrue(Files.exists(foreign), "no artifacts when it began: what it added is all there is to count, nothing walked");
        assertTrue(first.kept("pdf", "in-0").isPresent());
    }

    /** An artifact of 10,000 bytes used long ago, as another process would write it into the cache of {@code out}. */
    private static Path foreignEntry(Path out) throws Exception {
        Path foreign = Files.createDirectories(BuildCache.folder(out).resolve("artifacts/zz")).resolve("foreign");
        Files.write(foreign, new byte[10_000]);
        Files.setLastModifiedTime(foreign, java.nio.file.attribute.FileTime.fromMillis(86_400_000L));
        return foreign;
    }

    @Test
    void aBuildThatAddedNoArtifactDoesNotPrune(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site");
        BuildCache first = BuildCache.open(out, true);
        for (int i = 0; i < 3; i++) first.artifact("pdf", "in-" + i, this::make);
        BuildCache next = BuildCache.open(out, true);
        for (int i = 0; i < 3; i++) next.artifact("pdf", "in-" + i, () -> fail("kept, not made"));
        next.prune(1);
        for (int i = 0; i < 3; i++) assertTrue(next.kept("pdf", "in-" + i).isPresent(), "nothing added, nothing pruned");
        next.artifact("pdf", "in-new", this::make);
        next.prune(1);
        assertTrue(next.kept("pdf", "in-0").isEmpty(), "an added artifact prunes the least recently used");
    }

    @Test
    void aLargeEntryReadsBackWholeAndOneWithBytesAddedIsMadeAgain(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site");
        byte[] large = new byte[300_000];
        new java.util.Random(15).nextBytes(large);
        BuildCache.open(out, true).artifact("pdf", "in", () -> large);
        assertArrayEquals(large, BuildCache.open(out, true).kept("pdf", "in").orElseThrow(), "header and payload read apart, back whole");
        Path file = entry(out);
        Files.write(file, new byte[] {1}, java.nio.file.StandardOpenOption.APPEND);
        assertTrue(BuildCache.open(out, true).kept("pdf", "in").isEmpty(), "longer than its header says");
    }
}
