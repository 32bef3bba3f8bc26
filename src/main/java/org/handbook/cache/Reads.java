package org.handbook.cache;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The inputs a piece of work reads, noted as it reads them: the library notes a key ("text:KEY",
 * "item:TYPE:ID", "config", ...) on every read, and whatever runs inside {@link #record} on this
 * thread is charged with it, nested work included. A page's fingerprint is then the hashes of what
 * its render read, not a list of fields someone has to keep up to date.
 */
public final class Reads {
    private static final ThreadLocal<Reads> CURRENT = new ThreadLocal<>();

    private final TreeSet<String> keys = new TreeSet<>();

    /** Notes that the work running on this thread read {@code key}; nothing when no work is being recorded. */
    public static void note(String key) {
        Reads r = CURRENT.get();
        if (r != null) r.keys.add(key);
    }

    /** Notes several keys at once: what a value computed elsewhere read, now read again through it. */
    public static void noteAll(Collection<String> keys) {
        Reads r = CURRENT.get();
        if (r != null) r.keys.addAll(keys);
    }

    /**
     * Runs {@code work} without charging its reads: for a value the library keys by its own read
     * (a reading time, keyed by the number, not by the text it is counted from).
     */
    public static <T> T unrecorded(Supplier<T> work) {
        Reads outer = CURRENT.get();
        if (outer == null) return work.get();
        CURRENT.remove();
        try {
            return work.get();
        } finally {
            CURRENT.set(outer);
        }
    }

    /** What {@code work} returns, and every key it read, outer recordings charged too. */
    public static <T> Recorded<T> record(Supplier<T> work) {
        Reads outer = CURRENT.get();
        Reads mine = new Reads();
        CURRENT.set(mine);
        T value;
        try {
            value = work.get();
        } finally {
            if (outer == null) CURRENT.remove();
            else {
                CURRENT.set(outer);
                outer.keys.addAll(mine.keys);
            }
        }
        return new Recorded<>(value, Collections.unmodifiableSortedSet(mine.keys));
    }

    /** A value with the keys its making read, sorted. */
    public record Recorded<T>(T value, Set<String> keys) {
    }
}
