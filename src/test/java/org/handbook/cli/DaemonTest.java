package org.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.handbook.cli.DaemonRuns.daemon;
import static org.handbook.cli.DaemonRuns.gone;
import static org.handbook.cli.DaemonRuns.run;
import static org.handbook.cli.DaemonRuns.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.handbook.RandomTries;
import org.handbook.TestSites;
import org.handbook.cli.DaemonRuns.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code HANDBOOK_DAEMON=on}: build and check run in a daemon that a first build starts, and what
 * they make and say is what a fresh process makes and says; the daemon is reached only through a
 * folder its user alone can open, and stops when asked or when its folder is gone.
 */
class DaemonTest {
    @Test
    void buildsInTheDaemonAreTheBuildsOfAFreshProcess(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        try {
            Run first = run(dir, tmp, true, "build");
            assertEquals(0, first.code(), first.out());
            Matcher status = status(dir, tmp);
            long pid = Long.parseLong(status.group(1));
            assertEquals(dir.toRealPath().toString(), Path.of(status.group(2)).toRealPath().toString());
            assertEquals("1", status.group(3), "it ran the first build");
            int[] cleans = {0};
            RandomTries.run("a rebuild in the daemon is a clean build", 3, random -> {
                List<Path> texts;
                try (Stream<Path> s = Files.walk(content)) {
                    texts = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
                }
                Path text = RandomTries.pick(random, texts);
                Files.writeString(text, Files.readString(text) + "\nRevised " + random.nextInt(1000) + " times, quietly.\n");
                Run r = run(dir, tmp, true, "build");
                assertEquals(0, r.code(), r.out());
                TestSites.assertSameAsClean(content, dir.resolve("site"), dir.resolve("clean-" + cleans[0]++).resolve("site"));
            });
            Files.writeString(content.resolve("glossary/broken.md"), "---\nterm: [\n---\n");
            Map<String, byte[]> before = TestSites.snapshot(dir.resolve("site"));
            for (String command : List.of("build", "check")) {
                Run viaDaemon = run(dir, tmp, true, command);
                Run fresh = run(dir, tmp, false, command);
                assertEquals(1, viaDaemon.code(), viaDaemon.out());
                assertTrue(viaDaemon.out().contains("broken.md:"), viaDaemon.out());
                assertEquals(fresh, viaDaemon, command + " says and exits as a fresh process does");
            }
            assertEquals(before.keySet(), TestSites.snapshot(dir.resolve("site")).keySet(), "the failed build left the site");
            Matcher after = status(dir, tmp);
            assertEquals(pid, Long.parseLong(after.group(1)), "one daemon served every build");
            assertEquals(String.valueOf(3 + cleans[0]), after.group(3), "the first build, a rebuild a try, a build and a check");
            Run stop = run(dir, tmp, true, "daemon", "stop");
            assertTrue(stop.out().contains("Stopped the build daemon " + pid), stop.out());
            assertTrue(gone(pid), "the daemon stopped");
            assertEquals("No build daemon is running.", run(dir, tmp, true, "daemon", "status").out().strip());
            // a build right after a stop starts a daemon of its own (the stopped one lets go of its lock as it exits)
            Files.delete(content.resolve("glossary/broken.md"));
            Files.writeString(content.resolve("chapters/first.md"), "\nBefore the stop.\n", StandardOpenOption.APPEND);
            assertEquals(0, run(dir, tmp, true, "build").code());
            long stopped = daemon(dir, tmp);
            Files.writeString(content.resolve("chapters/first.md"), "\nAfter the stop.\n", StandardOpenOption.APPEND);
            run(dir, tmp, true, "daemon", "stop");
            Run rebuilt = run(dir, tmp, true, "build");
            assertEquals(0, rebuilt.code(), rebuilt.out());
            assertFalse(rebuilt.out().contains("running here"), rebuilt.out());
            assertNotEquals(stopped, daemon(dir, tmp), "a new daemon built it");
        } finally {
            run(dir, tmp, true, "daemon", "stop");
        }
    }

