package org.handbook.load;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.handbook.cache.InputFiles;
import org.handbook.cache.Memo;

/**
 * The texts of content files a warm process read before, by what the build's scan says each file
 * holds now ({@link InputFiles}: its size and time unchanged since the scan that hashed it, else
 * hashed again), so a rebuild reads and decodes only the files that changed: a one-page rebuild of
 * 1,000 pages read and decoded all 1,000. A file the scan did not see as a plain file (a link, one
 * it could not read) is read as always.
 */
public final class KnownTexts {
    private static final KnownTexts NONE = new KnownTexts(Memo.none(), null, null);

    private final Memo<String, TextFile> memo;
    private final Path root;
    private final InputFiles scan;

    private KnownTexts(Memo<String, TextFile> memo, Path root, InputFiles scan) {
        this.memo = memo;
        this.root = root;
        this.scan = scan;
    }

    /** Every file read from disk (a build that runs once, a check that scans nothing). */
    public static KnownTexts none() {
        return NONE;
    }

    /** Texts kept in {@code memo}, for the files under {@code root}, the scan's first root, as {@code scan} saw them. */
    public static KnownTexts of(Memo<String, TextFile> memo, Path root, InputFiles scan) {
        return new KnownTexts(memo, root, scan);
    }

    /** The text of {@code file}, shown as {@code path}: the one kept if the scan sees the same bytes, else {@code reading}'s. */
    Optional<TextFile> read(Path file, String path, Supplier<Optional<TextFile>> reading) {
        String hash = scan == null ? null : scan.hash("0/" + root.relativize(file).toString().replace('\\', '/'));
        if (hash == null) return reading.get();
        try {
            return Optional.of(memo.get(path + '\n' + hash, k -> reading.get().orElseThrow(Unread::new)));
        } catch (Unread e) {
            // not kept: read again next time, its problems reported again
            return Optional.empty();
        }
    }

    /** A file that did not read (its problem reported): nothing to keep. */
    private static final class Unread extends RuntimeException {
        Unread() {
            super(null, null, false, false);
        }
    }
}
