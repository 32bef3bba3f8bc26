package org.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbook.TestSites;

/** Command lines run in JVMs of their own, with or without the build daemon, for the daemon's tests. */
final class DaemonRuns {
    private static final Pattern DAEMON = Pattern.compile("build daemon (\\d+) of (\\S+): up \\d+ s, (\\d+) builds");

    /** What a command line printed (standard output and error together) and its exit code. */
    record Run(int code, String out) {
    }

    private DaemonRuns() {
    }

    /** The command line in a fresh JVM in {@code dir}, its temporary folder {@code tmp}, with or without the daemon. */
    static Run run(Path dir, Path tmp, boolean daemon, String... args) throws Exception {
        return run(dir, tmp, List.of(), daemon, args);
    }

    /** As {@link #run(Path, Path, boolean, String...)}, the JVM started with {@code options} too. */
    static Run run(Path dir, Path tmp, List<String> options, boolean daemon, String... args) throws Exception {
        List<String> command = new ArrayList<>(TestSites.command(args));
        command.add(1, "-Djava.io.tmpdir=" + tmp);
        command.addAll(1, options);
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        if (daemon) pb.environment().put("HANDBOOK_DAEMON", "on");
        else pb.environment().remove("HANDBOOK_DAEMON");
        return finished(pb.start());
    }

    /** What a started process printed and its exit code, once it ends (an internal error or a stack trace fails the test). */
    static Run finished(Process p) throws Exception {
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        assertNotEquals(4, p.exitValue(), out);
        assertFalse(out.contains("\tat org.handbook"), out);
        return new Run(p.exitValue(), out);
    }

    /** The process id of the one daemon running for {@code dir}. */
    static long daemon(Path dir, Path tmp) throws Exception {
        return Long.parseLong(status(dir, tmp).group(1));
    }

    /** What {@code daemon status} says of the daemon running for {@code dir}: its process, folder and builds. */
    static Matcher status(Path dir, Path tmp) throws Exception {
        String said = run(dir, tmp, true, "daemon", "status").out();
        Matcher status = DAEMON.matcher(said);
        assertTrue(status.find(), "a daemon runs: " + said);
        return status;
    }

    /** Whether process {@code pid} ends within 30 s (the daemon looks at its folder every 5). */
    static boolean gone(long pid) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            if (ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true)) return true;
            Thread.sleep(100);
        }
        return false;
    }
}
