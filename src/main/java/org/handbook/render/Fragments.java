package org.handbook.render;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.handbook.cache.Reads;

/**
 * The HTML of each Markdown text as one page showed it, kept by the dev server between builds with
 * what rendering it read: a page that must be drawn again (the one-page book after one chapter
 * changed, the glossary after one term did) renders again only the texts whose inputs changed. A
 * kept fragment is used only when every key it read hashes as it did; using it charges the page
 * with those keys, so the page's own trace stays whole. A page taken unchanged from the last build
 * keeps its fragments for the build that next draws it (the appendix after saves elsewhere).
 */
public final class Fragments {
    /** A text's HTML and the hash of each key rendering it read. */
    private record Traced(String html, Map<String, String> reads) {
    }

    /** Each page's fragments, by text and id prefix: those the last build kept, and this build's. */
    private volatile Map<String, Map<String, Traced>> last = new ConcurrentHashMap<>();
    private volatile Map<String, Map<String, Traced>> used = new ConcurrentHashMap<>();
    private volatile String siteWide = "";

    /**
     * Starts a build under the templates and generator that {@code siteWide} fingerprints: a text's
     * HTML holds embeds drawn by the templates, which no read records, so a change there drops
     * every kept fragment.
     */
    public Fragments under(String siteWide) {
        if (!siteWide.equals(this.siteWide)) {
            last = new ConcurrentHashMap<>();
            used = new ConcurrentHashMap<>();
            this.siteWide = siteWide;
        }
        return this;
    }

    /** The HTML of {@code textKey} on {@code page}: the kept one if its inputs are unchanged, else {@code render}'s. */
    String html(String textKey, String page, String idPrefix, Function<String, String> hash, Supplier<String> render) {
        String key = textKey + "\u0000" + idPrefix;
        Map<String, Traced> mine = used.computeIfAbsent(page, p -> new ConcurrentHashMap<>());
        Traced kept = mine.get(key);
        if (kept == null) kept = last.getOrDefault(page, Map.of()).get(key);
        if (kept != null && unchanged(kept, hash)) {
            Reads.noteAll(kept.reads().keySet());
            mine.put(key, kept);
            return kept.html();
        }
        Reads.Recorded<String> made = Reads.record(render);
        Map<String, String> reads = new TreeMap<>();
        made.keys().forEach(k -> reads.put(k, hash.apply(k)));
        mine.put(key, new Traced(made.value(), reads));
        return made.value();
    }

    private static boolean unchanged(Traced t, Function<String, String> hash) {
        for (Map.Entry<String, String> r : t.reads().entrySet()) {
            if (!r.getValue().equals(hash.apply(r.getKey()))) return false;
        }
        return true;
    }

    /** Page {@code page} was taken unchanged from the last build: its fragments are kept as they were. */
    void unchanged(String page) {
        Map<String, Traced> kept = last.get(page);
        // a slow output (the e-book) may have drawn some of the page's texts already
        if (kept != null) kept.forEach(used.computeIfAbsent(page, p -> new ConcurrentHashMap<>())::putIfAbsent);
    }

    /** Ends a build: fragments of pages it neither drew nor took unchanged are dropped. */
    public void next() {
        last = used;
        used = new ConcurrentHashMap<>();
    }
}
