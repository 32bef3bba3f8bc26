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
    @Option(names = "--content", paramLabel = "DIR",
            description = "Content folder (default: ./content, else the handbook's own content beside the handbook jar).")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "Templates folder (default: ./templates, else the templates beside the handbook jar).")
    Path templates;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).", defaultValue = "site")
    Path out;

    Pipeline.Options options(BuildMode mode, Registry types) {
        return DaemonSessions.warm(new Pipeline.Options(content(), templates(), out, mode, types));
    }

    /** The content to read: as given, or ./content, or the handbook's own beside the jar (run from another folder). */
    Path content() {
        return content(content);
    }

    /** The content to add a file to: as given, else ./content, never the installation's own. */
    Path contentToWrite() {
        return content != null ? content : Path.of("content");
    }

    Path templates() {
        return templates(templates);
    }

    static Path content(Path given) {
        return given != null ? given : localOrInstalled("content");
    }

    /** The templates to use: as given, or ./templates, or those of the installation the jar came from. */
    static Path templates(Path given) {
        return given != null ? given : localOrInstalled("templates");
    }

    /** ./NAME if it is a folder, else NAME beside the installation the jar came from, else ./NAME (which names the problem). */
    private static Path localOrInstalled(String name) {
        Path local = Path.of(name);
        if (Files.isDirectory(local)) return local;
        try {
            Path jar = Path.of(PathOptions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path installed = jar.getParent().getParent().resolve(name);
            if (Files.isDirectory(installed)) return installed;
        } catch (URISyntaxException | RuntimeException e) {
            // fall through to the local name, which gives a clear "does not exist" message
        }
        return local;
    }
}
