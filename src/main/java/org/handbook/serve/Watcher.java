package org.handbook.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders (and the folders created in them) and calls back once per burst of changes,
 * with the paths that changed, so saving five files rebuilds once. A callback that throws does not
 * end the watching: the next change calls again.
 */
public final class Watcher implements AutoCloseable {
    /**
     * The pause that ends a burst of changes. An editor's save (a write, or a write to a temporary
     * file and a rename) comes as events within a millisecond or two; every millisecond waited here
     * is a millisecond before the page shows the save.
     */
    public static final Duration QUIET = Duration.ofMillis(15);

    private final List<Path> roots;
    private final WatchService service;
    private final Duration quiet;
    private final Consumer<Set<Path>> onChange;
    private final Thread thread;

    public Watcher(List<Path> roots, Duration quiet, Consumer<Set<Path>> onChange) throws IOException {
        this.roots = List.copyOf(roots);
        this.service = FileSystems.getDefault().newWatchService();
        this.quiet = quiet;
        this.onChange = onChange;
        for (Path r : roots) registerTree(r);
        thread = new Thread(this::loop, "handbook-watch");
        thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) return;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path d : s.filter(Files::isDirectory).toList()) {
                d.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void loop() {
        try {
            while (true) {
                Set<Path> changed = new TreeSet<>();
                drain(service.take(), changed);
                // collect the rest of the burst
                WatchKey more;
                while ((more = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) drain(more, changed);
                try {
                    onChange.accept(changed);
                } catch (RuntimeException | Error e) {
                    // the callback reports its own failures; this only keeps a bug in it from ending the watch
                    System.err.println("handbook: the rebuild after a change failed: " + e + "; waiting for the next change");
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void drain(WatchKey key, Set<Path> changed) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                // events were lost (a burst of hundreds of saves): folders created meanwhile may be unwatched
                changed.add(dir);
                for (Path r : roots) registerQuietly(r);
            } else if (event.context() instanceof Path p) {
                Path child = dir.resolve(p);
                changed.add(child);
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(child)) registerQuietly(child);
            }
        }
        key.reset();
    }

    private void registerQuietly(Path dir) {
        try {
            registerTree(dir);
        } catch (IOException | RuntimeException ignored) {
            // a folder that vanished again while being walked: nothing to watch, and its parent saw it go
        }
    }

    /** Stops watching and waits (a minute at most) for a callback still running, so nothing is built after the close. */
    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
        if (Thread.currentThread() == thread) return;
        try {
            thread.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
