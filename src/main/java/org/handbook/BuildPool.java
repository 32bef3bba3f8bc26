package org.handbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A build's one pool of workers: opened for a build, closed with it (waiting for work already
 * running, so none outlives it), and the failure of work run on it rethrown as it was thrown.
 */
final class BuildPool {
    private BuildPool() {
    }

    /** Waits for work submitted to the build's pool; its failure as it was thrown. */
    static void await(List<Future<?>> work) throws IOException {
        try {
            for (Future<?> f : work) f.get();
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("build interrupted");
        }
    }

    /** Waits for one piece of work (if any) to end, whatever its outcome: {@link #await} reports how it ended. */
    static void finish(Future<?> work) {
        if (work == null) return;
        boolean interrupted = false;
        while (true) {
            try {
                work.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException | CancellationException e) {
                break;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    /** An output's failure as it was thrown, unwrapped from the futures it passed through. */
    static RuntimeException rethrown(Throwable cause) throws IOException {
        Throwable c = cause;
        // futures wrap a task's failure, and the pool's tasks wrap a checked exception in a plain RuntimeException
        while ((c instanceof CompletionException || c instanceof ExecutionException || c.getClass() == RuntimeException.class)
                && c.getCause() != null) c = c.getCause();
        if (c instanceof IOException io) throw io;
        if (c instanceof UncheckedIOException io) throw io.getCause();
        if (c instanceof RuntimeException r) return r;
        if (c instanceof Error err) throw err;
        return new IllegalStateException(c);
    }

    /** The build's one pool: as many workers as processors, daemon threads, gone when the build is. */
    static ForkJoinPool open() {
        return new ForkJoinPool(Runtime.getRuntime().availableProcessors(), p -> {
            ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
            t.setName("handbook-build-" + t.getPoolIndex());
            t.setDaemon(true);
            return t;
        }, null, false);
    }

    /**
     * Stops the pool and waits for work already running (a PDF being laid out), so no build's work
     * outlives it: also when the calling thread is interrupted (a dev server refresh cancelled),
     * whose interrupt is kept for after the wait.
     */
    static void close(ForkJoinPool pool) {
        pool.shutdownNow();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    if (!pool.awaitTermination(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                        throw new IllegalStateException("build work did not stop within a minute");
                    }
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }
}
