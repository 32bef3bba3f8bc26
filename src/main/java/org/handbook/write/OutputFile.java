package org.handbook.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * A file of the built site: its path under the output directory and its bytes. Most files hold
 * their bytes; a file kept in the build cache (a preview card) can instead read them from there
 * each time they are needed, so a large site's thousands of images are not all in memory at once,
 * and one the current site already holds as it is names that file, which the writer links into
 * the new site instead of writing the bytes again.
 */
public final class OutputFile {
    private final String path;
    private final byte[] bytes;
    private final Supplier<byte[]> source;
    private final Path origin;
    /** The length of {@code origin}, for a file whose bytes are not held. */
    private final long length;
    /** What the bytes of a file linked from {@code origin} are made from, in brief (null: not said). */
    private final String version;
    /** Whether the file is in the new site already, put there by the writer's {@link Spool} (then {@code origin} is that file). */
    private final boolean placed;

    public OutputFile(String path, byte[] bytes) {
        this(path, bytes, null, null, bytes.length, null, false);
    }

    private OutputFile(String path, byte[] bytes, Supplier<byte[]> source, Path origin, long length, String version, boolean placed) {
        this.path = path;
        this.bytes = bytes;
        this.source = source;
        this.origin = origin;
        this.length = length;
        this.version = version;
        this.placed = placed;
    }

    /** A file whose bytes {@code source} gives each time they are read (the same bytes every time). */
    public static OutputFile kept(String path, Supplier<byte[]> source) {
        return new OutputFile(path, null, source, null, -1, null, false);
    }

    /**
     * As {@link #kept(String, Supplier)}, for a file whose bytes the current site's file {@code origin},
     * {@code length} bytes long, holds already, so the writer links that file instead of writing the bytes;
     * {@code version} names what those bytes are made from (the hash of their content, or of all they are
     * made from), so that a reader who has seen them under it need not read them again.
     */
    public static OutputFile kept(String path, Supplier<byte[]> source, Path origin, long length, String version) {
        return new OutputFile(path, null, source, origin, length, version, false);
    }

    /**
     * A file whose bytes, held here, the current site's file {@code origin} holds already (read
     * back and checked): the writer links that file instead of writing the bytes again.
     */
    public static OutputFile same(String path, byte[] bytes, Path origin) {
        return new OutputFile(path, bytes, null, origin, bytes.length, null, false);
    }

    /**
     * A file the writer's {@link Spool} has put in the new site at {@code file}, {@code length} bytes, read back
     * when asked: from there, or from {@code swapped}, where it is once the new site is in place.
     */
    static OutputFile placed(String path, Path file, Path swapped, long length) {
        return new OutputFile(path, null, () -> read(java.nio.file.Files.exists(file) ? file : swapped), file, length, null, true);
    }

    private static byte[] read(Path file) {
        try {
            return java.nio.file.Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Whether the file holds its bytes in memory (not read from elsewhere when asked). */
    public boolean holds() {
        return bytes != null;
    }

    /** Whether the writer has put the file in the new site already (see {@link #placed(String, Path, Path, long)}). */
    public boolean placed() {
        return placed;
    }

    /** The current site's file holding this file's bytes, or null. */
    public Path origin() {
        return origin;
    }

    /**
     * For a file linked from the current site, what its bytes are made from as its maker put it when it
     * named them without reading them: the same path and version are the same bytes. Null: not said.
     */
    public String version() {
        return version;
    }

    /** How many bytes the file has, without reading them: known for a file that holds them or names its {@link #origin()}. */
    public long length() {
        return length >= 0 ? length : bytes().length;
    }

    public static OutputFile text(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public String path() {
        return path;
    }

    /** The file's bytes; for a kept file, read again on every call. */
    public byte[] bytes() {
        return bytes != null ? bytes : source.get();
    }

    /** Whether the file's name changes whenever its content does (hashed assets and search shards). */
    public static boolean immutable(String path) {
        return path.startsWith("assets/") || path.startsWith("search/v/") || path.startsWith("search/d/") || path.startsWith("search/n/") || path.startsWith("search/f/");
    }

    @Override
    public String toString() {
        return "OutputFile[" + path + "]";
    }
}
