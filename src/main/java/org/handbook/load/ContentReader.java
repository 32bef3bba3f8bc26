package org.handbook.load;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.handbook.problem.Position;
import org.handbook.problem.Problems;
import org.handbook.problem.Rule;

/**
 * Reads one content file's text for the loader: only from inside the content folder (links
 * followed), only as UTF-8, with its placeholders reported; a file the build's scan found unchanged
 * comes from {@link KnownTexts} in a warm process. Every problem goes where the loader's go.
 */
final class ContentReader {
    private final Path root;
    private final String display;
    private final Problems problems;
    private final KnownTexts known;
    /** The content folder with its links followed, found once: every file read is checked to be inside it. */
    private volatile Path realRoot;
    /**
     * Each folder read from, with its links followed: resolved once a folder, not once a file (each
     * resolution reads every step of the path: five readlink calls a content file, 20,000 in a 4,000-page build).
     */
    private final Map<Path, Path> realFolders = new ConcurrentHashMap<>();

    ContentReader(Path root, String display, Problems problems, KnownTexts known) {
        this.root = root;
        this.display = display;
        this.problems = problems;
        this.known = known;
    }

    /** The text of {@code file}, named {@code path} in problems; empty when it cannot be read (the problem reported). */
    Optional<TextFile> read(Path file, String path) {
        Optional<TextFile> text = known.read(file, path, () -> fromDisk(file, path));
        text.ifPresent(t -> Placeholders.report(t, problems));
        return text;
    }

    private Optional<TextFile> fromDisk(Path file, String path) {
        try {
            if (!inside(file)) {
                problems.error(Rule.FILE_LINK, Position.file(path), "file links to " + file.toRealPath() + ", outside the content folder",
                        "copy the file into " + display + " instead of linking to it: a build reads nothing outside its content");
                return Optional.empty();
            }
            return TextFile.decode(path, Files.readAllBytes(file), problems);
        } catch (IOException e) {
            problems.error(Rule.UNREADABLE, Position.file(path), "cannot read file: " + reason(e), "check that the file exists and that you may read it");
            return Optional.empty();
        }
    }

    /**
     * Whether a file, with every symbolic link on its way followed, is inside the content folder: a file
     * that is no link is where its folder is, and a link is followed to its end.
     */
    private boolean inside(Path file) throws IOException {
        Path real = realRoot;
        if (real == null) realRoot = real = root.toRealPath();
        Path folder = file.toAbsolutePath().getParent();
        boolean link = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isSymbolicLink();
        if (link || folder == null) return file.toRealPath().startsWith(real);
        return realFolder(folder).startsWith(real);
    }

    private Path realFolder(Path folder) throws IOException {
        Path known = realFolders.get(folder);
        if (known != null) return known;
        Path real = folder.toRealPath();
        realFolders.put(folder, real);
        return real;
    }

    /** An I/O error in words: the path alone (what NoSuchFileException and friends carry) says too little. */
    static String reason(IOException e) {
        String kind = e.getClass().getSimpleName().replaceAll("Exception$", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                : e.getClass() == IOException.class ? String.valueOf(e.getMessage()) : kind;
    }
}
