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
    public static final Duration QUIET = Duration.ofMillis(4);

    /**
     * How much longer a burst waits, at most, while a file it changed is empty: that is a save caught
     * half-way (truncated, not yet written), which the short {@link #QUIET} pause may catch on a busy
     * machine. A file really emptied is built this much later. (A file gone is taken as deleted: an
     * editor's own temporary and backup files come and go in every save.)
     */
    public static final Duration UNSETTLED = Duration.ofMillis(150);

    private final List<Path> roots;
    private final WatchService service;
    private final Duration quiet;
    private final Duration unsettled;
    private final Consumer<Burst> onChange;
    private final Thread thread;

    /** One burst of changes: the paths that changed, and when the first of them was seen ({@link System#nanoTime()}). */
    public record Burst(Set<Path> paths, long firstSeen) {
    }

    /** Calls {@code onChange} after a pause of {@code quiet}, or up to {@code unsettled} more while a changed file is empty. */
    public Watcher(List<Path> roots, Duration quiet, Duration unsettled, Consumer<Burst> onChange) throws IOException {
        this.roots = List.copyOf(roots);
        this.service = FileSystems.getDefault().newWatchService();
        this.quiet = quiet;
        this.unsettled = unsettled;
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
                WatchKey first = service.take();
                long firstSeen = System.nanoTime();
                drain(first, changed);
                rest(changed);
                try {
                    onChange.accept(new Burst(changed, firstSeen));
                } catch (RuntimeException | Error e) {
                    // the callback reports its own failures; this only keeps a bug in it from ending the watch
                    System.err.println("handbook: the rebuild after a change failed: " + e + "; waiting for the next change");
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Collects the rest of a burst: until a quiet pause, and while a changed file is empty, until it is written or long enough. */
    private void rest(Set<Path> changed) throws InterruptedException {
        long giveUp = 0;
        while (true) {
            WatchKey more;
            while ((more = service.poll(quiet.toNanos(), TimeUnit.NANOSECONDS)) != null) drain(more, changed);
            if (changed.stream().noneMatch(Watcher::empty)) return;
            if (giveUp == 0) giveUp = System.nanoTime() + unsettled.toNanos();
            long left = giveUp - System.nanoTime();
            if (left <= 0 || (more = service.poll(left, TimeUnit.NANOSECONDS)) == null) return;
            drain(more, changed);
        }
    }

    /** Whether a changed path is a file with nothing in it (yet). */
    private static boolean empty(Path p) {
        try {
            return Files.isRegularFile(p) && Files.size(p) == 0;
        } catch (IOException e) {
            return false;
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
