package org.handbook.write;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a complete site into a temporary directory next to the output and swaps it in, so a
 * reader (or the dev server) never sees a half-written site and a failed build leaves the old
 * one exactly as it was. Files named by their content that the old site has are kept as they are.
 * One writer at a time holds the output's {@link OutputLock}; each first repairs what a killed
 * writer left: a site moved aside but not yet replaced is moved back, staging folders are deleted.
 */
public final class SiteWriter implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private final StagedFiles staged;
    private final OutputLock lock;
    /** The writes {@link #add} handed over, each run after the one before. */
    private java.util.concurrent.CompletableFuture<Void> adding = java.util.concurrent.CompletableFuture.completedFuture(null);
    private boolean committed;
    /** Deletes the old site once the new one is in, while the build keeps its caches; joined before the lock is let go. */
    private Thread clearing;

    private SiteWriter(Path target, Path staging, OutputLock lock) {
        this.target = target;
        this.staging = staging;
        this.staged = new StagedFiles(staging, target);
        this.lock = lock;
    }

    /**
     * Starts a new site beside {@code out}, invisible until {@link #commit()}: a build writes its
     * pages while its PDFs are still being made. Waits while another build writes {@code out}.
     */
    public static SiteWriter begin(Path out) throws IOException {
        return begin(out, message -> System.err.println("handbook: " + message));
    }

    /** As {@link #begin(Path)}, telling {@code waiting} when it has to wait for another writer. */
    public static SiteWriter begin(Path out, java.util.function.Consumer<String> waiting) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        OutputLock lock = OutputLock.acquire(target, waiting);
        try {
            recover(target);
            return new SiteWriter(target, Files.createTempDirectory(parent, prefix(target, NEW)), lock);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Repairs what a killed writer left beside {@code out} (see {@link #recover}), under the lock,
     * and lets go; does nothing, and takes no lock, when nothing was left.
     */
    public static void repair(Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        if (!Files.isDirectory(target.getParent())
                || leftovers(target, OLD).isEmpty() && leftovers(target, NEW).isEmpty() && leftovers(target, GONE).isEmpty()
                && temporaries(target).isEmpty()) return;
        try (OutputLock lock = OutputLock.acquire(target)) {
            recover(target);
        }
    }

    private static final String NEW = ".new-";
    private static final String OLD = ".old-";
    /** An old site being deleted: never moved back. */
    private static final String GONE = ".gone-";

    private static String prefix(Path target, String kind) {
        return "." + target.getFileName() + kind;
    }

    /**
     * Repairs what a writer killed mid-way left beside {@code target}: the old site moved aside
     * when the new one had not yet taken its place goes back; every staging folder, every old
     * site half deleted and every temporary file goes. Only called under the lock, so none of them
     * is another writer's.
     */
    static void recover(Path target) throws IOException {
        List<Path> olds = leftovers(target, OLD);
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !olds.isEmpty()) {
            Path newest = olds.stream().max(Comparator.comparing(SiteWriter::modified)).orElseThrow();
            move(newest, target);
        }
        for (Path p : leftovers(target, OLD)) deleteTree(p);
        for (Path p : leftovers(target, NEW)) deleteTree(p);
        for (Path p : leftovers(target, GONE)) deleteTree(p);
        for (Path p : temporaries(target)) Files.deleteIfExists(p);
    }

    /**
     * Temporary files beside the output, {@code .<out>.<name>.tmp}: what a writer keeps there
     * (the render cache's manifest) it writes under such a name, under the lock, and moves into place.
     */
    private static List<Path> temporaries(Path target) throws IOException {
        String prefix = "." + target.getFileName() + ".";
        try (Stream<Path> s = Files.list(target.getParent())) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(".tmp")
                    && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
    }

    private static List<Path> leftovers(Path target, String kind) throws IOException {
        String prefix = prefix(target, kind);
        try (Stream<Path> s = Files.list(target.getParent())) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted().toList();
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Writes {@code files} into the new site, after the files added before, while the caller goes on (the
     * build takes the next output's files, or starts the outputs made of them all); a failure to write
     * them is thrown by {@link #commit()}, before anything is swapped.
     */
    public void add(Collection<OutputFile> files) {
        adding = adding.thenRunAsync(() -> write(files));
    }

    /** Waits for every write {@link #add} handed over; throws the first failure as it was thrown. */
    private void added() {
        try {
            adding.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw e;
        }
    }

    /**
     * Where the outputs of a build that runs once hand each file as they make it ({@link Spool}): written into
     * the new site there and then, in the maker's thread, and read back from it when asked; the writer passes
     * such a file over when it is added.
     */
    public Spool spool() {
        return staged::spool;
    }

    private void write(Collection<OutputFile> files) {
        files.parallelStream().forEach(f -> {
            if (f.placed()) return; // put in by the spool, and counted
            try {
                Path p = staged.place(f.path());
                long size;
                if (linked(f.origin(), p)) {
                    size = f.length();
                } else {
                    byte[] content = f.bytes();
                    if (!keep(target.resolve(f.path()), p, f.path(), content)) StagedFiles.write(p, content);
                    size = content.length;
                }
                staged.counted(size);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /**
     * Waits for the files added to be written (a failure is thrown with nothing swapped), then
     * swaps the new site in for the old one; the old one is deleted beside what the build does next,
     * and gone when the writer is closed (or, if the process dies first, by the next writer's {@link #recover}).
     */
    public void commit() throws IOException {
        added();
        // a folder made and let go at the new site's top: its time is then the newest of any file or folder in it (see shape())
        Files.delete(Files.createTempDirectory(staging, ".newest-"));
        Path swapped = swap(staging, target);
        committed = true;
        if (swapped == null) return;
        // renamed first, so that no writer's recover() takes it for a site to move back while it is half deleted
        Path old = target.resolveSibling(prefix(target, GONE) + swapped.getFileName().toString().substring(prefix(target, OLD).length()));
        move(swapped, old);
        clearing = new Thread(() -> {
            try {
                deleteTree(old);
            } catch (IOException | RuntimeException e) {
                // the new site is in place; the next writer's recover() deletes what is left of the old
            }
        }, "handbook-old-site");
        clearing.setDaemon(true);
        clearing.start();
    }

    /** What a committed site holds: its files, their bytes, and the newest time of any file or folder in it, in milliseconds. */
    public record Shape(long files, long bytes, long newest) {
    }

    /**
     * The committed site's {@link Shape}, from what this writer put in, not from a walk of it: every
     * file and folder in it was written before the top folder's last change, so its time is the
     * newest (a file linked in with a time still to come makes it differ from a walk's, which then
     * reads as a changed site: built again, never taken for unchanged). A top folder that cannot be
     * read gives a time no walk gives.
     */
    public Shape shape() {
        if (!committed) throw new IllegalStateException("not committed");
        long newest;
        try {
            newest = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).lastModifiedTime().toMillis();
        } catch (IOException e) {
            newest = Long.MIN_VALUE;
        }
        return new Shape(staged.files(), staged.bytes(), newest);
    }

    /**
     * The deletion of the old site, still running, for a process that outlives this build to wait
     * for later (the build daemon, at its next build): {@link #close()} then returns without waiting.
     * A deletion cut short (the process ended) is finished by the next writer. Null: none.
     */
    public Thread clearingLeftRunning() {
        Thread t = clearing;
        clearing = null;
        return t;
    }

    /** Deletes the new site unless it was committed: a failed build leaves the old site as it was. */
    @Override
    public void close() throws IOException {
        try (lock) {
            if (!committed) {
                staged.close();
                // a failed build: its writes still running finish (or fail) before their folder goes
                adding.exceptionally(e -> null).join();
                deleteTree(staging);
            }
            if (clearing != null) clearing.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A file whose name carries a hash of its content (assets, search shards) and that the current
     * site already has is the same file: it is linked into the new site, not written again, so
     * its date stays and a server's or browser's cache of it stays valid.
     */
    private static boolean keep(Path old, Path fresh, String path, byte[] content) {
        if (!OutputFile.immutable(path) || !Files.isRegularFile(old)) return false;
        try {
            // numbered search files carry a short version in their names: compare before trusting it
            if (path.matches("search/[a-z]/\\d+-[0-9a-f]{4}\\.js") && !java.util.Arrays.equals(Files.readAllBytes(old), content)) return false;
        } catch (IOException e) {
            return false;
        }
        return link(old, fresh);
    }

    /**
     * Links {@code origin}, a file of the current site that holds the new file's bytes already, into
     * the new site; false when there is none or it cannot be linked (then the bytes are written).
     */
    private boolean linked(Path origin, Path fresh) {
        return origin != null && origin.toAbsolutePath().normalize().startsWith(target) && link(origin, fresh);
    }

    /** Links {@code fresh} to {@code existing}; false where the file system cannot (the caller writes the bytes instead). */
    private static boolean link(Path existing, Path fresh) {
        try {
            Files.createLink(fresh, existing);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /**
     * Two renames: the old site aside, the new one in. Java has no rename-exchange, so between the
     * two there is no site; if the second fails the first is undone, and if the process dies in
     * between, the next writer's {@link #recover} moves the old site back before anything else.
     * Returns where the old site went, still to delete (null: there was none).
     */
    static Path swap(Path staging, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            old = target.resolveSibling(prefix(target, OLD) + Long.toHexString(System.nanoTime()));
            move(target, old);
        }
        try {
            move(staging, target);
        } catch (IOException | RuntimeException e) {
            if (old != null) {
                try {
                    move(old, target);
                } catch (IOException | RuntimeException undo) {
                    e.addSuppressed(undo);
                }
            }
            throw e;
        }
        return old;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes {@code dir} and all in it; what another process deletes meanwhile (a daemon's old site) is passed over. */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                if (exc instanceof NoSuchFileException) return FileVisitResult.CONTINUE;
                throw exc;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                if (exc != null && !(exc instanceof NoSuchFileException)) throw exc;
                Files.deleteIfExists(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
