package org.handbook.render;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.zip.CRC32C;
import org.handbook.cache.BuildCache;
import org.handbook.write.OutputFile;

/**
 * What each page of the last build of an output folder read, kept in the build cache: for every
 * page, the keys its making and its render noted with the hash each had, and the length and
 * CRC-32C of the page it gave. A page may be taken from the current site only when the site-wide
 * inputs (generator, templates, mode) are the same, every key it read still hashes the same, and
 * the file in the site is still the one it gave. A warm process (the dev server) starts each build
 * from the last one's traces and the bytes of its pages, held in memory ({@link #following}): an
 * unchanged page is then neither read back from the site nor checked, and the traces are not read
 * from the cache.
 */
public final class PageTraces {
    /** One page's reads and what it gave. */
    record Trace(Map<String, String> reads, int length, int crc) {
    }

    private final Path site;
    private final BuildCache cache;
    private final String siteWide;
    private final Map<String, Trace> previous;
    /** The bytes the previous traces' pages gave, where known in memory: the same as the site's, or better. */
    private final Map<String, byte[]> previousBytes;
    private final Map<String, Trace> current = new ConcurrentHashMap<>();
    private final Map<String, byte[]> given = new ConcurrentHashMap<>();
    /** Whether {@code given} is kept: a build that runs once has no next build in its process to give the bytes to. */
    private final boolean holds;

    /**
     * When the last build's site went in (epoch ms), for a build that writes the whole site again:
     * a page file no younger than that is still the one it gave, and is linked; else its known bytes
     * are written. {@code Long.MIN_VALUE}: the dev server's writer, which puts back what it finds missing.
     */
    private final long siteSince;

    private PageTraces(Path site, BuildCache cache, String siteWide, Map<String, Trace> previous, Map<String, byte[]> previousBytes,
                       long siteSince, boolean holds) {
        this.site = site;
        this.cache = cache;
        this.siteWide = siteWide;
        this.previous = previous;
        this.previousBytes = previousBytes;
        this.siteSince = siteSince;
        this.holds = holds;
    }

    /**
     * The traces of the last build into {@code site}, when it had the same site-wide inputs; else none.
     * {@code holds}: whether the pages' bytes are kept for a build that follows in this process.
     */
    public static PageTraces open(Path site, BuildCache cache, String siteWide, boolean holds) {
        Map<String, Trace> previous = Map.of();
        if (site != null && Files.isDirectory(site)) {
            previous = cache.state(site, "pages", siteWide).map(PageTraces::decode).orElse(Map.of());
        }
        return new PageTraces(site, cache, siteWide, previous, Map.of(), Long.MIN_VALUE, holds);
    }

    /**
     * The traces of a build that follows {@code last} in the same process into the same site: last's
     * traces with the bytes of its pages, when it had the same site-wide inputs; else {@link #open}'s.
     * A page whose reads hash as they did is given the bytes they gave, as a build that read the site
     * back would (the site is not read: the dev server's writer puts back what it finds missing).
     */
    public static PageTraces following(PageTraces last, Path site, BuildCache cache, String siteWide) {
        if (last == null || last.site == null || !last.site.equals(site) || !last.siteWide.equals(siteWide)) return open(site, cache, siteWide, true);
        return new PageTraces(site, cache, siteWide, last.current, last.given, Long.MIN_VALUE, true);
    }

    /**
     * As {@link #following}, for a build that writes a whole new site (the build daemon's) after the
     * one that put its site in at {@code since} (epoch ms, taken before the swap): an unchanged page
     * is given its bytes from memory, and the site's file is linked when it is older than that and as
     * long (a file changed since by hand is written anew), so the site is not read back.
     */
    public static PageTraces after(PageTraces last, long since, Path site, BuildCache cache, String siteWide) {
        PageTraces t = following(last, site, cache, siteWide);
        return t.previousBytes.isEmpty() ? t : new PageTraces(site, cache, siteWide, t.previous, t.previousBytes, since, true);
    }

    /** Traces that remember nothing (a build that writes nowhere, a test). */
    public static PageTraces none() {
        return new PageTraces(null, BuildCache.none(), "", Map.of(), Map.of(), Long.MIN_VALUE, false);
    }

