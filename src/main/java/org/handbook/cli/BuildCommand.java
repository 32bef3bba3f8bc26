package org.handbook.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.handbook.Pipeline;
import org.handbook.output.BuildMode;
import org.handbook.problem.BuildFailed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code handbook build}: checks the content and writes the site. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Check the content and write the site.")
final class BuildCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    PathOptions paths;

    @Mixin
    FormatOption problems;

    @Override
    public Integer call() {
        return run(main, paths, BuildMode.BUILD, problems.format, "Built");
    }

    static int run(Main main, PathOptions paths, BuildMode mode, ProblemFormat format, String verb) {
        try {
            return report(Pipeline.run(paths.options(mode, main.types())), mode, format, verb, paths.out, System.out, System.err);
        } catch (BuildFailed e) {
            format.report(e.problems(), System.out, System.err);
            System.err.println("Build failed; " + paths.out + " was left as it was.");
            return Main.Exit.PROBLEMS.code();
        } catch (IOException e) {
            System.err.println("error: cannot read or write " + e.getMessage());
            return Main.Exit.IO.code();
        }
    }

    /** Prints a successful build's warnings and summary line; its exit code. */
    static int report(Pipeline.Result r, BuildMode mode, ProblemFormat format, String verb, Path site, PrintStream out, PrintStream err) {
        format.report(r.warnings(), out, err);
        format.summary(out, err).println(Report.summary(verb, r) + (mode.writes() ? " -> " + site : ""));
        return Main.Exit.OK.code();
    }
}
