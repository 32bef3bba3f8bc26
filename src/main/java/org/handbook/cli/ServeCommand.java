package org.handbook.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.handbook.Pipeline;
import org.handbook.Session;
import org.handbook.output.BuildMode;
import org.handbook.problem.BuildFailed;
import org.handbook.serve.DevServer;
import org.handbook.serve.Watcher;
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
    private final Session session = new Session();

    @Override
    public Integer call() throws IOException, InterruptedException {
        // the 404 page links from the published base path, so the server answers there too
        String base = "/";
        try {
            base = build().map(r -> URI.create(r.baseUrl()).getPath()).orElse("/");
        } catch (BuildFailedText e) {
            // already printed; serve whatever good site there is and wait for a fix
        }
        try (DevServer server = new DevServer(paths.out, port, base); session) {
            // the slow outputs are made after the pages; if they fail, the open pages say so
            session.onRefresh(System.out::println, e -> server.problems("The PDFs, search index or other slow files were not made: " + e));
            Watcher watcher = new Watcher(List.of(paths.content, paths.templates()), () -> rebuild(server));
            server.start();
            watcher.start();
            System.out.println("Serving " + paths.out + " on http://127.0.0.1:" + server.port() + "/ (Ctrl+C to stop)");
            Thread.currentThread().join();
            watcher.close();
        }
        return Main.Exit.OK.code();
    }

    private synchronized void rebuild(DevServer server) {
        try {
            build().ifPresent(r -> server.reload());
        } catch (BuildFailedText e) {
            server.problems(e.getMessage());
        }
    }

    /** Builds once; prints the outcome; throws the problems' text when the build failed after the first. */
    private synchronized Optional<Pipeline.Result> build() {
        try {
            Pipeline.Result r = Pipeline.run(paths.options(BuildMode.SERVE, main.types()).in(session));
            Report.problems(System.err, r.warnings());
            System.out.println(Report.summary("Built", r));
            return Optional.of(r);
        } catch (BuildFailed e) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            Report.problems(new PrintStream(buf, true, StandardCharsets.UTF_8), e.problems());
            String text = buf.toString(StandardCharsets.UTF_8);
            System.err.print(text);
            System.err.println("Build failed; serving the last good site.");
            throw new BuildFailedText(text);
        } catch (IOException e) {
            System.err.println("error: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The printed problems of a failed rebuild, for the open pages. */
    private static final class BuildFailedText extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BuildFailedText(String text) {
            super(text);
        }
    }
}
