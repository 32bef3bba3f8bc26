package org.handbook;

import java.nio.file.Path;
import java.util.List;
import org.handbook.cache.BuildCache;
import org.handbook.cache.Hashes;
import org.handbook.cache.InputFiles;

/** What a build reads, scanned: every file with its hash, and one key for all of it. */
record Inputs(String key, String roots, InputFiles files) {
    private static final String SCAN = "input-files";

    /**
     * Every file under the content and templates folders by its hash, the mode, the folders,
     * the content types, where problems are named from, and today's date (review dates lapse). The last successful build's scan
     * is read first, so only files whose size or time changed are read again.
     */
    static Inputs scan(Pipeline.Options o, BuildCache kept) {
        List<Path> roots = List.of(o.content(), o.templates());
        String rootsKey = roots.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList().toString();
        InputFiles last = kept.state(o.out(), SCAN, rootsKey).map(InputFiles::decode).orElse(null);
        InputFiles files = last == null ? InputFiles.scan(roots) : InputFiles.scan(roots, last);
        return new Inputs(Hashes.of(files.digest(), o.mode().name(), rootsKey, Path.of("").toAbsolutePath().toString(), Pipeline.today().toString(),
                o.types().signature()), rootsKey, files);
    }

    /** Keeps the scan for the next build; only after a successful one, so a failed build adds nothing beside the site. */
    void keep(BuildCache kept, Path out) {
        kept.keepState(out, SCAN, roots, files.encode());
    }
}
