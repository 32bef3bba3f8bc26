package org.handbook.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.handbook.cache.Hashes;

/**
 * Where the build daemon of one working folder, one JVM with one set of flags, and one build of the
 * generator listens, and how a client starts it: a daemon only ever runs builds for clients that
 * would have run exactly its code, with its flags, in its folder. The socket lives in a folder only
 * its user can open ({@code java.io.tmpdir/handbook-USER}, mode 700), so no one else can ask it for a build.
 */
record DaemonAddress(Path socket, Path lock, Path log, List<String> command) {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
    static final String MAIN = "org.handbook.cli.BuildDaemon";
    /**
     * The daemon's name as the launcher gives it, so that its Perl client finds the socket without a
     * JVM (src/main/launcher/daemon-client.pl): a digest of what it starts the JVM with (folder, JDK,
     * options, the class-data archive, whose name holds the JDK's version and the jar's checksum, and
     * the jar), which is all the name worked out here covers.
     */
    static final String ID = "handbook.daemon-id";

    /** The daemon for this process's folder, JVM and class path; empty where it cannot be had safely (then the build runs here). */
    static Optional<DaemonAddress> ofThisProcess() {
        Optional<List<String>> options = jvmOptions();
        Optional<Path> folder = ownFolder();
        if (options.isEmpty() || folder.isEmpty()) return Optional.empty();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String id = Optional.ofNullable(System.getProperty(ID)).filter(given -> given.matches("[0-9a-f]{1,64}"))
                .orElseGet(() -> Hashes.of("frames " + DaemonFrames.VERSION, Path.of("").toAbsolutePath().toString(), java,
                        System.getProperty("java.vm.version"), String.join(" ", options.get()), classPathStamp()).substring(0, 20));
        Path dir = folder.get();
        Path socket = dir.resolve(id + ".sock");
        List<String> command = new ArrayList<>();
        // a session of its own: the terminal's Ctrl+C and hang-up go to the client, not the daemon that outlives it
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) command.add("/usr/bin/setsid");
        command.add(java);
        // C2 as well as C1: over a daemon's builds its faster code pays for its compiling (about a fifth off a warm
        // rebuild of 4,000 pages after eight builds), where a single build's short life does not
        options.get().stream().filter(o -> !o.startsWith("-XX:TieredStopAtLevel=") && !o.contains("HeapFreeRatio=") && !o.startsWith("-Xmn")
                && !(o.startsWith("-XX:+Use") && o.endsWith("GC"))).forEach(command::add);
        // the serial collector: a warm session's heap is what the free ratios below size, which the parallel one,
        // the launcher's for a single build, does not follow
        command.add("-XX:+UseSerialGC");
        // more of the heap kept free than a single build keeps: a warm session holds some 500 MB at 4,000 pages, and with
        // 10-30% free every build ended in a full collection of it (0.3-0.6 s); with 40-70% free, one in several builds.
        // A young generation of 160 MB, not a single build's 128: a warm build's young collections cost it CPU, where a
        // single build's peak memory is what a smaller one spares (docs/performance.md)
        command.addAll(List.of("-XX:MinHeapFreeRatio=40", "-XX:MaxHeapFreeRatio=70", "-Xmn160m"));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), MAIN, socket.toString()));
        return Optional.of(new DaemonAddress(socket, dir.resolve(id + ".lock"), dir.resolve(id + ".log"), List.copyOf(command)));
    }

    /** Every daemon socket of this user's, whatever its folder or version, for {@code handbook daemon stop}. */
    static List<Path> allSockets() throws IOException {
        Optional<Path> folder = ownFolder();
        if (folder.isEmpty()) return List.of();
        try (var files = Files.list(folder.get())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".sock")).sorted().toList();
        }
    }

    /**
     * The class path's entries with their sizes and times: a daemon whose jar or classes changed
     * since it started is a different daemon (and stops itself, see {@link BuildDaemon}).
     */
    static String classPathStamp() {
        StringBuilder s = new StringBuilder(System.getProperty("java.class.path"));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            File f = new File(entry);
            s.append('\n').append(f.length()).append(' ').append(f.lastModified());
        }
        return s.toString();
    }

    /**
     * The JVM's options as it was started, without those that record a class-data archive (such a
     * run never asks a daemon); empty if the JVM cannot say (then no daemon is used).
     */
    private static Optional<List<String>> jvmOptions() {
        List<String> options = new ArrayList<>();
        for (String arg : startedWith()) {
            if (arg.startsWith("-XX:ArchiveClassesAtExit") || arg.startsWith("-D" + Start.RECORDING)) return Optional.empty();
            // the class path is given to the daemon as its own option
            if (!arg.startsWith("-Djava.class.path=")) options.add(arg);
        }
        return Optional.of(options);
    }

    /**
     * The JVM's options: read from Linux's record of the command line where there is one (the
     * management classes cost a start some 25 ms), else as the JVM reports them. ({@code
     * ProcessHandle.Info} reads at most 4 KB of the command line, shorter than a test's class path.)
     */
    private static List<String> startedWith() {
        try {
            String[] a = new String(Files.readAllBytes(Path.of("/proc/self/cmdline")), StandardCharsets.UTF_8).split("\0");
            List<String> options = new ArrayList<>();
            for (int i = 1; i < a.length; i++) {
                if (a[i].equals("-cp") || a[i].equals("-classpath") || a[i].equals("--class-path")) i++;
                else if (a[i].equals("-jar") || !a[i].startsWith("-")) break;
                else options.add(a[i]);
            }
            return options;
        } catch (IOException | RuntimeException notLinux) {
            return java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments();
        }
    }

    /** {@code java.io.tmpdir/handbook-USER}, made if missing; empty unless it is a real folder of this user's that only they can open. */
    private static Optional<Path> ownFolder() {
        String user = System.getProperty("user.name", "").replaceAll("[^A-Za-z0-9._-]", "_");
        if (user.isEmpty()) return Optional.empty();
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "handbook-" + user);
        try {
            try {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (FileAlreadyExistsException there) {
                // made by an earlier client (or by someone else): checked below as any other
            }
            boolean own = Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
                    && Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"))
                    && Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS).equals(OWNER_ONLY);
            return own ? Optional.of(dir) : Optional.empty();
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // a file system without owners and modes, or one that will not say: nowhere only this user can open
            return Optional.empty();
        }
    }
}
