package org.handbook.cli;

import java.nio.file.Path;
import org.handbook.Pipeline;
import picocli.CommandLine.Option;

/** The folders every command shares. */
final class PathOptions {
    @Option(names = "--content", paramLabel = "DIR", description = "Content folder (default: ${DEFAULT-VALUE}).", defaultValue = "content")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", description = "Templates folder (default: ${DEFAULT-VALUE}).", defaultValue = "templates")
    Path templates;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).", defaultValue = "site")
    Path out;

    Pipeline.Options options(boolean liveReload) {
        return new Pipeline.Options(content, templates, out, liveReload);
    }
}
