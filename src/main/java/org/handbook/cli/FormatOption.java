package org.handbook.cli;

import picocli.CommandLine.Option;

/** How a command that reports problems prints them; shared by {@code build} and {@code check}. */
final class FormatOption {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "How to print problems: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ProblemFormat format;
}
