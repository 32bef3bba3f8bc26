package org.handbook.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.handbook.Pipeline;
import org.handbook.output.BuildMode;
import org.handbook.types.Registry;

/**
 * {@code handbook build} when nothing it reads changed since the last build into the same folder,
 * answered before picocli is set up: reading the commands' annotations costs a rebuild with nothing
 * to do about a third of its time. Only the plainest command lines are read here ({@code build} and
 * the folder options, each once); anything else, or a build with work to do, goes to the full
 * command line, which gives the same answer more slowly.
 */
final class UnchangedBuild {
    private UnchangedBuild() {
    }

    /** The exit code of {@code args} if they ask for a build with nothing to do; empty if the full command line must run. */
    static OptionalInt answer(String[] args, PrintStream out, PrintStream err) {
        Optional<Pipeline.Options> options = options(args);
        if (options.isEmpty()) return OptionalInt.empty();
        try {
            Optional<Pipeline.Result> r = Pipeline.ifUnchanged(options.get());
            if (r.isEmpty()) return OptionalInt.empty();
            return OptionalInt.of(BuildCommand.report(r.get(), BuildMode.BUILD, ProblemFormat.TEXT, "Built", options.get().out(), out, err));
        } catch (IOException | RuntimeException | Error e) {
            // the full command line runs the same steps and reports whatever went wrong as it does, without a stack trace
            return OptionalInt.empty();
        }
    }

    /** The build {@code args} ask for, if they are {@code build} and at most one each of --content, --out, --templates. */
    static Optional<Pipeline.Options> options(String[] args) {
        if (args.length == 0 || !args[0].equals("build")) return Optional.empty();
        String[] values = new String[3];
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            int eq = a.indexOf('=');
            int which = option(eq < 0 ? a : a.substring(0, eq));
            if (which < 0 || values[which] != null) return Optional.empty();
            String value = eq >= 0 ? a.substring(eq + 1) : ++i < args.length ? args[i] : null;
            // picocli reads a value like an option as one, and an argument "@file" as the arguments in that file
            if (value == null || value.isEmpty() || value.startsWith("-") || args[i].startsWith("@")) return Optional.empty();
            values[which] = value;
        }
        try {
            Path content = PathOptions.content(values[0] == null ? null : Path.of(values[0]));
            Path out = Path.of(values[1] == null ? "site" : values[1]);
            Path templates = PathOptions.templates(values[2] == null ? null : Path.of(values[2]));
            return Optional.of(new Pipeline.Options(content, templates, out, BuildMode.BUILD, Registry.standard()));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static int option(String name) {
        return switch (name) {
            case "--content" -> 0;
            case "--out" -> 1;
            case "--templates" -> 2;
            default -> -1;
        };
    }
}
