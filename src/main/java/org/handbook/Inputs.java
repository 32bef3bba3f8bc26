package org.handbook;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.handbook.cache.BuildCache;
import org.handbook.cache.BuildDay;
import org.handbook.cache.FastDigest;
import org.handbook.cache.InputFiles;
import org.handbook.cache.LastBuild;

/** What a build reads, scanned: every file with its hash, and one key for all of it; {@code at}: when (epoch milliseconds). */
record Inputs(String key, long at, String roots, InputFiles files) {
    private static final String SCAN = "input-files";

    /**
     * Every file under the content and templates folders by its hash, the mode, the folders,
     * the content types, where problems are named from, and what fixes the day (review dates lapse). The last successful build's scan
     * is read first, so only files whose size or time changed are read again.
     */
    static Inputs scan(Pipeline.Options o, BuildCache kept) {
        long at = System.currentTimeMillis();
        String rootsKey = rootsKey(o);
        InputFiles last = kept.state(o.out(), SCAN, rootsKey).map(InputFiles::decode).orElse(null);
        InputFiles files = last == null ? InputFiles.scan(roots(o)) : InputFiles.scan(roots(o), last);
        return new Inputs(key(o, rootsKey, files.digest()), at, rootsKey, files);
    }

    /**
     * The key and time of a scan now, for a build with nothing to do: its files' digest taken from
     * the last successful build's scan where their names, sizes and times are what it saw
     * ({@link InputFiles#digestSince}); empty if no build kept one.
     */
    static Optional<LastBuild.Scan> unchanged(Pipeline.Options o, BuildCache kept) {
        long at = System.currentTimeMillis();
        String rootsKey = rootsKey(o);
        return kept.state(o.out(), SCAN, rootsKey).map(last -> new LastBuild.Scan(key(o, rootsKey, InputFiles.digestSince(roots(o), last)), at));
    }

    private static List<Path> roots(Pipeline.Options o) {
        return List.of(o.content(), o.templates());
    }

    private static String rootsKey(Pipeline.Options o) {
        return roots(o).stream().map(p -> p.toAbsolutePath().normalize().toString()).toList().toString();
    }

    private static String key(Pipeline.Options o, String rootsKey, String digest) {
        return FastDigest.of(digest, o.mode().name(), rootsKey, Path.of("").toAbsolutePath().toString(), BuildDay.key(), o.types().signature());
    }

    /** The key and time a build's record is kept under. */
    LastBuild.Scan scan() {
        return new LastBuild.Scan(key, at);
    }

    /** Keeps the scan for the next build; only after a successful one, so a failed build adds nothing beside the site. */
    void keep(BuildCache kept, Path out) {
        kept.keepState(out, SCAN, roots, files.encode());
    }
}
