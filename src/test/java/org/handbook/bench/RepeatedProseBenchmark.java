package org.handbook.bench;

import java.nio.file.Path;
import java.util.Arrays;
import org.handbook.check.RepeatedProse;
import org.handbook.load.ContentLoader;
import org.handbook.markdown.ParsedContent;
import org.handbook.load.Content;
import org.handbook.problem.Problems;
import org.handbook.types.Registry;

/**
 * Times the repeated-prose check on a content folder (the bundled book by default): the first
 * run in a fresh JVM (CPU time of the thread, which a shared machine distorts less than wall time), which is what one `handbook check` pays, and the median of warm runs.
 */
public final class RepeatedProseBenchmark {
    /** CPU time of this thread: the machine is shared, so wall time would measure the neighbours. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private RepeatedProseBenchmark() {
    }

    public static void main(String[] args) {
        Content content = new ContentLoader(Path.of(args.length > 0 ? args[0] : "content"), Registry.standard(), new Problems()).load();
        ParsedContent parsed = ParsedContent.parse(content);
        long t = CPU.getCurrentThreadCpuTime();
        Problems problems = new Problems();
        RepeatedProse.check(parsed, content.sourceMaps(), problems);
        double first = (CPU.getCurrentThreadCpuTime() - t) / 1e6;
        double[] warm = new double[Integer.getInteger("runs", 40)];
        for (int i = 0; i < warm.length; i++) {
            t = CPU.getCurrentThreadCpuTime();
            RepeatedProse.check(parsed, content.sourceMaps(), new Problems());
            warm[i] = (CPU.getCurrentThreadCpuTime() - t) / 1e6;
        }
        Arrays.sort(warm);
        System.out.printf("%d runs found; first check %.0f ms CPU, warm median %.1f ms CPU%n", problems.sorted().size(), first, warm[warm.length / 2]);
    }
}
