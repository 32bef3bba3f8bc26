package org.handbook.serve;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a request path to a file inside the site folder, refusing anything that would leave it:
 * the path is decoded once, must be clean of NULs, backslashes and dot segments, and the real
 * path of the file (symbolic links followed) must still lie inside the site.
 */
final class StaticFiles {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"),
            Map.entry("pdf", "application/pdf"), Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("md", "text/markdown; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("woff2", "font/woff2"), Map.entry("ico", "image/x-icon"));

    private StaticFiles() {
    }

    /** The file to serve for a raw request path (still percent-encoded), if it is inside the site. */
    static Optional<Path> resolve(Path site, String rawPath, String basePath) throws IOException {
        String decoded;
        try {
            decoded = URI.create("http://localhost" + rawPath).getPath();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (decoded == null || decoded.indexOf('\0') >= 0 || decoded.indexOf('\\') >= 0) return Optional.empty();
        if (!basePath.equals("/") && decoded.startsWith(basePath)) decoded = "/" + decoded.substring(basePath.length());
        for (String segment : decoded.split("/")) {
            if (segment.equals("..") || segment.equals(".")) return Optional.empty();
        }
        if (!Files.isDirectory(site)) return Optional.empty();
        Path root = site.toRealPath();
        Path p = root.resolve(decoded.substring(1)).normalize();
        if (!p.startsWith(root)) return Optional.empty();
        if (Files.isDirectory(p)) p = p.resolve("index.html");
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(p)) return Optional.empty();
        Path real = p.toRealPath();
        return real.startsWith(root) ? Optional.of(real) : Optional.empty();
    }

    static String contentType(Path p) {
        String name = p.getFileName().toString();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }
}
