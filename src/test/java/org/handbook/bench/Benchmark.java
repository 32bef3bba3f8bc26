package org.handbook.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import org.handbook.Pipeline;
import org.handbook.output.BuildMode;

/**
 * Builds a content folder a few times in one JVM and prints pages per second and peak heap:
 * the first run is the cold build, later ones what the warm JVM of `serve` does.
 */
public final class Benchmark {
    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: Benchmark CONTENT_DIR OUT_DIR [RUNS]");
            System.exit(2);
        }
        Path content = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        for (int i = 1; i <= runs; i++) {
            long t = System.nanoTime();
            Pipeline.Result r = Pipeline.run(new Pipeline.Options(content, Path.of("templates"), out, BuildMode.BUILD));
            double s = (System.nanoTime() - t) / 1e9;
            System.out.printf("run %d: %d pages in %.2f s = %.0f pages/s; steps %s; peak heap %d MiB%n",
                    i, r.pages(), s, r.pages() / s, r.millis(), peakHeapMiB());
        }
    }

    static long peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        return peak / (1024 * 1024);
    }
}
