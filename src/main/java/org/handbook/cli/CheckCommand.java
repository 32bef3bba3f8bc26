package org.handbook.cli;

import java.util.concurrent.Callable;
import org.handbook.output.BuildMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code handbook check}: every check of a build, nothing written. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Run every check of a build; write nothing.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    PathOptions paths;

    @Override
    public Integer call() {
        return BuildCommand.run(paths, BuildMode.CHECK, "Checked");
    }
}