    @Test
    void aKilledDaemonIsReplacedAndOneWhoseFolderIsGoneStops(@TempDir Path dir) throws Exception {
        Path work = Files.createDirectory(dir.resolve("work"));
        TestSites.copySample(work);
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        assertEquals(0, run(work, tmp, true, "check").code());
        long killed = daemon(work, tmp);
        ProcessHandle.of(killed).ifPresent(ProcessHandle::destroyForcibly);
        assertTrue(gone(killed));
        // its socket is left behind, and no one answers there
        Run again = run(work, tmp, true, "check");
        assertEquals(0, again.code(), again.out());
        assertFalse(again.out().contains("running here"), again.out());
        long next = daemon(work, tmp);
        assertNotEquals(killed, next, "a new daemon ran the check");
        TestSites.deleteTree(work);
        assertTrue(gone(next), "a daemon with no folder to build stops by itself");
    }

    @Test
    void buildsAskedAtOnceRunOneAfterTheOther(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        try {
            assertEquals(0, run(dir, tmp, true, "build").code());
            Files.writeString(content.resolve("chapters/first.md"), "\nAsked twice at once.\n", StandardOpenOption.APPEND);
            List<Future<Run>> runs = new ArrayList<>();
            ExecutorService two = Executors.newFixedThreadPool(2);
            for (int i = 0; i < 2; i++) runs.add(two.submit(() -> run(dir, tmp, true, "build")));
            for (var r : runs) assertEquals(0, r.get().code(), r.get().out());
            two.shutdown();
            TestSites.assertSameAsClean(content, dir.resolve("site"), dir.resolve("clean/site"));
            assertEquals("3", status(dir, tmp).group(3), "one daemon ran all three");
        } finally {
            run(dir, tmp, true, "daemon", "stop");
        }
    }

    @Test
    void aBuildWhoseClientGoesAwayStopsAndTheDaemonBuildsOn(@TempDir Path dir) throws Exception {
        Path content = dir.resolve("content");
        TestSites.copyTree(TestSites.CONTENT, content);
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        Path sockets = tmp.resolve("handbook-" + System.getProperty("user.name"));
        try {
            List<String> command = new ArrayList<>(TestSites.command("build"));
            command.add(1, "-Djava.io.tmpdir=" + tmp);
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("first.log").toFile());
            pb.environment().put("HANDBOOK_DAEMON", "on");
            Process first = pb.start();
            // the bundled handbook's first build, its PDFs included, takes seconds: the client goes away during it
            while (!hasFile(sockets, ".sock")) Thread.sleep(50);
            Thread.sleep(1000);
            first.destroy();
            assertTrue(first.waitFor(1, TimeUnit.MINUTES));
            Run next = run(dir, tmp, true, "build");
            assertEquals(0, next.code(), next.out());
            TestSites.assertSameAsClean(content, dir.resolve("site"), dir.resolve("clean/site"));
            String log;
            try (Stream<Path> s = Files.list(sockets)) {
                log = Files.readString(s.filter(p -> p.toString().endsWith(".log")).findFirst().orElseThrow());
            }
            assertTrue(log.contains("a build was stopped, its client gone"), log);
            assertEquals("2", status(dir, tmp).group(3), "the daemon that stopped the first build ran the next");
        } finally {
            run(dir, tmp, true, "daemon", "stop");
        }
    }

    private static boolean hasFile(Path dir, String suffix) throws Exception {
        if (!Files.isDirectory(dir)) return false;
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> p.toString().endsWith(suffix));
        }
    }

    @Test
    void aSocketFolderOthersCouldOpenIsNotUsed(@TempDir Path dir) throws Exception {
        TestSites.copySample(dir);
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        Path sockets = Files.createDirectory(tmp.resolve("handbook-" + System.getProperty("user.name")),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Run r = run(dir, tmp, true, "build");
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("Built "), r.out());
        try (Stream<Path> s = Files.list(sockets)) {
            assertEquals(List.of(), s.toList(), "no daemon, no socket: the build ran in its own process");
        }
    }
}
