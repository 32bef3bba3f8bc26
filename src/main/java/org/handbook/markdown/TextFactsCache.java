package org.handbook.markdown;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.handbook.cache.BuildCache;
import org.handbook.cache.Hashes;
import org.handbook.model.Markdown;

/**
 * Every text's {@link TextFacts} from the last successful build into the same output folder, by
 * the text's hash, so a build parses only the texts that changed. The build cache holds them under
 * the generator's version with a checksum; facts that do not read back whole are not used (every
 * text is parsed), and a test holds a build from the cache byte-identical to a clean one.
 */
public final class TextFactsCache {
    private static final String STATE = "text-facts";
    private static final String KEY = "text-facts/4";

    /** What the build calls a text's facts in its counts ({@link BuildCache#counted}). */
    public static final String KIND = "text";

    private final BuildCache cache;
    private final byte[] bytes;
    private final Map<String, int[]> kept;
    private final Map<String, FactsCodec.Entry> used = new ConcurrentHashMap<>();
    /** Where the kept entries this build read back are: kept again as they were, not encoded anew. */
    private final Map<String, int[]> reused = new ConcurrentHashMap<>();
    private final AtomicInteger parsed = new AtomicInteger();

    private TextFactsCache(BuildCache cache, byte[] bytes, Map<String, int[]> kept) {
        this.cache = cache;
        this.bytes = bytes;
        this.kept = kept;
    }

    /** No kept facts: every text is parsed (a build that runs once, a library read for a command). */
    public static TextFactsCache none() {
        return new TextFactsCache(BuildCache.none(), new byte[0], Map.of());
    }

    /** The facts the last build into {@code out} kept, or none if there are none or they are not whole. */
    public static TextFactsCache open(BuildCache cache, Path out) {
        return cache.state(out, STATE, KEY).map(bytes -> {
            try {
                return new TextFactsCache(cache, bytes, FactsCodec.index(bytes));
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }).orElseGet(() -> new TextFactsCache(cache, new byte[0], Map.of()));
    }

    /** The text read: its facts from the cache when its hash is known and they read back whole, else parsed now. */
    public ParsedMarkdown read(Markdown md) {
        String hash = Hashes.fast(md.text());
        int[] where = kept.get(hash);
        if (where != null) {
            try {
                TextFacts facts = FactsCodec.decode(bytes, where, md.text());
                reused.put(hash, where);
                cache.counted(KIND, true);
                return new ParsedMarkdown(md, facts, null, hash);
            } catch (IOException | RuntimeException e) {
                // not whole after all: parsed below, like a text never seen
            }
        }
        parsed.incrementAndGet();
        cache.counted(KIND, false);
        // the hash goes with the parse: a page's fingerprint reads it, and need not hash the text again
        MarkdownParser.Read r = MarkdownParser.read(md);
        used.put(hash, new FactsCodec.Entry(md.text(), r.facts()));
        return new ParsedMarkdown(md, r.facts(), r.tree(), hash);
    }

    /** Keeps the facts of this build's texts for the next, unless they are the ones already kept. */
    public void keep(Path out) {
        if (parsed.get() == 0 && reused.size() == kept.size()) return;
        Map<String, int[]> again = new java.util.HashMap<>();
        reused.forEach((hash, where) -> {
            if (!used.containsKey(hash)) again.put(hash, where);
        });
        cache.keepState(out, STATE, KEY, FactsCodec.pieces(used, bytes, again));
    }
}
