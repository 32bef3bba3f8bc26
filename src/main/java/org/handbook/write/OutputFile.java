package org.handbook.write;

import java.nio.charset.StandardCharsets;

/** A file of the built site: its path under the output directory and its bytes. */
public record OutputFile(String path, byte[] bytes) {

    public static OutputFile text(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the file's name changes whenever its content does (hashed assets and search shards). */
    public static boolean immutable(String path) {
        return path.startsWith("assets/") || path.startsWith("search/v/") || path.startsWith("search/d/") || path.startsWith("search/n/") || path.startsWith("search/f/");
    }
}
