package org.handbook.cli;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * {@code handbook build} and {@code check} with {@code HANDBOOK_DAEMON=on}: asks the build daemon of
 * this folder (starting it if none runs) to run the command line, and prints what it says. Where no
 * daemon can be had, or it goes away before answering, the command runs in this process, as without
 * the setting: the daemon makes a build faster, never different.
 */
final class DaemonClient {
    /** The requests that are not command lines: stop the daemon, say how it is. */
    static final String STOP = "--stop-daemon";
    static final String STATUS = "--daemon-status";
    private static final Set<String> DELEGATED = Set.of("build", "check");
    private static final long START_WAIT_NANOS = 60_000_000_000L;
    private static final long LOSER_WAIT_NANOS = 2_000_000_000L;

    private DaemonClient() {
    }

    /** Whether {@code args} go to a daemon: the setting is on and they run build or check. */
    static boolean wanted(String[] args) {
        String setting = System.getenv("HANDBOOK_DAEMON");
        return setting != null && Set.of("on", "1", "true", "yes").contains(setting.strip().toLowerCase(java.util.Locale.ROOT))
                && args.length > 0 && DELEGATED.contains(args[0]) && System.getProperty(Start.RECORDING) == null;
    }

    /**
     * The command's exit code as the daemon ran it, or as this process answered it when nothing
     * changed and no daemon runs yet (one is not started for that); empty if it must run here.
     */
    static OptionalInt run(String[] args, PrintStream out, PrintStream err) {
        Optional<DaemonAddress> address = DaemonAddress.ofThisProcess();
        if (address.isEmpty()) return OptionalInt.empty();
        DaemonAddress a = address.get();
        SocketChannel running = connect(a.socket());
        if (running == null) {
            OptionalInt unchanged = UnchangedBuild.answer(args, out, err);
            if (unchanged.isPresent()) return unchanged;
        }
        try (SocketChannel channel = running != null ? running : start(a, err)) {
            if (channel == null) return OptionalInt.empty();
            int code = ask(channel, Arrays.asList(args), out, err);
            if (code >= 0) return OptionalInt.of(code);
            err.println("handbook: the build daemon stopped before it answered (its log: " + a.log() + "); running here");
        } catch (IOException e) {
            err.println("handbook: could not talk to the build daemon (" + e.getMessage() + "); running here");
        }
        return OptionalInt.empty();
    }

    /** Sends one request on an open connection and copies the answer; the exit code, or -1 if the daemon hung up first. */
    static int ask(SocketChannel channel, List<String> args, PrintStream out, PrintStream err) throws IOException {
        DataOutputStream to = new DataOutputStream(Channels.newOutputStream(channel));
        new DaemonFrames.Request(Path.of("").toAbsolutePath().toString(), args).write(to);
        int code = DaemonFrames.copy(new DataInputStream(Channels.newInputStream(channel)), out, err);
        out.flush();
        err.flush();
        return code;
    }

    /** A connection to the daemon at {@code socket}, or null if none listens there. */
    static SocketChannel connect(Path socket) {
        try {
            return SocketChannel.open(UnixDomainSocketAddress.of(socket));
        } catch (IOException | UnsupportedOperationException e) {
            // no socket there, or no one listening on it (a daemon killed outright leaves its socket)
            return null;
        }
    }

    /** Starts the daemon and connects to it; null if it did not come up. */
    private static SocketChannel start(DaemonAddress a, PrintStream err) throws IOException {
        SocketChannel channel;
        Process daemon = new ProcessBuilder(a.command()).redirectInput(new File("/dev/null"))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(a.log().toFile())).redirectErrorStream(true).start();
        long deadline = System.nanoTime() + START_WAIT_NANOS;
        while (System.nanoTime() < deadline) {
            channel = connect(a.socket());
            if (channel != null) return channel;
            // a daemon that lost the race to another exits, and the other's socket is there: a moment more for it
            if (!daemon.isAlive()) {
                if (daemon.exitValue() != 0) break;
                deadline = Math.min(deadline, System.nanoTime() + LOSER_WAIT_NANOS);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        err.println("handbook: the build daemon did not start (its log: " + a.log() + "); running here");
        return null;
    }
}
