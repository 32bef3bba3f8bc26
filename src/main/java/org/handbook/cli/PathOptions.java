package org.handbook.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.handbook.Pipeline;
import org.handbook.output.BuildMode;
import org.handbook.types.Registry;
import picocli.CommandLine.Option;

/** The folders every command shares. */
final class PathOptions {
    @Option(names = "--content", paramLabel = "DIR", description = "Content folder (default: ${DEFAULT-VALUE}).", defaultValue = "content")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "Templates folder (default: ./templates, else the templates beside the handbook jar).")
    Path templates;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).", defaultValue = "site")
    Path out;

    Pipeline.Options options(BuildMode mode, Registry types) {
        return new Pipeline.Options(content, templates(), out, mode, types);
    }

    Path templates() {
        return templates(templates);
    }

    /** The templates to use: as given, or ./templates, or those of the installation the jar came from. */
    static Path templates(Path given) {
        if (given != null) return given;
        Path local = Path.of("templates");
        if (Files.isDirectory(local)) return local;
        try {
            Path jar = Path.of(PathOptions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path installed = jar.getParent().getParent().resolve("templates");
            if (Files.isDirectory(installed)) return installed;
        } catch (URISyntaxException | RuntimeException e) {
            // fall through to the local name, which gives a clear "does not exist" message
        }
        return local;
    }
}
