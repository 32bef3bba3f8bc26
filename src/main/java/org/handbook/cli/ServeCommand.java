package org.handbook.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.handbook.Pipeline;
import org.handbook.Session;
import org.handbook.output.BuildMode;
import org.handbook.problem.BuildFailed;
import org.handbook.serve.DevSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code handbook serve}: build, serve on loopback, rebuild and reload on change. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build, serve the site on http://127.0.0.1:PORT and rebuild when content or templates change.")
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    PathOptions paths;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8000", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int port;

    /** What one build leaves for the next: a save re-loads, re-parses and re-renders only what it changed. */
    private final Session warm = new Session().collectingWhenIdle();

    @Override
    public Integer call() throws IOException, InterruptedException {
        try (DevSession session = session(port)) {
            System.out.println("Serving " + paths.out + " on http://127.0.0.1:" + session.port() + "/ (Ctrl+C to stop)");
            Thread.currentThread().join();
        }
        return Main.Exit.OK.code();
    }

    /** Builds, then serves and rebuilds on change, until closed (which also stops the slow outputs still being made). */
    DevSession session(int port) throws IOException {
        AtomicReference<DevSession> shown = new AtomicReference<>();
        // the slow outputs are made after the pages; if they fail, the open pages say so, in the same words as a build
        warm.onRefresh(System.out::println, e -> {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            PrintStream text = new PrintStream(buf, true, StandardCharsets.UTF_8);
            text.println("The PDFs, search index or other slow files were not made:");
            Failure.report(e, main.verbose, text);
            System.err.print(buf.toString(StandardCharsets.UTF_8));
            DevSession session = shown.get();
            if (session != null) session.problems(buf.toString(StandardCharsets.UTF_8));
        });
        // the warnings of the checks a rebuild runs after its pages, printed as a build prints its warnings
        warm.onWarnings(w -> Report.problems(System.err, w));
        DevSession session = DevSession.start(paths.out, port, List.of(paths.content(), paths.templates()), this::build, warm::close);
        shown.set(session);
        return session;
    }

    /** Builds once and prints the outcome as {@code build} does; a failure's text also goes to the open pages. */
    private DevSession.Outcome build() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream text = new PrintStream(buf, true, StandardCharsets.UTF_8);
        DevSession.Outcome outcome;
        try {
            Pipeline.Result r = Pipeline.run(paths.options(BuildMode.SERVE, main.types()).in(warm));
            Report.problems(System.err, r.warnings());
            System.out.println(Report.summary("Built", r));
            return new DevSession.Built(r.baseUrl());
        } catch (BuildFailed e) {
            Report.problems(text, e.problems());
            outcome = new DevSession.Failed(buf.toString(StandardCharsets.UTF_8));
        } catch (Exception | Error e) {
            // an I/O failure or a fault of the generator: said in one line, and the next save tries again
            Failure.report(e, main.verbose, text);
            outcome = new DevSession.Failed(buf.toString(StandardCharsets.UTF_8));
        }
        System.err.print(((DevSession.Failed) outcome).text());
        System.err.println("Build failed; serving the last good site.");
        return outcome;
    }
}
