package org.handbook.cli;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A JVM that stays up between builds, so that {@code handbook build} and {@code check} run with the
 * generator's code loaded and compiled already: a fresh JVM spends most of a one-page rebuild loading
 * and compiling the pipeline (docs/performance.md). It runs each request as a fresh process would
 * ({@link Start#run}, the same build cache on disk, the same site), one at a time, keeping beside
 * the loaded code what each site's last build made of its unchanged files ({@link DaemonSessions});
 * and stops when idle, when its jar or classes change, when its folder or socket is gone, or after a
 * build that failed inside the generator.
 */
public final class BuildDaemon {
    private static final Duration TICK = Duration.ofSeconds(5);
    private static final Duration LOCK_WAIT = Duration.ofSeconds(5);

    private final Path socket;
    private final ServerSocketChannel server;
    private final String folder = Path.of("").toAbsolutePath().toString();
    private final String classes = DaemonAddress.classPathStamp();
    private final Object socketFile;
    private final Duration idle;
    private final long started = System.nanoTime();
    private volatile long lastUsed = System.nanoTime();
    private volatile boolean busy;
    private int builds;

    private BuildDaemon(Path socket, ServerSocketChannel server, Duration idle) throws IOException {
        this.socket = socket;
        this.server = server;
        this.idle = idle;
        this.socketFile = Files.readAttributes(socket, BasicFileAttributes.class).fileKey();
    }

    public static void main(String[] args) throws IOException {
        Path socket = Path.of(args[0]);
        Path lockFile = socket.resolveSibling(socket.getFileName().toString().replace(".sock", ".lock"));
        try (FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = lock(lockChannel)) {
            // another daemon of the same address holds the lock: it serves the clients, this one is not needed
            if (lock == null) return;
            Files.deleteIfExists(socket);
            try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                server.bind(UnixDomainSocketAddress.of(socket));
                BuildDaemon daemon = new BuildDaemon(socket, server, idleTime());
                DaemonSessions.keepInThisProcess();
                System.out.println("handbook build daemon " + ProcessHandle.current().pid() + " serving " + daemon.folder + " at " + socket);
                daemon.serve();
            } finally {
                Files.deleteIfExists(socket);
            }
        }
        System.exit(0);
    }

    /**
     * The daemon's lock, waited for a few seconds: a daemon just told to stop (a build asked right
     * after {@code handbook daemon stop}) lets go of it as it exits. Null if another daemon keeps it.
     */
    private static FileLock lock(FileChannel channel) throws IOException {
        long until = System.nanoTime() + LOCK_WAIT.toNanos();
        while (true) {
            FileLock lock = channel.tryLock();
            if (lock != null || System.nanoTime() > until) return lock;
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    /** HANDBOOK_DAEMON_IDLE: minutes without a build before the daemon stops (default 30). */
    private static Duration idleTime() {
        try {
            return Duration.ofMinutes(Math.max(1, Long.parseLong(System.getenv().getOrDefault("HANDBOOK_DAEMON_IDLE", "30").strip())));
        } catch (NumberFormatException e) {
            return Duration.ofMinutes(30);
        }
    }

    private void serve() {
        ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "handbook-daemon-watch");
            t.setDaemon(true);
            return t;
        });
        watch.scheduleWithFixedDelay(this::stopIfNotNeeded, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
        try {
            while (server.isOpen()) {
                try (SocketChannel client = server.accept()) {
                    busy = true;
                    if (!answer(client)) break;
                } catch (IOException e) {
                    // a closed server ends the loop; a client that hung up is just gone
                } finally {
                    busy = false;
                    lastUsed = System.nanoTime();
                }
            }
        } finally {
            watch.shutdownNow();
        }
    }

    /** Runs one request; false if the daemon should stop now. */
    private boolean answer(SocketChannel client) throws IOException {
        DataInputStream in = new DataInputStream(Channels.newInputStream(client));
        // the channel's own writes, not Channels' streams: those take the lock a blocking read holds, and the watch below reads
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(DaemonFrames.writing(client)));
        DaemonFrames.Request request = DaemonFrames.Request.read(in);
        List<String> args = request.args();
        String command = args.isEmpty() ? "" : args.get(0);
        PrintStream said = new PrintStream(DaemonFrames.stream(DaemonFrames.OUT, out), true, Charset.defaultCharset());
        int code;
        boolean goOn = true;
        if (command.equals(DaemonClient.STOP)) {
            said.println("Stopped the build daemon " + ProcessHandle.current().pid() + " of " + folder);
            code = Main.Exit.OK.code();
            goOn = false;
        } else if (command.equals(DaemonClient.STATUS)) {
            said.println(status());
            code = Main.Exit.OK.code();
        } else if (!request.folder().equals(folder) || !(command.equals("build") || command.equals("check"))) {
            said.println("handbook: this build daemon runs build and check in " + folder + " only");
            code = Main.Exit.USAGE.code();
        } else {
            ClientWatch watch = new ClientWatch(client);
            code = run(args.toArray(String[]::new), said, new PrintStream(DaemonFrames.stream(DaemonFrames.ERR, out), true, Charset.defaultCharset()));
            boolean left = watch.done();
            builds++;
            if (left) System.out.println("handbook build daemon: a build was stopped, its client gone (Ctrl+C)");
            // a fault inside the generator may have left the JVM in any state: the next build gets a fresh one
            goOn = left || code != Main.Exit.INTERNAL.code();
        }
        DaemonFrames.exit(out, code);
        return goOn;
    }

    /**
     * Stops the running build when its client goes away (Ctrl+C in the terminal that asked for it),
     * as a build in the client's own process would have stopped: the client sends nothing after its
     * request, so a read that ends means it hung up. The build stops as an interrupted one does,
     * leaving the site as it was or whole.
     */
    private static final class ClientWatch {
        private final Thread worker = Thread.currentThread();
        private boolean finished;
        private boolean left;

        ClientWatch(SocketChannel client) {
            Thread t = new Thread(() -> {
                try {
                    if (client.read(ByteBuffer.allocate(1)) < 0) hungUp();
                } catch (IOException closed) {
                    // the daemon closed the connection: the build is over
                }
            }, "handbook-daemon-client");
            t.setDaemon(true);
            t.start();
        }

        private synchronized void hungUp() {
            if (finished) return;
            left = true;
            worker.interrupt();
        }

        /** Ends the watch; whether the client went away first. No interrupt comes after this, and none is left set. */
        synchronized boolean done() {
            finished = true;
            Thread.interrupted();
            return left;
        }
    }

    /** Runs a command line with its output going to the client (output is process-wide: one request at a time). */
    private static int run(String[] args, PrintStream out, PrintStream err) {
        PrintStream wasOut = System.out;
        PrintStream wasErr = System.err;
        System.setOut(out);
        System.setErr(err);
        try {
            return Start.run(args);
        } finally {
            out.flush();
            err.flush();
            System.setOut(wasOut);
            System.setErr(wasErr);
        }
    }

    /** One line: the process, its folder, how long it has run, its builds, its heap and peak memory. */
    private String status() {
        Runtime rt = Runtime.getRuntime();
        long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
        return String.format("build daemon %d of %s: up %d s, %d builds, heap %d of %d MB, peak memory %s, CPU %d ms",
                ProcessHandle.current().pid(), folder, Duration.ofNanos(System.nanoTime() - started).toSeconds(), builds,
                (rt.totalMemory() - rt.freeMemory()) >> 20, rt.totalMemory() >> 20, peakMemory(), cpu);
    }

    /** The process's peak resident memory as Linux reports it (VmHWM, in kB), or "unknown". */
    private static String peakMemory() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
                    .map(l -> l.substring(6).strip()).findFirst().orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Stops the daemon when idle too long, or when what it serves changed: its classes, its folder, its socket. */
    private void stopIfNotNeeded() {
        boolean idleTooLong = !busy && System.nanoTime() - lastUsed > idle.toNanos();
        boolean replaced;
        try {
            replaced = !socketFile.equals(Files.readAttributes(socket, BasicFileAttributes.class).fileKey());
        } catch (IOException e) {
            replaced = true;
        }
        boolean stale = !classes.equals(DaemonAddress.classPathStamp()) || !Files.isDirectory(Path.of(folder));
        if (!idleTooLong && !replaced && !(stale && !busy)) return;
        System.out.println("handbook build daemon stopping: " + (idleTooLong ? "idle" : replaced ? "socket gone" : "classes or folder changed"));
        try {
            server.close();
        } catch (IOException e) {
            // closing is all that is left to do
        }
    }
}
