package org.handbook.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The memos a warm process (the dev server, the build daemon) keeps for the outputs between builds,
 * each by a name its output chooses: an output takes {@code context.keeps().memo("search-records")}
 * and keys each value by everything it is made from, so a rebuild makes again only what an edit
 * touched. {@link #none()} (a build that runs once) gives memos that keep nothing. Every memo moves
 * to the next build at once ({@link #next()}), so what no build used is dropped.
 */
public final class Keeps {
    private final boolean keeps;
    private final Map<String, Memo<?, ?>> memos = new ConcurrentHashMap<>();

    private Keeps(boolean keeps) {
        this.keeps = keeps;
    }

    /** Memos that keep nothing. */
    public static Keeps none() {
        return new Keeps(false);
    }

    /** Memos kept between builds. */
    public static Keeps kept() {
        return new Keeps(true);
    }

    /** Whether these memos keep anything (a warm process's): what only a next build would use can be let go when not. */
    public boolean keeping() {
        return keeps;
    }

    /** The memo called {@code name}; an output uses one name for one kind of key and value. */
    @SuppressWarnings("unchecked")
    public <K, V> Memo<K, V> memo(String name) {
        if (!keeps) return Memo.none();
        return (Memo<K, V>) memos.computeIfAbsent(name, n -> Memo.kept());
    }

    /** Ends a build for every memo: what it used is what the next one finds. */
    public void next() {
        memos.values().forEach(Memo::next);
    }
}
