package org.handbook.cli;

import static org.handbook.cli.DaemonRuns.run;
import static org.handbook.cli.DaemonRuns.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.handbook.TestSites;
import org.handbook.cli.DaemonRuns.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's Perl client of a running build daemon (src/main/launcher/daemon-client.pl): it
 * speaks the daemon's frames as the client JVM does, so a command through it says, exits and builds
 * what it would through a client JVM; it stands aside (exit 90, saying nothing) wherever that
 * client would not find the daemon or the daemon hangs up before it says anything, and where the
 * daemon goes away in the middle of its answer, says so and exits 91 (the launcher then runs the
 * command in a JVM).
 */
class DaemonPerlClientTest {
    private static final Path CLIENT = Path.of("src/main/launcher/daemon-client.pl").toAbsolutePath();
    private static final String ID = "0123456789abcdef0123";
    private static final List<String> NAMED = List.of("-D" + DaemonAddress.ID + "=" + ID);

    /** The launcher's codes: no daemon to ask (the JVM runs as without the client), and the daemon went away (run it here). */
    private static final int RUN_ELSEWHERE = 90;
    private static final int RUN_HERE = 91;

    @Test
    void aCommandThroughItIsOneThroughAClientJvm(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        try {
            Run first = run(dir, tmp, NAMED, true, "build");
            assertEquals(0, first.code(), first.out());
            Files.writeString(content.resolve("chapters/first.md"), "\nAsked without a JVM.\n", StandardOpenOption.APPEND);
            Run rebuilt = perl(dir, tmp, ID, "build");
            assertEquals(0, rebuilt.code(), rebuilt.out());
            assertTrue(rebuilt.out().startsWith("Built "), rebuilt.out());
            TestSites.assertSameAsClean(content, dir.resolve("site"), dir.resolve("clean/site"));
            assertEquals("2", status(dir, tmp).group(3), "the daemon the client JVM started ran the rebuild");
            Files.writeString(content.resolve("glossary/broken.md"), "---\nterm: [\n---\n");
            for (String command : List.of("build", "check")) {
                Run viaJvm = run(dir, tmp, NAMED, true, command);
                Run viaPerl = perl(dir, tmp, ID, command);
                assertEquals(1, viaPerl.code(), viaPerl.out());
                assertTrue(viaPerl.out().contains("broken.md:"), viaPerl.out());
                assertEquals(viaJvm, viaPerl, command + " says and exits as through a client JVM");
            }
            assertEquals("6", status(dir, tmp).group(3), "every command ran in the daemon");
        } finally {
            run(dir, tmp, true, "daemon", "stop");
        }
    }

    @Test
    void itStandsAsideWhereTheClientJvmWouldNotFindTheDaemon(@TempDir Path dir) throws Exception {
        TestSites.copySample(dir);
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        Run nothing = new Run(RUN_ELSEWHERE, "");
        assertEquals(nothing, perl(dir, tmp, ID, "build"), "no daemon's folder yet");
        try {
            assertEquals(0, run(dir, tmp, NAMED, true, "build").code());
            assertEquals(nothing, perl(dir, tmp, "0123456789abcdef0124", "build"), "another daemon's name");
            assertEquals(nothing, perl(dir, tmp, "../" + ID, "build"), "not a name");
            // a text the client JVM would send as Java's modified UTF-8: bytes made by the shell, whatever the JVM's locale
            Process accented = new ProcessBuilder("sh", "-c", "exec perl \"$0\" \"$1\" \"$2\" build --out \"$(printf 's\\303\\251')\"",
                    CLIENT.toString(), tmp.toString(), ID).directory(dir.toFile()).redirectErrorStream(true).start();
            assertEquals(nothing, DaemonRuns.finished(accented), "an argument that is not ASCII");
            Path sockets = tmp.resolve("handbook-" + System.getProperty("user.name"));
            Files.setPosixFilePermissions(sockets, PosixFilePermissions.fromString("rwxr-x---"));
            assertEquals(nothing, perl(dir, tmp, ID, "build"), "a folder others can open");
            Files.setPosixFilePermissions(sockets, PosixFilePermissions.fromString("rwx------"));
            assertEquals(0, perl(dir, tmp, ID, "build").code(), "the same daemon, asked as it should be");
        } finally {
            run(dir, tmp, true, "daemon", "stop");
        }
    }

