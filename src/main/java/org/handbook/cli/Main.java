package org.handbook.cli;

import org.handbook.types.Registry;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code handbook} command. */
@Command(name = "handbook", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds a static, searchable decision handbook from structured content files.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, SearchCommand.class, NewCommand.class, StaleCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit codes, as the README lists them; each number is fixed, whatever the order here. */
    public enum Exit {
        OK(0), PROBLEMS(1), USAGE(2), IO(3), INTERNAL(4);

        private final int code;

        Exit(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }
    }

    @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "On an internal error, print the Java stack trace too.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Registry types;

    Main(Registry types) {
        this.types = types;
    }

    /** The content types the commands read and build. */
    Registry types() {
        return types;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: build, check, serve, search or new");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        return execute(Registry.standard(), args);
    }

    /** The command line with another set of content types, as a test that adds a type of its own runs it. */
    public static int execute(Registry types, String... args) {
        Main main = new Main(types);
        try {
            return new CommandLine(main).setCaseInsensitiveEnumValuesAllowed(true)
                    .setExecutionExceptionHandler((e, cmd, parsed) -> Failure.report(e, main.verbose, System.err))
                    .execute(args);
        } catch (RuntimeException | Error e) {
            // picocli hands only Exceptions to the handler: a StackOverflowError or OutOfMemoryError ends here
            return Failure.report(e, main.verbose, System.err);
        }
    }

    /** Reads the version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"handbook " + number()};
        }

        /** The version in the jar's manifest; "dev" when run from classes. */
        static String number() {
            String v = Main.class.getPackage().getImplementationVersion();
            return v == null ? "dev" : v;
        }
    }
}
