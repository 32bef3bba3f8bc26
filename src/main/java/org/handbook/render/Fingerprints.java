package org.handbook.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.handbook.cache.Generator;
import org.handbook.link.Library;
import org.handbook.model.Markdown;
import org.handbook.model.SourceMap;
import org.handbook.model.Term;
import org.handbook.types.ContentType;

/**
 * Content hashes that decide which pages must be rendered again. A page's fingerprint combines
 * the site-wide fingerprint (templates, assets, settings, every item's fields, every heading and
 * glossary definition: whatever one page may show of another) with the text only it shows.
 */
public final class Fingerprints {
    private Fingerprints() {
    }

    /** A fingerprint of some texts together with the generator's own build. */
    public static String of(Collection<String> parts) {
        MessageDigest d = sha256();
        update(d, "generator=" + Generator.version());
        parts.forEach(p -> update(d, p));
        return HexFormat.of().formatHex(d.digest());
    }

    /** The fingerprint of everything that any page may show, besides its own body. */
    public static String site(Path templates, Library lib, boolean liveReload) {
        MessageDigest d = sha256();
        try (Stream<Path> s = Files.walk(templates)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                update(d, templates.relativize(p).toString());
                d.update(Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        update(d, "live=" + liveReload);
        update(d, "generator=" + Generator.version());
        update(d, fields(lib.config()));
        for (ContentType<?> type : lib.types().all()) {
            // a term's definition shows in the tooltips of every page that mentions it
            lib.items(type).forEach(x -> update(d, fields(x) + (x instanceof Term t ? t.body().text() : "")));
        }
        lib.parsed().all().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> update(d, e.getKey() + e.getValue().headings()));
        return HexFormat.of().formatHex(d.digest());
    }

    /** A page's fingerprint: the site's plus what only this page shows. */
    public static String page(String site, String path, String own) {
        MessageDigest d = sha256();
        update(d, site);
        update(d, path);
        update(d, own);
        return HexFormat.of().formatHex(d.digest());
    }

    /** A record's components as text, leaving out source positions and Markdown (a page's own texts are in its part). */
    static String fields(Record r) {
        StringBuilder sb = new StringBuilder(r.getClass().getSimpleName()).append('{');
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            if (c.getType() == SourceMap.class || c.getType() == Markdown.class) continue;
            try {
                Object v = c.getAccessor().invoke(r);
                sb.append(c.getName()).append('=').append(v instanceof Record rec ? fields(rec) : text(v)).append(';');
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return sb.append('}').toString();
    }

    private static String text(Object v) {
        if (v instanceof List<?> list) {
            StringBuilder sb = new StringBuilder("[");
            for (Object o : list) sb.append(o instanceof Record r ? fields(r) : text(o)).append(',');
            return sb.append(']').toString();
        }
        if (v instanceof Map<?, ?> map) {
            StringBuilder sb = new StringBuilder("{");
            map.forEach((k, x) -> sb.append(k).append(':').append(x instanceof Record r ? fields(r) : text(x)).append(','));
            return sb.append('}').toString();
        }
        if (v instanceof Markdown m) return m.text();
        return String.valueOf(v);
    }

    private static void update(MessageDigest d, String s) {
        d.update(s.getBytes(StandardCharsets.UTF_8));
        d.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
