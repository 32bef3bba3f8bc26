package org.handbook.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.handbook.Pipeline;
import org.handbook.problem.BuildFailed;
import org.handbook.serve.DevServer;
import org.handbook.serve.Watcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code handbook serve}: build, serve on loopback, rebuild and reload on change. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build, serve the site on http://127.0.0.1:PORT and rebuild when content or templates change.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    PathOptions paths;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8000", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int port;

    private final Object lock = new Object();

    @Override
    public Integer call() throws IOException, InterruptedException {
        String base = "/";
        rebuild(null);
        try (DevServer server = new DevServer(paths.out, port, base);
             Watcher watcher = new Watcher(List.of(paths.content, paths.templates), () -> rebuildAndNotify())) {
            this.server = server;
            server.start();
            watcher.start();
            System.out.println("Serving " + paths.out + " on http://127.0.0.1:" + server.port() + "/ (Ctrl+C to stop)");
            Thread.currentThread().join();
        }
        return Main.Exit.OK.code();
    }

    private DevServer server;

    private void rebuildAndNotify() {
        rebuild(server);
    }

    private void rebuild(DevServer notify) {
        synchronized (lock) {
            try {
                Pipeline.Result r = Pipeline.run(paths.options(true), true);
                Report.problems(System.err, r.warnings());
                System.out.println(Report.summary("Built", r));
                if (notify != null) notify.reload();
            } catch (BuildFailed e) {
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                Report.problems(new PrintStream(buf, true, StandardCharsets.UTF_8), e.problems());
                String text = buf.toString(StandardCharsets.UTF_8);
                System.err.print(text);
                System.err.println("Build failed; still serving the last good site.");
                if (notify != null) notify.problems(text);
            } catch (IOException e) {
                System.err.println("error: " + e.getMessage());
            }
        }
    }

    static String basePath(String baseUrl) {
        return URI.create(baseUrl).getPath();
    }
}
