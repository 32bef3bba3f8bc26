package org.handbook.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The build cache: the folder {@value #FOLDER} beside the output folder, where a build keeps what
 * it made for the next one. Per output folder, what its last build read and gave ({@link #state});
 * made artifacts (PDFs, an EPUB, preview images) by the hash of their inputs: {@link #artifact} returns the kept bytes when an entry for the same kind, inputs
 * and generator is there and whole, and otherwise makes them and keeps them. A build that writes
 * nothing ({@code check}) reads the cache but does not add to it; {@link #none()} remembers nothing.
 */
public final class BuildCache {
    /** The cache folder's name, beside the output folder. */
    public static final String FOLDER = ".handbook-cache";
    /** Artifacts are dropped, least recently used first, while they take more than this. */
    static final long ARTIFACT_BYTES = 512L << 20;
    /**
     * The artifacts' size this process last counted under each cache folder, plus what it wrote
     * since: a later prune walks the folder again only when that passes the limit. What other
     * processes add is not in it (a fresh process counts for itself), so the cache may pass its
     * limit by as much until then.
     */
    private static final Map<Path, Long> COUNTED = new ConcurrentHashMap<>();

    private final Path dir;
    private final boolean writes;
    private final String generator;
    private final Map<String, AtomicInteger> made = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> reused = new ConcurrentHashMap<>();
    private final AtomicBoolean warned = new AtomicBoolean();
    /** Whether this build added an artifact: only then can the artifacts have grown past their limit. */
    private final AtomicBoolean added = new AtomicBoolean();
    /** The bytes of the artifacts this build wrote, not yet counted by a prune. */
    private final AtomicLong addedBytes = new AtomicLong();

    BuildCache(Path dir, boolean writes, String generator) {
        this.dir = dir;
        this.writes = writes && dir != null;
        this.generator = generator;
    }

    /**
     * The cache of the output folder {@code out}; {@code writes}: whether this build may add to it.
     * A build that writes first deletes the entries that killed builds left half-written.
     */
    public static BuildCache open(Path out, boolean writes) {
        Path dir = folder(out);
        if (writes) CacheFile.sweep(dir);
        // no artifacts yet (a first build): their size is what this build adds, known without walking them (a cold
        // 4,000-page build's prune walked its own 4,000 cards, 78 ms at the end of the build, with one core idle)
        if (writes && !Files.isDirectory(dir.resolve("artifacts"))) COUNTED.put(dir, 0L);
        return new BuildCache(dir, writes, Generator.version());
    }

    /** A cache that keeps nothing: every artifact is made. */
    public static BuildCache none() {
        return new BuildCache(null, false, Generator.version());
    }

    /** The cache folder of an output folder: beside it, shared by the output folders of one parent. */
    public static Path folder(Path out) {
        return out.toAbsolutePath().normalize().resolveSibling(FOLDER);
    }

    /**
     * The bytes of an artifact of {@code kind} ("pdf", "epub", ...) made from inputs whose hash is
     * {@code inputHash}: kept ones when they are there and whole, else {@code make}'s, then kept.
     * The hash must cover every input the bytes depend on (the generator's version is added here).
     */
    public byte[] artifact(String kind, String inputHash, Supplier<byte[]> make) {
        return kept(kind, inputHash).orElseGet(() -> {
            byte[] bytes = make.get();
            count(made, kind);
            if (writes) addArtifact(artifactFile(kind, key(kind, inputHash)), key(kind, inputHash), bytes);
            return bytes;
        });
    }

    /**
     * As {@link #artifact}, for an artifact the build does not need in memory (a preview card): it
     * is made now only if it is not kept, and the bytes are read back from the cache whenever they
     * are needed (made again, the same, should the entry have gone meanwhile). A cache that keeps
     * nothing hands out the bytes it made.
     */
    public Supplier<byte[]> artifactSource(String kind, String inputHash, Supplier<byte[]> make) {
        if (!writes) {
            byte[] bytes = artifact(kind, inputHash, make);
            return () -> bytes;
        }
        String key = key(kind, inputHash);
        Path file = artifactFile(kind, key);
        if (Files.isRegularFile(file)) {
            count(reused, kind);
            touch(file);
        } else {
            count(made, kind);
            addArtifact(file, key, make.get());
        }
        return () -> CacheFile.read(file, generator, key).orElseGet(make);
    }

    /** The kept bytes of an artifact, if they are there and whole; makes nothing. */
    public Optional<byte[]> kept(String kind, String inputHash) {
        if (dir == null) return Optional.empty();
        String key = key(kind, inputHash);
        Path file = artifactFile(kind, key);
        Optional<byte[]> kept = CacheFile.read(file, generator, key);
        kept.ifPresent(b -> {
            count(reused, kind);
            touch(file);
        });
        return kept;
    }

    private String key(String kind, String inputHash) {
        return Hashes.of(generator, kind, inputHash);
    }

    private Path artifactFile(String kind, String key) {
        return dir.resolve("artifacts").resolve(kind).resolve(key.substring(0, 2)).resolve(key.substring(2));
    }

    /**
     * What the last build into the output folder {@code out} kept under {@code name} for the next
     * (which pages read what, say), if it was kept under the same {@code key} (the site-wide inputs
     * it is valid for) by this generator, and is whole.
     */
    public Optional<byte[]> state(Path out, String name, String key) {
        if (dir == null) return Optional.empty();
        return CacheFile.read(stateFile(out, name), generator, stateKey(out, name, key));
    }

    /** Whether anything is kept under {@code name} for {@code out}, current or not: a cheap look before work that needs it. */
    public boolean hasState(Path out, String name) {
        return dir != null && Files.isRegularFile(stateFile(out, name));
    }

    /** Keeps {@code bytes} under {@code name} for the next build into {@code out}; only a build that writes keeps anything. */
    public void keepState(Path out, String name, String key, byte[] bytes) {
        keepState(out, name, key, List.of(java.nio.ByteBuffer.wrap(bytes)));
    }

    /** As the other, the bytes given as pieces one after another (a large state is not joined into one array to be kept). */
    public void keepState(Path out, String name, String key, List<java.nio.ByteBuffer> pieces) {
        if (!writes) return;
        try {
            CacheFile.write(dir, stateFile(out, name), generator, stateKey(out, name, key), pieces);
        } catch (UncheckedIOException e) {
            warn(e);
        }
    }

    /** Removes what {@link #keepState} kept under {@code name} for {@code out}. */
    public void dropState(Path out, String name) {
        if (!writes) return;
        try {
            Files.deleteIfExists(stateFile(out, name));
        } catch (IOException e) {
            // unreadable as a record anyway once the folder changes: its identity is in it
        }
    }

    private Path stateFile(Path out, String name) {
        return dir.resolve("outputs").resolve(out.toAbsolutePath().normalize().getFileName().toString()).resolve(name);
    }

    private static String stateKey(Path out, String name, String key) {
        return FastDigest.of(out.toAbsolutePath().normalize().toString(), name, key);
    }

    /** How many artifacts of each kind this build made, and how many it took from the cache. */
    public record Stats(Map<String, Integer> made, Map<String, Integer> reused) {
    }

    public Stats stats() {
        return new Stats(counts(made), counts(reused));
    }

    /** Counts what a build took from state it keeps by itself (a text's facts): made anew, or taken from the cache. */
    public void counted(String kind, boolean fromCache) {
        count(fromCache ? reused : made, kind);
    }

    /**
     * Drops the least recently used artifacts while they take more than {@link #ARTIFACT_BYTES}:
     * a session of edits makes a new book PDF on every save. Called after a successful build; does
     * nothing after one that added no artifact (the last prune left them within the limit), so a
     * rebuild after a small edit does not look at every kept card.
     */
    public void prune() {
        prune(ARTIFACT_BYTES);
    }

    void prune(long limit) {
        if (!writes || !added.get()) return;
        // a warm process (the build daemon) counts the artifacts once, then adds what it writes: a one-page
        // rebuild of 4,000 pages walked 12,000 files to find the cache under its limit
        Long counted = COUNTED.get(dir);
        if (counted != null && counted + addedBytes.get() <= limit) {
            COUNTED.put(dir, counted + addedBytes.getAndSet(0));
            return;
        }
        Path artifacts = dir.resolve("artifacts");
        if (!Files.isDirectory(artifacts)) return;
        record Entry(Path file, long size, FileTime used) {
        }
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> s = Files.walk(artifacts)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                try {
                    entries.add(new Entry(f, Files.size(f), Files.getLastModifiedTime(f)));
                } catch (IOException e) {
                    // gone meanwhile: another build pruned it
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return;
        }
        long total = entries.stream().mapToLong(Entry::size).sum();
        entries.sort(Comparator.comparing(Entry::used));
        for (Entry e : entries) {
            if (total <= limit) break;
            try {
                Files.deleteIfExists(e.file());
                total -= e.size();
            } catch (IOException ex) {
                // in use elsewhere; the next build tries again
            }
        }
        addedBytes.set(0);
        COUNTED.put(dir, total);
    }

    private void addArtifact(Path file, String key, byte[] bytes) {
        added.set(true);
        write(file, key, bytes);
        try {
            addedBytes.addAndGet(Files.size(file));
        } catch (IOException e) {
            addedBytes.addAndGet(bytes.length);
        }
    }

    private void write(Path file, String key, byte[] bytes) {
        try {
            CacheFile.write(dir, file, generator, key, bytes);
        } catch (UncheckedIOException e) {
            warn(e);
        }
    }

    /** The cache only saves time: a build goes on without it, and says so once. */
    private void warn(UncheckedIOException e) {
        if (warned.compareAndSet(false, true)) System.err.println("handbook: " + e.getMessage() + ": " + e.getCause() + "; going on without it");
    }

    /** Marks an entry as used now, so pruning keeps it longest. */
    private void touch(Path file) {
        if (!writes) return;
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        } catch (IOException e) {
            // pruned meanwhile: it is still in memory for this build
        }
    }

    private static void count(Map<String, AtomicInteger> counts, String kind) {
        counts.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
    }

    private static Map<String, Integer> counts(Map<String, AtomicInteger> counts) {
        Map<String, Integer> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, v.get()));
        return Map.copyOf(out);
    }
}
