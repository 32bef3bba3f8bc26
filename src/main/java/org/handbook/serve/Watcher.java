package org.handbook.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders (and the folders created in them) and calls back once per burst of changes,
 * so saving five files rebuilds once.
 */
public final class Watcher implements AutoCloseable {
    /**
     * The pause that ends a burst of changes. An editor's save (a write, or a write to a temporary
     * file and a rename) comes as events within a millisecond or two; every millisecond waited here
     * is a millisecond before the page shows the save.
     */
    static final long QUIET_MILLIS = 15;

    private final WatchService service;
    private final Runnable onChange;
    private final Thread thread;

    public Watcher(List<Path> roots, Runnable onChange) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
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
                WatchKey key = service.take();
                drain(key);
                // collect the rest of the burst
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) drain(more);
                onChange.run();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path p) {
                Path child = dir.resolve(p);
                if (Files.isDirectory(child)) {
                    try {
                        registerTree(child);
                    } catch (IOException ignored) {
                        // a folder that vanished again: nothing to watch
                    }
                }
            }
        }
        key.reset();
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
