package org.handbook.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.handbook.cache.Generator;
import org.handbook.cache.Hashes;

/**
 * Hashes of what every page depends on alike: the generator's own code, the templates and assets,
 * and whether pages load the dev server's script. What one page reads of the content is recorded
 * as it renders ({@link PageTraces}).
 */
public final class Fingerprints {
    private Fingerprints() {
    }

    /** A fingerprint of some texts together with the generator's own build. */
    public static String of(Collection<String> parts) {
        MessageDigest d = Hashes.sha256();
        Hashes.update(d, "generator=" + Generator.version());
        parts.forEach(p -> Hashes.update(d, p));
        return HexFormat.of().formatHex(d.digest());
    }

    /** The fingerprint of what every page depends on: every file under the templates folder, the generator, the mode. */
    public static String siteWide(Path templates, boolean liveReload) {
        MessageDigest d = Hashes.sha256();
        try (Stream<Path> s = Files.walk(templates)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                Hashes.update(d, templates.relativize(p).toString().replace('\\', '/'));
                d.update(Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Hashes.update(d, "live=" + liveReload);
        Hashes.update(d, "generator=" + Generator.version());
        return HexFormat.of().formatHex(d.digest());
    }
}
