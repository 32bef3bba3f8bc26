package org.handbook.cli;

import java.io.IOException;
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
            Pipeline.Result r = Pipeline.run(paths.options(mode, main.types()));
            format.report(r.warnings(), System.out, System.err);
            format.summary(System.out, System.err).println(Report.summary(verb, r) + (mode.writes() ? " -> " + paths.out : ""));
            return Main.Exit.OK.code();
        } catch (BuildFailed e) {
            format.report(e.problems(), System.out, System.err);
            System.err.println("Build failed; " + paths.out + " was left as it was.");
            return Main.Exit.PROBLEMS.code();
        } catch (IOException e) {
            System.err.println("error: cannot read or write " + e.getMessage());
            return Main.Exit.IO.code();
        }
    }
}
