package org.handbook.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code handbook} command. */
@Command(name = "handbook", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds a static, searchable decision handbook from structured content files.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, SearchCommand.class, NewCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit codes: 0 ok, 1 content problems, 2 usage error, 3 input/output failure. */
    public enum Exit {
        OK, PROBLEMS, USAGE, IO;

        public int code() {
            return ordinal();
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: build, check or serve");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    /** Reads the version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"handbook " + (v == null ? "dev" : v)};
        }
    }
}
