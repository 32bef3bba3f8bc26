package org.handbook.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * Every file a build reads, each with a hash of its bytes: what decides whether anything changed
 * since the last build. A file's hash is its length, CRC-32C and CRC-32 (computed by the
 * processor); the build's digest is the {@link FastDigest} of every file's name and hash, in order. As git
 * does with its index, a file whose size and modification time are those of the last scan keeps
 * the hash that scan read, unless it was modified so close to that scan that a later write could
 * share its time: then it is read again.
 */
public final class InputFiles {
    /** A file as one scan saw it. */
    record Entry(long size, long modified, String hash) {
    }

    /** Files modified less than this before a scan are read again by the next one, whatever their time says. */
    private static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(2);

    /** By name: a scan's in order; the last scan's, which the next one only looks names up in, as it was read. */
    private final Map<String, Entry> files;
    private final long scanned;
    /** The names, sizes and times the scan saw, in its order ({@link Walk#stamps}). */
    private final String stamps;
    private String digest;

    private InputFiles(Map<String, Entry> files, long scanned, String stamps) {
        this.files = files;
        this.scanned = scanned;
        this.stamps = stamps;
    }

    /** The files under each root (a missing root has none), named "ROOT-INDEX/relative/path". */
    public static InputFiles scan(List<Path> roots) {
        return scan(roots, new InputFiles(Map.of(), 0, ""));
    }

    /** As {@link #scan(List)}, taking the hash of each file unchanged since {@code last} from it. */
    public static InputFiles scan(List<Path> roots, InputFiles last) {
        long now = System.currentTimeMillis() * 1_000_000L;
        return scan(Walk.of(roots), last, now);
    }

    private static InputFiles scan(Walk walk, InputFiles last, long now) {
        Entry[] entries = new Entry[walk.paths.size()];
        IntStream.range(0, entries.length).parallel().forEach(i -> entries[i] = entry(walk.paths.get(i), walk.attrs.get(i),
                last.files.get(walk.names.get(i)), last.scanned));
        Map<String, Entry> out = new TreeMap<>();
        for (int i = 0; i < entries.length; i++) out.put(walk.names.get(i), entries[i]);
        return new InputFiles(out, now, walk.stamps());
    }

    /**
     * The {@link #digest} of the files under {@code roots} now, given the scan {@code last}
     * encoded: if they are the files it saw (the same names, sizes and times in the same order,
     * none modified so close to that scan that a later write could share its time), the digest it
     * kept, without reading a file or the last scan's list; else a {@link #scan(List, InputFiles)}'s,
     * from the same walk.
     */
    public static String digestSince(List<Path> roots, byte[] last) {
        long now = System.currentTimeMillis() * 1_000_000L;
        Walk walk = Walk.of(roots);
        return kept(walk, last).orElseGet(() -> scan(walk, decode(last), now).digest());
    }

    /** The digest {@code last} kept, if {@code walk} finds the files it saw and none is racy. */
    private static Optional<String> kept(Walk walk, byte[] last) {
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(last))) {
            long scanned = in.readLong();
            String stamps = in.readUTF();
            String digest = in.readUTF();
            for (BasicFileAttributes a : walk.attrs) {
                if (a == null || a.lastModifiedTime().to(TimeUnit.NANOSECONDS) >= scanned - RACY_NANOS) return Optional.empty();
            }
            return walk.stamps().equals(stamps) ? Optional.of(digest) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Every regular file under the roots in the order the file system lists them, each with its name and attributes (null if unreadable). */
    private record Walk(List<Path> paths, List<String> names, List<BasicFileAttributes> attrs) {
        static Walk of(List<Path> roots) {
            Walk w = new Walk(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (int r = 0; r < roots.size(); r++) {
                Path root = roots.get(r);
                if (Files.isDirectory(root)) w.add(root, r + "/");
            }
            return w;
        }

        private void add(Path root, String prefix) {
            // a file's name cut from its path's text: relativize() made new paths, costly before the JIT
            String rootText = root.toString();
            int cut = rootText.endsWith(root.getFileSystem().getSeparator()) ? rootText.length() : rootText.length() + 1;
            try {
                Files.walkFileTree(root, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                        if (a.isRegularFile()) {
                            paths.add(file);
                            names.add(prefix + file.toString().substring(cut).replace('\\', '/'));
                            attrs.add(a);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        // the build itself reports an unreadable file; here it only reads as changed
                        paths.add(null);
                        names.add(prefix + root.relativize(file) + "?unreadable");
                        attrs.add(null);
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Each file's name, size and time, in the walk's order: what a scan with nothing changed finds again. */
        String stamps() {
            FastDigest d = new FastDigest();
            for (int i = 0; i < names.size(); i++) {
                BasicFileAttributes a = attrs.get(i);
                d.add(names.get(i)).add(a == null ? "?" : a.size() + " " + a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
            }
            return d.hex();
        }
    }

    private static Entry entry(Path f, BasicFileAttributes a, Entry last, long lastScan) {
        if (f == null) return new Entry(-1, 0, "unreadable");
        long modified = a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        if (last != null && last.size() == a.size() && last.modified() == modified && modified < lastScan - RACY_NANOS) return last;
        try {
            byte[] bytes = Files.readAllBytes(f);
            return new Entry(a.size(), modified, Hashes.fast(bytes));
        } catch (IOException e) {
            return new Entry(-1, 0, "unreadable");
        }
    }

    /** One hash of every file's name and bytes, in the order of their names. */
    public synchronized String digest() {
        if (digest == null) {
            FastDigest d = new FastDigest();
            (files instanceof java.util.SortedMap ? files : new TreeMap<>(files)).forEach((path, e) -> d.add(path).add(e.hash()));
            digest = d.hex();
        }
        return digest;
    }

    /** The hash of the file {@code name} ("ROOT-INDEX/relative/path") as this scan read it; null if it read none. */
    public String hash(String name) {
        Entry e = files.get(name);
        return e == null || e.size() < 0 ? null : e.hash();
    }

    /** Each file's hash by name. */
    public Map<String, String> hashes() {
        Map<String, String> out = new TreeMap<>();
        files.forEach((k, e) -> out.put(k, e.hash()));
        return out;
    }

    /** The scan as bytes, for the next one. */
    public byte[] encode() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buf)) {
            out.writeLong(scanned);
            out.writeUTF(stamps);
            out.writeUTF(digest());
            out.writeInt(files.size());
            for (Map.Entry<String, Entry> e : files.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeLong(e.getValue().size());
                out.writeLong(e.getValue().modified());
                out.writeUTF(e.getValue().hash());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buf.toByteArray();
    }

    /** A scan kept by {@link #encode}; none if the bytes are not one. */
    public static InputFiles decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes))) {
            long scanned = in.readLong();
            String stamps = in.readUTF();
            in.readUTF();
            int n = in.readInt();
            Map<String, Entry> files = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) files.put(in.readUTF(), new Entry(in.readLong(), in.readLong(), in.readUTF()));
            // the next scan looks names up in it: neither sorted nor summed unless asked (a rebuild with nothing to do waits for it)
            return new InputFiles(files, scanned, stamps);
        } catch (IOException | RuntimeException e) {
            return new InputFiles(Map.of(), 0, "");
        }
    }
}
