package org.handbook.serve;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * The dev server's loop: build, serve, and on every burst of changes build again, then tell the
 * open pages to reload, or show them what failed. Whatever a build throws, a content problem or a
 * fault of the generator, ends as text in the pages' overlay, and the session waits for the next save.
 */
public final class DevSession implements AutoCloseable {
    /** What a build came to: a site to reload, or the text to show over the last good one. */
    public sealed interface Outcome permits Built, Failed {
    }

    /** A good build; its base URL's path is where the server also answers (the 404 page links from there). */
    public record Built(String baseUrl) implements Outcome {
    }

    /** A failed build, with what to show the open pages. */
    public record Failed(String text) implements Outcome {
    }

    private final Supplier<Outcome> build;
    private final DevServer server;
    private final Watcher watcher;
    private final Closeable kept;

    private DevSession(Supplier<Outcome> build, DevServer server, List<Path> watched, Closeable kept) throws IOException {
        this.build = build;
        this.server = server;
        this.kept = kept;
        this.watcher = new Watcher(watched, Watcher.QUIET, Watcher.UNSETTLED, this::rebuild);
    }

    /**
     * Builds once, then serves {@code site} on {@code port} (0: any) and rebuilds when anything
     * under {@code watched} changes; {@code kept} is what the builds keep between them (work still
     * running in the background included), closed with the session.
     */
    public static DevSession start(Path site, int port, List<Path> watched, Supplier<Outcome> build, Closeable kept) throws IOException {
        Outcome first = run(build);
        DevServer server = new DevServer(site, port, first instanceof Built b ? basePath(b.baseUrl()) : "/");
        try {
            DevSession session = new DevSession(build, server, watched, kept);
            if (first instanceof Failed f) server.problems(f.text());
            server.start();
            session.watcher.start();
            return session;
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    public int port() {
        return server.port();
    }

    /** Pages listening for reloads. */
    public int liveClients() {
        return server.liveClients();
    }

    /** Shows {@code text} over every open page (and pages opened later) until the next good build: a failure after the build. */
    public void problems(String text) {
        server.problems(text);
    }

    /** Builds after a burst of changes and tells the open pages, then says where the time went, from the first change seen. */
    private synchronized void rebuild(Watcher.Burst burst) {
        long building = System.nanoTime();
        Outcome o = run(build);
        long telling = System.nanoTime();
        if (o instanceof Failed f) server.problems(f.text());
        else server.reload();
        long end = System.nanoTime();
        System.out.printf("%s %d ms after the change: settling %d ms, build %d ms, telling %d ms%n",
                o instanceof Failed ? "Showed the problems" : "Reloaded", millis(burst.firstSeen(), end), millis(burst.firstSeen(), building),
                millis(building, telling), millis(telling, end));
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /** The build's outcome, a throw included: whatever went wrong is shown, and the session goes on. */
    private static Outcome run(Supplier<Outcome> build) {
        try {
            return build.get();
        } catch (RuntimeException | Error e) {
            return new Failed("internal error: " + e);
        }
    }

    private static String basePath(String baseUrl) {
        try {
            String p = URI.create(baseUrl).getPath();
            return p == null || p.isEmpty() ? "/" : p;
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    @Override
    public void close() throws IOException {
        try (kept; server) {
            watcher.close();
        }
    }
}
