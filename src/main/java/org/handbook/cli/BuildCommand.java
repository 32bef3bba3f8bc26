package org.handbook.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.handbook.Pipeline;
import org.handbook.output.BuildMode;
import org.handbook.problem.BuildFailed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code handbook build}: checks the content and writes the site. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Check the content and write the site.")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    PathOptions paths;

    @Override
    public Integer call() {
        return run(paths, BuildMode.BUILD, "Built");
    }

    static int run(PathOptions paths, BuildMode mode, String verb) {
        try {
            Pipeline.Result r = Pipeline.run(paths.options(mode));
            Report.problems(System.err, r.warnings());
            System.out.println(Report.summary(verb, r) + (mode.writes() ? " -> " + paths.out : ""));
            return Main.Exit.OK.code();
        } catch (BuildFailed e) {
            Report.problems(System.err, e.problems());
            System.err.println("Build failed; " + paths.out + " was left as it was.");
            return Main.Exit.PROBLEMS.code();
        } catch (IOException e) {
            System.err.println("error: cannot read or write " + e.getMessage());
            return Main.Exit.IO.code();
        }
    }
}
