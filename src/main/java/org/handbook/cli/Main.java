package org.handbook.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.handbook.types.Registry;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code handbook} command line: its commands and options, as picocli reads them ({@link Start} is the process's entry). */
@Command(name = "handbook", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds a static, searchable decision handbook from structured content files.")
public final class Main implements Runnable {
    /**
     * The commands, in the order help lists them (then help). picocli reads every registered command's annotations
     * through reflection when the command line is set up (a third of a rebuild's start with nothing to
     * do), so a run naming one command registers only that one; anything else (help, a typo, an option
     * first) registers them all, for picocli's help and suggestions.
     */
    private static final Map<String, Class<?>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("build", BuildCommand.class);
        COMMANDS.put("check", CheckCommand.class);
        COMMANDS.put("serve", ServeCommand.class);
        COMMANDS.put("search", SearchCommand.class);
        COMMANDS.put("new", NewCommand.class);
        COMMANDS.put("stale", StaleCommand.class);
        COMMANDS.put("daemon", DaemonCommand.class);
    }

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

    public static int execute(String... args) {
        return execute(Registry.standard(), args);
    }

    /** The command line with another set of content types, as a test that adds a type of its own runs it. */
    public static int execute(Registry types, String... args) {
        Main main = new Main(types);
        try {
            CommandLine line = new CommandLine(main);
            Class<?> named = args.length == 0 || "help".equals(args[0]) ? null : COMMANDS.get(args[0]);
            if (named != null) line.addSubcommand(named);
            else {
                COMMANDS.values().forEach(line::addSubcommand);
                line.addSubcommand(CommandLine.HelpCommand.class);
            }
            // settings apply to the commands registered so far, so they come after
            return line.setCaseInsensitiveEnumValuesAllowed(true)
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
