package org.handbook.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The generator's own version, as a hash of its code: a new jar may draw the same content
 * differently, so whatever the cache keeps is keyed on it. From a jar, the hash of its central
 * directory, which holds every entry's name, sizes and CRC-32 (so the 28 MB are not read); from a classes
 * folder (tests, an IDE), the hash of every file in it, plus the names and sizes of the other
 * entries of the class path. Never a constant: if the code cannot be found, nothing can be cached.
 */
public final class Generator {
    private static final String VERSION = compute();

    private Generator() {
    }

    /** The generator's version: a {@link FastDigest}. */
    public static String version() {
        return VERSION;
    }

    /**
     * A jar's central directory: every entry's name, sizes and CRC-32, at the end of the file, so
     * the whole jar need not be read to know its contents.
     */
    private static byte[] centralDirectory(Path jar) throws IOException {
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(jar.toFile(), "r")) {
            int tail = (int) Math.min(f.length(), 65_557);
            byte[] end = new byte[tail];
            f.seek(f.length() - tail);
            f.readFully(end);
            for (int i = tail - 22; i >= 0; i--) {
                if (end[i] == 0x50 && end[i + 1] == 0x4b && end[i + 2] == 0x05 && end[i + 3] == 0x06) {
                    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(end).order(java.nio.ByteOrder.LITTLE_ENDIAN);
                    long size = b.getInt(i + 12) & 0xffffffffL;
                    long offset = b.getInt(i + 16) & 0xffffffffL;
                    byte[] cd = new byte[(int) size];
                    f.seek(offset);
                    f.readFully(cd);
                    return cd;
                }
            }
        }
        throw new IOException("not a jar: " + jar);
    }

    private static String compute() {
        try {
            Path code = Path.of(Generator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            FastDigest d = new FastDigest();
            add(d, code);
            // a classes folder runs with its libraries beside it: their names carry their versions
            for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
                if (entry.isEmpty()) continue;
                Path p = Path.of(entry).toAbsolutePath().normalize();
                if (p.equals(code.toAbsolutePath().normalize()) || !Files.isRegularFile(p)) continue;
                d.add(p.getFileName() + ":" + Files.size(p));
            }
            return d.hex();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // a constant here would let a new generator reuse the old one's pages and PDFs
            throw new IllegalStateException("cannot tell which build of the generator is running, so nothing it made "
                    + "before can be trusted: " + e, e);
        }
    }

    private static void add(FastDigest d, Path code) throws IOException {
        if (Files.isRegularFile(code)) {
            // a fast hash: SHA-256 of its 1.5 MB costs a rebuild with nothing to do tens of milliseconds at the JVM's start
            d.add("jar:" + Hashes.fast(centralDirectory(code)));
            return;
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(code)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            d.add(code.relativize(f).toString().replace('\\', '/'));
            try {
                d.add(Files.readAllBytes(f));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        d.add("files:" + files.size());
    }
}
