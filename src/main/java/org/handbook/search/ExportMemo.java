package org.handbook.search;

import java.nio.file.Path;
import java.util.Optional;
import org.handbook.cache.Generator;
import org.handbook.render.RenderCache;

/**
 * What the last build's export made of what, so an unchanged file is linked from the current site
 * and not encoded, laid out and hashed again: for each file named by its content, the hash of
 * what it was made from (its stems' postings, its words, the data files it points to: see
 * {@link VocabularyFiles}) with the hash of its bytes and its length. Kept with the last build's
 * fingerprints ({@link RenderCache}), which are dropped before a new site goes in and saved after,
 * so what is recorded is what the current site holds; a file is taken only if the site still has
 * it at that length, else it is made. Keys carry the generator's version.
 */
final class ExportMemo {
    private static final String PREFIX = "search-file:";
    /** What else it keeps: a number by key (how many bytes some records take as results show them). */
    private static final String SIZE = "search-size:";

    private final RenderCache last;

    private ExportMemo(RenderCache last) {
        this.last = last;
    }

    /** The memo of the last build in {@code last}'s site, recording this build's for the next. */
    static ExportMemo of(RenderCache last) {
        return new ExportMemo(last);
    }

    /** A memo that knows nothing and keeps nothing: every file is made. */
    static ExportMemo none() {
        return new ExportMemo(RenderCache.none());
    }

    /** A key for what a file is made from, started with the generator's version. */
    static ShardHash.Mix key(String kind) {
        return new ShardHash.Mix().add(Generator.version()).add(kind);
    }

    /** A file the last build made: the 64-bit hash of its content ({@link ShardHash#of}) and its length on disk. */
    record Made(long hash, long length) {
    }

    /** What the last build made from {@code key}, if it recorded it. */
    Optional<Made> made(String key) {
        return last.recorded(PREFIX + key).flatMap(ExportMemo::parse);
    }

    private static Optional<Made> parse(String value) {
        int colon = value.indexOf(':');
        try {
            return colon < 0 ? Optional.empty()
                    : Optional.of(new Made(Long.parseUnsignedLong(value.substring(0, colon), 16), Long.parseLong(value.substring(colon + 1))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The current site's file at {@code path} if it is there with {@code made}'s length. */
    Optional<Path> inSite(String path, Made made) {
        return last.siteFile(path, made.length());
    }

    /** Records, for the next build, what this build made from {@code key}. */
    void record(String key, Made made) {
        last.record(PREFIX + key, Long.toHexString(made.hash()) + ":" + made.length());
    }

    /** A number the last build recorded under {@code key}, if any. */
    java.util.OptionalLong size(String key) {
        try {
            return last.recorded(SIZE + key).map(v -> java.util.OptionalLong.of(Long.parseLong(v))).orElse(java.util.OptionalLong.empty());
        } catch (NumberFormatException e) {
            return java.util.OptionalLong.empty();
        }
    }

    /** Records a number for the next build under {@code key}. */
    void size(String key, long value) {
        last.record(SIZE + key, Long.toString(value));
    }

    /** Records again what the last build recorded: its whole export was taken as it was. */
    void carry() {
        last.carry(PREFIX);
        last.carry(SIZE);
    }
}
