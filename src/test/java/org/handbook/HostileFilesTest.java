package org.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.handbook.problem.BuildFailed;
import org.handbook.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files in content/ that are not plain files: links, pipes, unreadable files. A located problem each, never a crash or a hang. */
class HostileFilesTest {

    private static List<String> problems(Path content, Path out) {
        BuildFailed failed = assertThrows(BuildFailed.class, () -> TestSites.build(content, out));
        return failed.problems().stream().map(Problem::format).map(s -> s.replace(content.toAbsolutePath() + "/", "")).toList();
    }

    @Test
    void aLinkToAFileOutsideTheContentIsRefused(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Path secret = Files.writeString(dir.resolve("secret.md"), "---\nterm: Secret\n---\nSecret text.\n");
        Files.createSymbolicLink(content.resolve("glossary/secret.md"), secret);
        List<String> reported = problems(content, dir.resolve("site"));
        String real = secret.toRealPath().toString();
        assertTrue(reported.stream().anyMatch(s -> s.startsWith("glossary/secret.md:1:1: error: file links to " + real
                + ", outside the content folder")), reported.toString());
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void aFolderLinkedOutsideTheContentIsRefusedFileByFile(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Path outside = Files.move(content.resolve("glossary"), dir.resolve("elsewhere"));
        Files.createSymbolicLink(content.resolve("glossary"), outside);
        List<String> reported = problems(content, dir.resolve("site"));
        String real = outside.toRealPath().resolve("rag.md").toString();
        assertTrue(reported.stream().anyMatch(s -> s.startsWith("glossary/rag.md:1:1: error: file links to " + real
                + ", outside the content folder")), reported.toString());
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void linksThatLeadNowhereAreReported(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Files.createSymbolicLink(content.resolve("glossary/loop-a.md"), content.resolve("glossary/loop-b.md"));
        Files.createSymbolicLink(content.resolve("glossary/loop-b.md"), content.resolve("glossary/loop-a.md"));
        Files.createSymbolicLink(content.resolve("glossary/gone.md"), content.resolve("glossary/missing.md"));
        Files.createSymbolicLink(content.resolve("glossary/self.md"), content.resolve("glossary/self.md"));
        List<String> reported = problems(content, dir.resolve("site")).stream().map(s -> s.lines().findFirst().orElseThrow()).toList();
        for (String f : new String[] {"gone", "loop-a", "loop-b", "self"}) {
            assertTrue(reported.contains("glossary/" + f + ".md:1:1: error: symbolic link that leads nowhere (its target is missing, or links back to itself)"),
                    f + ": " + reported);
        }
    }

    @Test
    void aLinkInsideTheContentIsAnOrdinaryFile(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Files.move(content.resolve("glossary/rag.md"), content.resolve("rag.txt"));
        Files.createSymbolicLink(content.resolve("glossary/rag.md"), content.resolve("rag.txt"));
        TestSites.build(content, dir.resolve("site"));
        assertTrue(Files.readString(dir.resolve("site/glossary/index.html")).contains("id=\"rag\""));
    }

    @Test
    void aNamedPipeIsIgnoredWithAWarningNotReadForever(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Path fifo = content.resolve("glossary/pipe.md");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor());
        Pipeline.Result r = TestSites.build(content, dir.resolve("site"));
        assertTrue(r.warnings().stream().map(Problem::format).anyMatch(s -> s.contains("glossary/pipe.md:1:1: warning: file ignored: not a regular file")),
                r.warnings().toString());
    }

    /**
     * An unreadable file and an unreadable folder, through {@code check} and {@code build} in a JVM of
     * its own: exit 1, each reported where it is, no stack trace, no site. The superuser reads any
     * file, so as root (CI containers) the command runs without the two capabilities that let it.
     */
    @Test
    void anUnreadableFileOrFolderIsReportedWhereItIs(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Files.setPosixFilePermissions(content.resolve("glossary/rag.md"), PosixFilePermissions.fromString("---------"));
        Files.setPosixFilePermissions(content.resolve("techniques"), PosixFilePermissions.fromString("---------"));
        Path log = dir.resolve("log.txt");
        try {
            for (String command : List.of("check", "build")) {
                Process p = unprivileged(log, command, "--content", content.toString(), "--templates", TestSites.TEMPLATES.toString(),
                        "--out", dir.resolve("site").toString());
                assertEquals(1, p.waitFor(), Files.readString(log));
                String out = Files.readString(log).replace(content.toAbsolutePath() + "/", "");
                assertTrue(out.contains("glossary/rag.md:1:1: error: cannot read file: access denied\n"
                        + "    hint: check that the file exists and that you may read it"), command + ": " + out);
                assertTrue(out.contains("techniques:1:1: error: cannot list folder: access denied"), command + ": " + out);
                assertFalse(out.contains("\tat "), command + " printed a stack trace: " + out);
                assertFalse(Files.exists(dir.resolve("site")), command);
            }
        } finally {
            // so the temporary folder can be deleted by a user who is not root
            Files.setPosixFilePermissions(content.resolve("techniques"), PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** The command line in a JVM of its own that may read only what its owner may, root or not. */
    private static Process unprivileged(Path log, String... args) throws Exception {
        Path probe = Files.writeString(Files.createTempFile("unreadable", ".txt"), "x");
        Files.setPosixFilePermissions(probe, PosixFilePermissions.fromString("---------"));
        boolean superuser = Files.isReadable(probe);
        Files.delete(probe);
        if (!superuser) return TestSites.handbook(log, args);
        List<String> cmd = new java.util.ArrayList<>(List.of("setpriv", "--bounding-set", "-dac_override,-dac_read_search"));
        cmd.addAll(TestSites.command(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
