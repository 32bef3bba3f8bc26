package org.handbook.write;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;

/**
 * Writes a complete site into a temporary directory next to the output and swaps it in, so a
 * reader (or the dev server) never sees a half-written site and a failed build leaves the old
 * one exactly as it was. Files named by their content that the old site has are kept as they are.
 */
public final class SiteWriter implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private boolean committed;

    private SiteWriter(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /**
     * Starts a new site beside {@code out}, invisible until {@link #commit()}: a build writes its
     * pages while its PDFs are still being made.
     */
    public static SiteWriter begin(Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        return new SiteWriter(target, Files.createTempDirectory(parent, "." + target.getFileName() + ".new-"));
    }

    /** Writes {@code files} into the new site. */
    public void add(Collection<OutputFile> files) {
        files.parallelStream().forEach(f -> {
            try {
                Path p = staging.resolve(f.path()).normalize();
                if (!p.startsWith(staging)) throw new IOException("output path escapes the site: " + f.path());
                Files.createDirectories(p.getParent());
                if (!keep(target.resolve(f.path()), p, f)) Files.write(p, f.bytes());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Swaps the new site in for the old one. */
    public void commit() throws IOException {
        swap(staging, target);
        committed = true;
    }

    /** Deletes the new site unless it was committed: a failed build leaves the old site as it was. */
    @Override
    public void close() throws IOException {
        if (!committed) deleteTree(staging);
    }

    /**
     * A file whose name carries a hash of its content (assets, search shards) and that the current
     * site already has is the same file: it is linked into the new site, not written again, so
     * its date stays and a server's or browser's cache of it stays valid.
     */
    private static boolean keep(Path old, Path fresh, OutputFile file) {
        if (!OutputFile.immutable(file.path()) || !Files.isRegularFile(old)) return false;
        try {
            // numbered search files carry a short version in their names: compare before trusting it
            if (file.path().matches("search/[a-z]/\\d+-[0-9a-f]{4}\\.js") && !java.util.Arrays.equals(Files.readAllBytes(old), file.bytes())) return false;
            Files.createLink(fresh, old);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static void swap(Path staging, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + Long.toHexString(System.nanoTime()));
            move(target, old);
        }
        move(staging, target);
        if (old != null) deleteTree(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
