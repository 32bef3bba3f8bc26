package org.handbook.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values a warm process keeps from one build to the next (the dev server's): a parsed text, a
 * loaded file, the term mentions of a text, each under the key of everything it is made from, so
 * a rebuild computes only what a change touched. Only what the last build used is kept: after
 * {@link #next()}, entries the build did not ask for are gone, so a long session does not grow.
 * {@link #none()} keeps nothing, for a build that runs once.
 */
public final class Memo<K, V> {
    private final boolean keeps;
    private volatile Map<K, V> last = new ConcurrentHashMap<>();
    private volatile Map<K, V> used = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger making = new java.util.concurrent.atomic.AtomicInteger();
    private volatile int made;

    private Memo(boolean keeps) {
        this.keeps = keeps;
    }

    /** A memo kept between builds. */
    public static <K, V> Memo<K, V> kept() {
        return new Memo<>(true);
    }

    /** A memo that keeps nothing. */
    public static <K, V> Memo<K, V> none() {
        return new Memo<>(false);
    }

    /** The value for {@code key}: the one kept, or {@code make}'s. Safe from several threads. */
    public V get(K key, Function<K, V> make) {
        if (!keeps) return make.apply(key);
        V v = used.get(key);
        if (v == null) v = last.get(key);
        if (v == null) {
            v = make.apply(key);
            making.incrementAndGet();
        }
        used.put(key, v);
        return v;
    }

    /**
     * The value the last build used, when it used one alone: for a memo of one value a build (a
     * site's search scores), which the next build makes from it, again only what an edit touched.
     */
    public java.util.Optional<V> lastOne() {
        Map<K, V> l = last;
        return keeps && l.size() == 1 ? java.util.Optional.of(l.values().iterator().next()) : java.util.Optional.empty();
    }

    /** Keeps for the next build what the last build used, as if this one used it too: for a build that skips the work that would. */
    public void carry() {
        if (keeps) last.forEach(used::putIfAbsent);
    }

    /** Ends a build: what it used is what the next one finds. */
    public void next() {
        if (!keeps) return;
        last = used;
        used = new ConcurrentHashMap<>();
        made = making.getAndSet(0);
    }

    /** Runs {@code action} on each value the next build will find kept. */
    public void forEachKept(java.util.function.Consumer<V> action) {
        last.values().forEach(action);
    }

    /** Whether the last build left any value kept (a warm process's first build finds none). */
    public boolean holdsAny() {
        return keeps && !last.isEmpty();
    }

    /** How many values the last build made rather than found kept (a template change must parse no text again). */
    public int madeLastBuild() {
        return made;
    }
}
