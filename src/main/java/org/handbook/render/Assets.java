package org.handbook.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.handbook.write.OutputFile;

/**
 * The static files under templates/assets, copied with a content hash in their names so a
 * browser may cache them forever and a change is never hidden by a stale copy.
 */
public final class Assets {
    private final Map<String, String> names = new HashMap<>();
    private final List<OutputFile> files = new ArrayList<>();

    public Assets(Path templates) throws IOException {
        Path dir = templates.resolve("assets");
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                byte[] bytes = Files.readAllBytes(p);
                String hashed = hashedName(rel, bytes);
                names.put(rel, "assets/" + hashed);
                files.add(new OutputFile("assets/" + hashed, bytes));
            }
        }
    }

    static String hashedName(String rel, byte[] bytes) {
        int dot = rel.lastIndexOf('.');
        String hash = hash(bytes).substring(0, 10);
        return dot < 0 ? rel + "." + hash : rel.substring(0, dot) + "." + hash + rel.substring(dot);
    }

    public static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The site path of an asset, e.g. "assets/site.1a2b3c4d5e.css" for "site.css". */
    public String path(String name) {
        String p = names.get(name);
        if (p == null) throw new IllegalArgumentException("no asset templates/assets/" + name);
        return p;
    }

    public List<OutputFile> files() {
        return files;
    }
}