    /**
     * The last build's page, if every key it read hashes as it did ({@code hash} gives the current
     * hash of a key) and the site still holds what it gave (then the site's file, which the writer
     * links). Recorded for the next build.
     */
    Optional<OutputFile> reuse(String path, Function<String, String> hash) {
        Trace t = previous.get(path);
        if (t == null || site == null) return Optional.empty();
        for (Map.Entry<String, String> read : t.reads().entrySet()) {
            if (!read.getValue().equals(hash.apply(read.getKey()))) return Optional.empty();
        }
        byte[] known = previousBytes.get(path);
        if (known != null) return Optional.of(siteSince == Long.MIN_VALUE ? new OutputFile(path, keep(path, t, known)) : unchanged(path, t, known));
        try {
            Path f = site.resolve(path);
            if (!Files.isRegularFile(f)) return Optional.empty();
            byte[] bytes = Files.readAllBytes(f);
            if (bytes.length != t.length() || crc(bytes) != t.crc()) return Optional.empty();
            // the site's file is the page: linked into the new site, not written again
            return Optional.of(OutputFile.same(path, keep(path, t, bytes), f));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A page given {@code bytes} by the last build: the site's file when it was not touched since, else the bytes to write. */
    private OutputFile unchanged(String path, Trace t, byte[] bytes) {
        Path f = site.resolve(path);
        try {
            BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            // two seconds short of it: a file system that keeps times in whole seconds rounds a later change down
            if (a.isRegularFile() && a.size() == bytes.length && a.lastModifiedTime().toMillis() < siteSince - 2000) {
                return OutputFile.same(path, keep(path, t, bytes), f);
            }
        } catch (IOException e) {
            // gone: written from the bytes below
        }
        return new OutputFile(path, keep(path, t, bytes));
    }

    private byte[] keep(String path, Trace t, byte[] bytes) {
        current.put(path, t);
        if (holds) given.put(path, bytes);
        return bytes;
    }

    /**
     * Records a page drawn on every build, never taken from the site (a print page, cut from the
     * one-page book the PDF needs anyway), and says whether it is made again: whether its bytes
     * differ from the last build's copy, or that copy is gone from the site.
     */
    boolean drawn(String path, byte[] bytes) {
        Trace t = previous.get(path);
        current.put(path, new Trace(Map.of(), bytes.length, crc(bytes)));
        return t == null || site == null || t.length() != bytes.length || t.crc() != crc(bytes) || !Files.isRegularFile(site.resolve(path));
    }

    /** Records a page just rendered: the keys it read with their hashes, and its bytes. */
    void rendered(String path, Set<String> keys, Function<String, String> hash, byte[] bytes) {
        Map<String, String> reads = new TreeMap<>();
        for (String k : keys) reads.put(k, hash.apply(k));
        keep(path, new Trace(reads, bytes.length, crc(bytes)), bytes);
    }

    /** Keeps this build's traces for the next; called once the new site is in place. */
    public void save() {
        if (site != null) cache.keepState(site, "pages", siteWide, encode(current));
    }

    static int crc(byte[] bytes) {
        CRC32C c = new CRC32C();
        c.update(bytes);
        return (int) c.getValue();
    }

    /** A table of the keys and their hashes, then each page with the numbers of the keys it read. */
    private static byte[] encode(Map<String, Trace> traces) {
        // a read is numbered by itself, its key and hash (a map entry equals any entry of the same two):
        // no string is joined to look each one up
        Map<Map.Entry<String, String>, Integer> numbers = new HashMap<>();
        List<Map.Entry<String, String>> table = new ArrayList<>();
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buf)) {
            Map<String, Trace> sorted = new TreeMap<>(traces);
            for (Trace t : sorted.values()) {
                for (Map.Entry<String, String> r : t.reads().entrySet()) {
                    if (numbers.putIfAbsent(r, table.size()) == null) table.add(r);
                }
            }
            out.writeInt(table.size());
            for (Map.Entry<String, String> r : table) {
                out.writeUTF(r.getKey());
                out.writeUTF(r.getValue());
            }
            out.writeInt(sorted.size());
            for (Map.Entry<String, Trace> e : sorted.entrySet()) {
                Trace t = e.getValue();
                out.writeUTF(e.getKey());
                out.writeInt(t.length());
                out.writeInt(t.crc());
                out.writeInt(t.reads().size());
                for (Map.Entry<String, String> r : t.reads().entrySet()) out.writeInt(numbers.get(r));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buf.toByteArray();
    }

    private static Map<String, Trace> decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes))) {
            int n = in.readInt();
            String[] keys = new String[n];
            String[] hashes = new String[n];
            for (int i = 0; i < n; i++) {
                keys[i] = in.readUTF();
                hashes[i] = in.readUTF();
            }
            int pages = in.readInt();
            Map<String, Trace> out = new HashMap<>(pages * 2);
            for (int p = 0; p < pages; p++) {
                String path = in.readUTF();
                int length = in.readInt();
                int crc = in.readInt();
                int count = in.readInt();
                Map<String, String> reads = new HashMap<>(count * 2);
                for (int i = 0; i < count; i++) {
                    int k = in.readInt();
                    reads.put(keys[k], hashes[k]);
                }
                out.put(path, new Trace(reads, length, crc));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            // checked by the cache file's checksum first: this is a format from another build of the code
            return Map.of();
        }
    }
}
