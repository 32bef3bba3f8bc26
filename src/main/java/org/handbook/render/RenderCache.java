package org.handbook.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.handbook.write.OutputFile;

/**
 * Fingerprints of whole outputs of the last successful build (the search index, the offline
 * copy), kept beside the output folder: an output whose fingerprint is unchanged takes its files
 * from the current site. Pages have finer traces of their own ({@link PageTraces}).
 */
public final class RenderCache {
    private final Path site;
    private final Path manifest;
    private final Map<String, String> previous;
    private final Map<String, String> current = new ConcurrentHashMap<>();

    private RenderCache(Path site, Path manifest, Map<String, String> previous) {
        this.site = site;
        this.manifest = manifest;
        this.previous = previous;
    }

    /** The cache of the site in {@code out}; empty when there is no previous build to reuse. */
    public static RenderCache open(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        Path manifest = abs.resolveSibling("." + abs.getFileName() + ".render-cache");
        Map<String, String> previous = new TreeMap<>();
        try {
            if (Files.isRegularFile(manifest) && Files.isDirectory(abs)) {
                for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                    int sp = line.indexOf(' ');
                    if (sp > 0) previous.put(line.substring(sp + 1), line.substring(0, sp));
                }
            }
        } catch (IOException e) {
            previous.clear();
        }
        return new RenderCache(abs, manifest, previous);
    }

    /** A cache that remembers nothing, for builds that write nowhere. */
    public static RenderCache none() {
        return new RenderCache(null, null, Map.of());
    }

    /** The previous bytes of a page if its fingerprint is unchanged; records the fingerprint either way. */
    public Optional<byte[]> reuse(String path, String fingerprint) {
        if (manifest != null) current.put(path, fingerprint);
        if (!fingerprint.equals(previous.get(path))) return Optional.empty();
        return read(path);
    }

    /** A file of the current site and its length, to link into the new site without reading it. */
    public record SiteFile(Path file, long length) {
    }

    /**
     * The current site's file at {@code path} if its fingerprint is unchanged, to be linked into
     * the new site without reading it; records the fingerprint either way.
     */
    public Optional<SiteFile> reuseFile(String path, String fingerprint) {
        if (manifest == null) return Optional.empty();
        current.put(path, fingerprint);
        if (!fingerprint.equals(previous.get(path))) return Optional.empty();
        Path f = site.resolve(path);
        try {
            var attributes = Files.readAttributes(f, java.nio.file.attribute.BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile() ? Optional.of(new SiteFile(f, attributes.size())) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** What the last build recorded under {@code key} with {@link #record} (a made file's checksum, say), if anything. */
    public Optional<String> recorded(String key) {
        return Optional.ofNullable(previous.get(key));
    }

    /** Records {@code value} under {@code key} for the next build, with this build's fingerprints. */
    public void record(String key, String value) {
        if (manifest != null) current.put(key, value);
    }

    /**
     * The current site's file at {@code path}, to link into the new site, if it is there with
     * {@code length} bytes; records nothing (the caller knows by a {@link #recorded} key that the
     * last build made it so).
     */
    public Optional<Path> siteFile(String path, long length) {
        if (manifest == null) return Optional.empty();
        try {
            Path f = site.resolve(path);
            var attributes = Files.readAttributes(f, java.nio.file.attribute.BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile() && attributes.size() == length ? Optional.of(f) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Records again, for the next build, what the last build recorded under keys starting with {@code prefix}. */
    public void carry(String prefix) {
        if (manifest == null) return;
        previous.forEach((key, value) -> {
            if (key.startsWith(prefix)) current.putIfAbsent(key, value);
        });
    }

    /** The file at {@code path} in the current site, if there is one; records nothing (an output that reuses parts of it checks them). */
    public Optional<byte[]> inSite(String path) {
        return manifest == null ? Optional.empty() : read(path);
    }

    private Optional<byte[]> read(String path) {
        try {
            Path f = site.resolve(path);
            return Files.isRegularFile(f) ? Optional.of(Files.readAllBytes(f)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The previous bytes of a file whatever its fingerprint, keeping the previous fingerprint (if
     * any) on record so the next full build sees it is out of date. For the dev server, which carries a
     * stale PDF over rather than make the writer wait for it.
     */
    public Optional<byte[]> stale(String path) {
        if (manifest == null) return Optional.empty();
        try {
            Path f = site.resolve(path);
            if (!Files.isRegularFile(f)) return Optional.empty();
            byte[] bytes = Files.readAllBytes(f);
            String old = previous.get(path);
            if (old != null) current.put(path, old);
            return Optional.of(bytes);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The files under {@code folder} of the current site that {@code include} accepts, when the fingerprint recorded under
     * {@code key} is unchanged: a whole output made at once (the search index) reused as it is.
     * Records the fingerprint either way.
     */
    public Optional<List<OutputFile>> reuseFolder(String folder, String key, String fingerprint,
                                                  Predicate<String> include) {
        if (manifest == null) return Optional.empty();
        current.put(key, fingerprint);
        Path dir = site.resolve(folder);
        if (!fingerprint.equals(previous.get(key)) || !Files.isDirectory(dir)) return Optional.empty();
        try (var files = Files.walk(dir)) {
            List<OutputFile> out = new ArrayList<>();
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String path = site.relativize(f).toString().replace('\\', '/');
                if (include.test(path)) out.add(new OutputFile(path, Files.readAllBytes(f)));
            }
            return Optional.of(out);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Forgets the last build's fingerprints; called just before the new site goes in. A build
     * killed between the swap and {@link #save()} would otherwise leave the new site beside the old
     * site's fingerprints, and a later build of the old content would reuse the new site's pages.
     */
    public void forget() throws IOException {
        if (manifest != null) Files.deleteIfExists(manifest);
    }

    /** Saves this build's fingerprints; called after the new site is in place. */
    public void save() throws IOException {
        if (manifest == null) return;
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(current).forEach((path, fp) -> sb.append(fp).append(' ').append(path).append('\n'));
        Path tmp = manifest.resolveSibling(manifest.getFileName() + ".tmp");
        Files.writeString(tmp, sb.toString(), StandardCharsets.UTF_8);
        Files.move(tmp, manifest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
