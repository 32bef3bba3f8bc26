package org.handbook.load;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.handbook.cache.BuildCache;
import org.handbook.cache.Hashes;

/**
 * What each content file loaded to in the last successful build into the same output folder (its
 * item, problems and unbound body), by the hash of its type, path, id and text, so a build reads
 * the front matter, checks it against its schema and binds it only for files that changed. The
 * build cache holds it under the generator's version with a checksum; an entry that does not read
 * back whole is loaded again like a new file, and a test holds a build from it byte-identical to a
 * clean one.
 */
public final class LoadCache {
    static final String STATE = "loaded-files";
    static final String KEY = "loaded-files/1";

    /** What the build calls a loaded file in its counts ({@link BuildCache#counted}). */
    public static final String KIND = "file";

    private final BuildCache cache;
    private final byte[] bytes;
    private final Map<String, int[]> kept;
    private final Map<String, byte[]> used = new ConcurrentHashMap<>();
    private final AtomicInteger loaded = new AtomicInteger();

    private LoadCache(BuildCache cache, byte[] bytes, Map<String, int[]> kept) {
        this.cache = cache;
        this.bytes = bytes;
        this.kept = kept;
    }

    /** Nothing kept and nothing to keep: every file is loaded (a library read for a command, a dev server's later builds). */
    public static LoadCache none() {
        return new LoadCache(null, new byte[0], Map.of());
    }

    /** What the last build into {@code out} kept, or nothing if there is none or it is not whole. */
    public static LoadCache open(BuildCache cache, Path out) {
        return cache.state(out, STATE, KEY).map(b -> {
            try {
                return new LoadCache(cache, b, index(b));
            } catch (IOException e) {
                return null;
            }
        }).orElseGet(() -> new LoadCache(cache, new byte[0], Map.of()));
    }

    /** The file's load: the kept one when its key is known and it reads back whole, else {@code load}'s. */
    ContentLoader.FileLoad get(ContentLoader.FileKey key, Function<ContentLoader.FileKey, ContentLoader.FileLoad> load) {
        if (cache == null) return load.apply(key);
        String hash = hash(key);
        int[] where = kept.get(hash);
        if (where != null) {
            try {
                ContentLoader.FileLoad done = LoadCodec.decode(bytes, where[0], where[1], key.text());
                used.put(hash, java.util.Arrays.copyOfRange(bytes, where[0], where[0] + where[1]));
                cache.counted(KIND, true);
                return done;
            } catch (IOException e) {
                // not whole after all: loaded below, like a file never seen
            }
        }
        loaded.incrementAndGet();
        cache.counted(KIND, false);
        ContentLoader.FileLoad done = load.apply(key);
        try {
            used.put(hash, LoadCodec.encode(done, key.text()));
        } catch (IOException e) {
            // holds something the codec does not keep: loaded again next time
        }
        return done;
    }

    private static String hash(ContentLoader.FileKey key) {
        return Hashes.fastLines(key.type(), key.path(), key.id(), key.text());
    }

    /** Keeps the loads of this build's files for the next, unless they are the ones already kept. */
    public void keep(Path out) {
        if (cache == null || loaded.get() == 0 && used.size() == kept.size()) return;
        ByteArrayOutputStream buf = new ByteArrayOutputStream(bytes.length + 4096);
        try (DataOutputStream o = new DataOutputStream(buf)) {
            Map<String, byte[]> sorted = new TreeMap<>(used);
            o.writeInt(sorted.size());
            for (Map.Entry<String, byte[]> e : sorted.entrySet()) {
                o.writeUTF(e.getKey());
                o.writeInt(e.getValue().length);
                o.write(e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cache.keepState(out, STATE, KEY, buf.toByteArray());
    }

    /** Where each entry is: its offset and length, by its key. */
    static Map<String, int[]> index(byte[] b) throws IOException {
        Map<String, int[]> out = new java.util.HashMap<>();
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(b))) {
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String key = in.readUTF();
                int length = in.readInt();
                int at = b.length - in.available();
                if (length < 0 || length > in.available()) throw new IOException("entry past the end");
                out.put(key, new int[] {at, length});
                in.skipNBytes(length);
            }
            if (in.available() != 0) throw new IOException("bytes after the last entry");
        }
        return out;
    }
}
