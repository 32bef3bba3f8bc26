package org.handbook.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.handbook.Pipeline;
import org.handbook.Session;
import org.handbook.TestSites;
import org.handbook.output.BuildMode;

/**
 * What the warm JVM of `serve` does on a save, without the server: copies a content folder,
 * builds it once as `serve` does, then edits a chapter, a playbook, a term and a checklist in
 * turn and rebuilds after each edit, printing each rebuild's time and steps and the median, and
 * beside them what depends less on the machine's load: the process's CPU time during the rebuild
 * (the JIT compiler's and the collector's included) and the collections that paused it.
 * For finding where a rebuild's time goes; bench/edit-loop.sh measures the whole save-to-reload.
 */
public final class WarmRebuilds {
    private WarmRebuilds() {
    }

    /** The process's CPU time so far, in nanoseconds. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Collections so far, and their time in milliseconds. */
    private static long[] collections() {
        long[] out = new long[2];
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            out[0] += gc.getCollectionCount();
            out[1] += gc.getCollectionTime();
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args.length > 0 ? args[0] : "content");
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path dir = Files.createTempDirectory("warm-rebuilds");
        Path content = dir.resolve("content");
        TestSites.copyTree(source, content);
        Path out = dir.resolve("site");
        Session session = new Session().collectingWhenIdle();
        session.onRefresh(line -> System.out.println("    " + line), e -> System.out.println("    refresh failed: " + e));
        Pipeline.Options o = new Pipeline.Options(content, Path.of("templates"), out, BuildMode.SERVE).in(session);
        System.out.println("first build: " + Pipeline.run(o).totalMillis() + " ms");
        session.awaitRefresh();
        List<Path> files = EditLoopFiles.of(content);
        List<Long> times = new ArrayList<>();
        List<Long> cpus = new ArrayList<>();
        long gcTotal = 0;
        for (int i = 0; i < edits; i++) {
            Path f = files.get(i % files.size());
            EditLoopFiles.edit(f, i);
            long[] gc = collections();
            long cpu = cpu();
            long t = System.nanoTime();
            Pipeline.Result r = Pipeline.run(o);
            long ms = (System.nanoTime() - t) / 1_000_000;
            long cpuMs = (cpu() - cpu) / 1_000_000;
            long[] gcAfter = collections();
            times.add(ms);
            cpus.add(cpuMs);
            gcTotal += gcAfter[1] - gc[1];
            System.out.printf("%-40s %5d ms, CPU %4d ms, %d collections %3d ms, %d re-rendered %s%n", content.relativize(f), ms, cpuMs,
                    gcAfter[0] - gc[0], gcAfter[1] - gc[1], r.rendered(), r.millis());
            // an author pauses between saves: the slow outputs are made meanwhile
            session.awaitRefresh();
        }
        Collections.sort(times);
        Collections.sort(cpus);
        System.out.println("median " + times.get(times.size() / 2) + " ms, p95 " + times.get((int) Math.ceil(times.size() * 0.95) - 1)
                + " ms; CPU median " + cpus.get(cpus.size() / 2) + " ms; paused by collections " + gcTotal + " ms in all");
        session.close();
        TestSites.deleteTree(dir);
    }
}
