package org.handbook.write;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * One writer at a time for an output folder: two builds, or a build and the dev server's
 * rebuilds, would otherwise race on the swap and on the render cache beside it. The lock is a
 * file lock on {@code .<out>.lock} beside the folder (the system drops it when a process dies,
 * even by {@code kill -9}), plus an in-process lock, since a JVM cannot hold one file lock twice.
 * A second writer waits, saying whom it waits for, and gives up after {@link #PATIENCE}.
 */
public final class OutputLock implements AutoCloseable {
    /** How long a writer waits for another before it gives up. */
    static final Duration PATIENCE = Duration.ofMinutes(5);
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(ReentrantLock local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of the output folder {@code out}, waiting for another writer and saying so on
     * standard error: for writers other than {@link SiteWriter} (the dev server's in-place patches).
     */
    public static OutputLock acquire(Path out) throws IOException {
        return acquire(out.toAbsolutePath().normalize(), message -> System.err.println("handbook: " + message));
    }

    /** Takes the lock of {@code target} (absolute, normalized), waiting for another writer and telling {@code waiting} once. */
    static OutputLock acquire(Path target, Consumer<String> waiting) throws IOException {
        Path file = target.resolveSibling("." + target.getFileName() + ".lock");
        Files.createDirectories(target.getParent());
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        ReentrantLock local = IN_PROCESS.computeIfAbsent(target, k -> new ReentrantLock());
        boolean told = false;
        try {
            if (!local.tryLock()) {
                waiting.accept("waiting for another build in this process to finish writing " + target);
                told = true;
                if (!local.tryLock(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) throw gaveUp(target, "this process");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting to write " + target, e);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            while ((lock = channel.tryLock()) == null) {
                if (!told) waiting.accept("waiting for another build (" + holder(channel) + ") to finish writing " + target);
                told = true;
                if (System.nanoTime() > deadline) throw gaveUp(target, holder(channel));
                Thread.sleep(100);
            }
            channel.truncate(0).write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            return new OutputLock(local, channel, lock);
        } catch (IOException | RuntimeException e) {
            close(channel);
            local.unlock();
            throw e;
        } catch (InterruptedException e) {
            close(channel);
            local.unlock();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting to write " + target, e);
        }
    }

    /** Who holds the lock, as the holder wrote it ("pid 1234"). */
    private static String holder(FileChannel channel) {
        try {
            ByteBuffer buf = ByteBuffer.allocate(64);
            int n = channel.read(buf, 0);
            return n <= 0 ? "another process" : new String(buf.array(), 0, n, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "another process";
        }
    }

    private static IOException gaveUp(Path target, String holder) {
        return new IOException(target + " has been locked by another build (" + holder + ") for " + PATIENCE.toMinutes()
                + " minutes; stop that build or wait for it");
    }

    private static void close(FileChannel channel) {
        if (channel == null) return;
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing releases the lock; nothing more to do
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            local.unlock();
        }
    }
}
