package org.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.handbook.write.OutputFile;
import org.handbook.write.SiteWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds in a child JVM killed with {@code kill -9} at random moments: the site must be the complete
 * old one or the complete new one, and the next build, of either content, must sweep every
 * leftover and give exactly what a clean build gives. {@code -Dhandbook.killTrials=N} sets the
 * number of kills (bench/kill-trials.sh runs 100); the figures go to target/kill-trials.txt.
 */
class KilledBuildsTest {
    private static final int TRIALS = Integer.getInteger("handbook.killTrials", 3);
    private static final long SEED = Long.getLong("handbook.killSeed", System.nanoTime());

    private static Process build(Path content, Path out, Path log) throws IOException {
        return TestSites.handbook(log, "build", "--content", content.toString(), "--templates", TestSites.TEMPLATES.toString(), "--out", out.toString());
    }

    /**
     * The leftovers of writers beside the site: staging folders, old sites, temporary files, and
     * entries of the build cache half written.
     */
    private static List<String> leftovers(Path dir) throws IOException {
        List<String> found = new ArrayList<>();
        try (var s = Files.list(dir)) {
            s.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".site.new-") || n.startsWith(".site.old-") || n.startsWith(".site.") && n.endsWith(".tmp"))
                    .forEach(found::add);
        }
        Path temporary = dir.resolve(".handbook-cache/tmp");
        if (Files.isDirectory(temporary)) {
            try (var s = Files.list(temporary)) {
                s.map(p -> ".handbook-cache/tmp/" + p.getFileName()).forEach(found::add);
            }
        }
        return found.stream().sorted().toList();
    }

    @Test
    void aBuildKilledAnywhereLeavesTheOldSiteOrTheNewOneAndTheNextBuildCleansUp(@TempDir Path dir) throws Exception {
        Path[] content = {dir.resolve("a/content"), dir.resolve("b/content")};
        TestSites.copyTree(TestSites.SAMPLE, content[0]);
        TestSites.copyTree(TestSites.SAMPLE, content[1]);
        Path edited = content[1].resolve("chapters/second.md");
        Files.writeString(edited, Files.readString(edited).replace("A decision tree beats a hunch.", "A decision tree beats a guess."));
        List<Map<String, byte[]>> clean = new ArrayList<>();
        for (Path c : content) {
            Path out = c.resolveSibling("clean");
            TestSites.build(c, out);
            clean.add(TestSites.snapshot(out));
        }
        Path out = dir.resolve("site");
        Path log = dir.resolve("child.log");
        assertEquals(0, build(content[0], out, log).waitFor(), Files.readString(log));
        long start = System.nanoTime();
        assertEquals(0, build(content[1], out, log).waitFor(), Files.readString(log));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        TestSites.build(content[0], out);

        Random random = new Random(SEED);
        int current = 0;
        int[] seen = new int[3];
        int left = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            int next = 1 - current;
            Process p = build(content[next], out, log);
            long delay = (long) (random.nextDouble() * millis * 1.1);
            if (p.waitFor(delay, TimeUnit.MILLISECONDS)) {
                assertEquals(0, p.exitValue(), Files.readString(log));
            } else {
                p.destroyForcibly();
                assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            }
            String where = "trial " + trial + " (seed " + SEED + ", killed after " + delay + " ms)";
            Map<String, byte[]> now = TestSites.snapshot(out);
            if (same(now, clean.get(current))) seen[0]++;
            else if (same(now, clean.get(next))) seen[1]++;
            else if (!Files.exists(out) && leftovers(dir).stream().filter(n -> n.startsWith(".site.old-")).count() == 1
                    && same(TestSites.snapshot(dir.resolve(leftovers(dir).stream().filter(n -> n.startsWith(".site.old-")).findFirst().orElseThrow())),
                            clean.get(current))) seen[2]++;
            else fail(where + ": the site is neither the old one nor the new one; leftovers " + leftovers(dir));
            if (!leftovers(dir).isEmpty()) left++;
            // the next build, of the new content or back to the old, repairs and sweeps, and its cache serves nothing stale
            int then = random.nextBoolean() ? next : current;
            TestSites.build(content[then], out);
            assertTrue(same(TestSites.snapshot(out), clean.get(then)), where + ": the next build differs from a clean build");
            assertEquals(List.of(), leftovers(dir), where);
            current = then;
        }
        String figures = String.format("kill trials: %d (seed %d, build %d ms): old site %d, new site %d, killed between the swap's two moves %d;"
                + " %d left files that the next build swept, 0 leftovers after it%n", TRIALS, SEED, millis, seen[0], seen[1], seen[2], left);
        System.out.print(figures);
        Files.writeString(Path.of("target/kill-trials.txt"), figures);
    }

    private static boolean same(Map<String, byte[]> a, Map<String, byte[]> b) {
        if (!a.keySet().equals(b.keySet())) return false;
        return a.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), b.get(e.getKey())));
    }

    @Test
    void aBuildWithNothingToDoStillRepairsWhatAKilledBuildLeft(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Path out = dir.resolve("site");
        TestSites.build(content, out);
        Map<String, byte[]> built = TestSites.snapshot(out);
        Files.createDirectories(dir.resolve(".site.new-killed/chapters"));
        Files.writeString(dir.resolve(".site.new-killed/chapters/half.html"), "half");
        Files.writeString(dir.resolve(".site.render-cache.tmp"), "half a manifest");
        // a PDF half kept in the build cache by a build killed meanwhile: its writer's process is gone
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(Files.createDirectories(dir.resolve(".handbook-cache/tmp")).resolve(gone.pid() + "-1.part"), "half a PDF");
        assertTrue(TestSites.build(content, out).unchanged(), "nothing changed: the build stops early");
        assertEquals(List.of(), leftovers(dir));
        assertTrue(same(built, TestSites.snapshot(out)));
    }

    @Test
    void aBuildInAnotherProcessWaitsForTheWriterAndSaysForWhom(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Path out = dir.resolve("site");
        Path log = dir.resolve("child.log");
        Process p;
        try (SiteWriter held = SiteWriter.begin(out)) {
            held.add(List.of(OutputFile.text("index.html", "held")));
            p = build(content, out, log);
            String expected = "handbook: waiting for another build (pid " + ProcessHandle.current().pid() + ") to finish writing "
                    + out.toAbsolutePath();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.readString(log).contains(expected) && p.isAlive() && System.nanoTime() < deadline) Thread.sleep(20);
            assertTrue(Files.readString(log).contains(expected), Files.readString(log));
            assertTrue(p.isAlive(), "it waits");
            held.commit();
        }
        assertEquals(0, p.waitFor(), Files.readString(log));
        assertTrue(Files.readString(out.resolve("index.html")).contains("Sample Handbook"), "then it builds");
    }
}