    @Test
    void itSendsTheRequestAndCopiesEachFrameWhereItGoes(@TempDir Path dir) throws Exception {
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        Path sockets = Files.createDirectory(tmp.resolve("handbook-" + System.getProperty("user.name")),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        byte[] large = "a line of a long report\n".repeat(10_000).getBytes(StandardCharsets.UTF_8);
        ExecutorService daemon = Executors.newSingleThreadExecutor();
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(sockets.resolve(ID + ".sock")));
            Future<DaemonFrames.Request> asked = daemon.submit(() -> answer(server, large, true));
            Path out = dir.resolve("out.txt");
            Path err = dir.resolve("err.txt");
            Process p = new ProcessBuilder("perl", CLIENT.toString(), tmp.toString(), ID, "check", "--content", "two words")
                    .directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertTrue(p.waitFor(1, TimeUnit.MINUTES));
            assertEquals(3, p.exitValue(), "the command's exit code");
            DaemonFrames.Request request = asked.get(1, TimeUnit.MINUTES);
            assertEquals(dir.toRealPath().toString(), request.folder());
            assertEquals(List.of("check", "--content", "two words"), request.args());
            byte[] expected = new byte[large.length + 6];
            System.arraycopy("first\n".getBytes(StandardCharsets.UTF_8), 0, expected, 0, 6);
            System.arraycopy(large, 0, expected, 6, large.length);
            assertEquals(new String(expected, StandardCharsets.UTF_8), Files.readString(out), "standard output's frames, in order");
            assertEquals("second\n", Files.readString(err));

            // a daemon that goes away before the exit code: what it said, then why the command runs here
            Future<DaemonFrames.Request> cut = daemon.submit(() -> answer(server, large, false));
            Process q = new ProcessBuilder("perl", CLIENT.toString(), tmp.toString(), ID, "build").directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertTrue(q.waitFor(1, TimeUnit.MINUTES));
            cut.get(1, TimeUnit.MINUTES);
            assertEquals(RUN_HERE, q.exitValue());
            assertTrue(Files.readString(out).startsWith("first\n"));
            assertEquals("second\nhandbook: the build daemon stopped before it answered (its log: " + sockets.resolve(ID + ".log")
                    + "); running here\n", Files.readString(err));

            // one that hangs up before it says anything (stopping as it was reached): no daemon here, the JVM starts another
            Future<?> silent = daemon.submit(() -> {
                try (SocketChannel client = server.accept()) {
                    return DaemonFrames.Request.read(new DataInputStream(Channels.newInputStream(client)));
                }
            });
            assertEquals(new Run(RUN_ELSEWHERE, ""), perl(dir, tmp, ID, "build"));
            silent.get(1, TimeUnit.MINUTES);
        } finally {
            daemon.shutdownNow();
        }
    }

    /** A stand-in daemon's one answer: "first" and {@code large} on standard output, "second" on error, then exit code 3 if {@code whole}. */
    private static DaemonFrames.Request answer(ServerSocketChannel server, byte[] large, boolean whole) throws Exception {
        try (SocketChannel client = server.accept()) {
            DaemonFrames.Request request = DaemonFrames.Request.read(new DataInputStream(Channels.newInputStream(client)));
            DataOutputStream out = new DataOutputStream(DaemonFrames.writing(client));
            DaemonFrames.stream(DaemonFrames.OUT, out).write("first\n".getBytes(StandardCharsets.UTF_8));
            DaemonFrames.stream(DaemonFrames.ERR, out).write("second\n".getBytes(StandardCharsets.UTF_8));
            DaemonFrames.stream(DaemonFrames.OUT, out).write(large);
            if (whole) DaemonFrames.exit(out, 3);
            return request;
        }
    }

    /** The Perl client run in {@code dir} as the launcher runs it, its output and error together. */
    private static Run perl(Path dir, Path tmp, String id, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("perl", CLIENT.toString(), tmp.toString(), id));
        command.addAll(List.of(args));
        return DaemonRuns.finished(new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start());
    }
}
