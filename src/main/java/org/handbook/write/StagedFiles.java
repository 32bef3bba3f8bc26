package org.handbook.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The new site's folder while a {@link SiteWriter} fills it: where a file's path puts it (never
 * outside), its folders made once, and the files and bytes put in, counted as they go in so no one
 * walks the site to count them. Safe for many threads at once.
 */
final class StagedFiles {
    /** The largest piece of a file written at once: the largest buffer the JDK keeps for a thread's writes. */
    private static final int PIECE = 1 << 18;

    private final Path root;
    /** Where the site goes once it is complete. */
    private final Path target;
    /** The folders made so far: a folder made once is not asked for again (an existing one costs an exception). */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private final LongAdder files = new LongAdder();
    private final LongAdder bytes = new LongAdder();
    /** Held by every spooled write, and taken for good when the folder is let go: no write outlives a failed build's cleanup. */
    private final ReadWriteLock open = new ReentrantReadWriteLock();
    private boolean closed;

    StagedFiles(Path root, Path target) {
        this.root = root;
        this.target = target;
    }

    /** Where the file at {@code path} goes, its folder made; an {@link IOException} for a path that leaves the site. */
    Path place(String path) throws IOException {
        Path p = root.resolve(path).normalize();
        if (!p.startsWith(root)) throw new IOException("output path escapes the site: " + path);
        if (!folders.contains(p.getParent())) {
            Files.createDirectories(p.getParent());
            folders.add(p.getParent());
        }
        return p;
    }

    /** Counts a file of {@code size} bytes put in. */
    void counted(long size) {
        files.increment();
        bytes.add(size);
    }

    long files() {
        return files.sum();
    }

    long bytes() {
        return bytes.sum();
    }

    /**
     * Writes {@code file}'s bytes into place now and gives a file with its path whose bytes are read back from
     * there (the writer then passes it over). Left to the writer: a file whose bytes are not held (read from the
     * build cache when asked), and one it may link from the current site instead (named there by its content).
     */
    OutputFile spool(OutputFile file) {
        if (!file.holds() || file.origin() != null || OutputFile.immutable(file.path()) && Files.isRegularFile(target.resolve(file.path()))) return file;
        open.readLock().lock();
        try {
            if (closed) return file; // a failed build, its folder going: the file is not written (nor needed)
            byte[] content = file.bytes();
            Path p = place(file.path());
            write(p, content);
            counted(content.length);
            return OutputFile.placed(file.path(), p, target.resolve(root.relativize(p)), content.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            open.readLock().unlock();
        }
    }

    /** Refuses spooled writes from now on, once those under way are done: the folder is about to go. */
    void close() {
        open.writeLock().lock();
        try {
            closed = true;
        } finally {
            open.writeLock().unlock();
        }
    }

    /**
     * Writes {@code content} to the new file {@code p} in pieces of {@value #PIECE} bytes ({@link Files#write}
     * writes 8 KB at a time: 1,280 calls into the kernel for a 10 MB offline copy, rewritten by every build).
     */
    static void write(Path p, byte[] content) throws IOException {
        try (FileChannel out = FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            for (int at = 0; at < content.length; ) {
                ByteBuffer piece = ByteBuffer.wrap(content, at, Math.min(PIECE, content.length - at));
                while (piece.hasRemaining()) at += out.write(piece);
            }
        }
    }
}
