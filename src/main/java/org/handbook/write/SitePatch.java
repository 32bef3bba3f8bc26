package org.handbook.write;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32C;

/**
 * The dev server's writer: brings a site it wrote before up to date in place, writing only the
 * files whose bytes changed, each under a temporary name moved over the old one, and removing the
 * files a part of the build no longer makes. A reader sees each file old or new, never half
 * written; the site as a whole is not swapped at once as {@link SiteWriter} swaps it, which a save
 * in the editor need not wait for. Files are known by part ("pages", "slow"), so a part that runs
 * later removes only its own leftovers.
 */
public final class SitePatch {
    private final Path site;
    private final Map<String, Long> signatures = new HashMap<>();
    private final Map<String, Set<String>> parts = new HashMap<>();

    /** A patch of {@code site}, which holds {@code files} as a build just wrote them, each part's given by {@code part}. */
    public SitePatch(Path site, Collection<OutputFile> files, java.util.function.Function<String, String> part) {
        this.site = site.toAbsolutePath().normalize();
        for (OutputFile f : files) {
            signatures.put(f.path(), signature(f.bytes()));
            parts.computeIfAbsent(part.apply(f.path()), k -> new HashSet<>()).add(f.path());
        }
    }

    /**
     * Makes {@code part} of the site {@code files}: writes those that changed, removes those the part
     * had and no longer has. Returns how many files it wrote or removed.
     */
    public synchronized int apply(String part, Collection<OutputFile> files) throws IOException {
        int changed = 0;
        Set<String> now = new HashSet<>();
        for (OutputFile f : files) {
            now.add(f.path());
            // read once: a file kept in the build cache reads its bytes on every call
            byte[] bytes = f.bytes();
            long sig = signature(bytes);
            Long old = signatures.get(f.path());
            if (old != null && old == sig && Files.isRegularFile(site.resolve(f.path()))) continue;
            write(f.path(), bytes);
            signatures.put(f.path(), sig);
            changed++;
        }
        for (String gone : parts.getOrDefault(part, Set.of())) {
            if (now.contains(gone)) continue;
            Files.deleteIfExists(site.resolve(gone));
            signatures.remove(gone);
            changed++;
        }
        parts.put(part, now);
        return changed;
    }

    private void write(String path, byte[] bytes) throws IOException {
        Path target = site.resolve(path).normalize();
        if (!target.startsWith(site)) throw new IOException("output path escapes the site: " + path);
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), ".patch-", ".tmp");
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Length and CRC-32C: enough to tell a page from its last version. */
    private static long signature(byte[] bytes) {
        CRC32C c = new CRC32C();
        c.update(bytes);
        return (long) bytes.length << 32 ^ c.getValue();
    }
}
