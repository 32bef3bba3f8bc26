package org.handbook.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The generator's own version, as a hash of its code: a new jar may draw the same content
 * differently, so whatever the cache keeps is keyed on it. From a jar, the hash of every entry's
 * name, size and CRC-32 (the jar's own directory, so the 28 MB are not read again); from a classes
 * folder (tests, an IDE), the hash of every file in it, plus the names and sizes of the other
 * entries of the class path. Never a constant: if the code cannot be found, nothing can be cached.
 */
public final class Generator {
    private static final String VERSION = compute();

    private Generator() {
    }

    /** The generator's version: 64 hex digits. */
    public static String version() {
        return VERSION;
    }

    private static String compute() {
        try {
            Path code = Path.of(Generator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            MessageDigest d = Hashes.sha256();
            add(d, code);
            // a classes folder runs with its libraries beside it: their names carry their versions
            for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
                if (entry.isEmpty()) continue;
                Path p = Path.of(entry).toAbsolutePath().normalize();
                if (p.equals(code.toAbsolutePath().normalize()) || !Files.isRegularFile(p)) continue;
                Hashes.update(d, p.getFileName() + ":" + Files.size(p));
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // a constant here would let a new generator reuse the old one's pages and PDFs
            throw new IllegalStateException("cannot tell which build of the generator is running, so nothing it made "
                    + "before can be trusted: " + e, e);
        }
    }

    private static void add(MessageDigest d, Path code) throws IOException {
        if (Files.isRegularFile(code)) {
            try (ZipFile jar = new ZipFile(code.toFile())) {
                for (Enumeration<? extends ZipEntry> e = jar.entries(); e.hasMoreElements(); ) {
                    ZipEntry z = e.nextElement();
                    Hashes.update(d, z.getName() + ":" + z.getSize() + ":" + Long.toHexString(z.getCrc()));
                }
            }
            return;
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(code)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            Hashes.update(d, code.relativize(f).toString().replace('\\', '/'));
            try {
                d.update(Files.readAllBytes(f));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        Hashes.update(d, "files:" + files.size());
    }
}
