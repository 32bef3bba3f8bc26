package org.handbook.cli;

import java.util.concurrent.Callable;
import org.handbook.output.BuildMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code handbook check}: a whole build in memory, every output and template run, nothing written. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Run every check and every output of a build; write nothing.")
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    PathOptions paths;

    @Mixin
    FormatOption problems;

    @Override
    public Integer call() {
        return BuildCommand.run(main, paths, BuildMode.CHECK, problems.format, "Checked");
    }
}
