package org.handbook.bench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.handbook.flowchart.FlowchartLayout;
import org.handbook.flowchart.SyntheticFlowchart;
import org.handbook.model.Flowchart;

/**
 * Times the ELK layout of synthetic flowcharts of 60 nodes and more: the first layout in a fresh
 * JVM (what one `handbook build` pays, class loading included) and the median of warm ones.
 */
public final class FlowchartBenchmark {
    private FlowchartBenchmark() {
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {60, 120, 240} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        for (int size : sizes) {
            Flowchart f = SyntheticFlowchart.of(size);
            Map<String, Integer> numbers = new HashMap<>();
            f.nodes().keySet().forEach(id -> numbers.put(id, numbers.size() + 1));
            long t = System.nanoTime();
            new FlowchartLayout().layout(f, numbers, id -> SyntheticFlowchart.VERDICT);
            double first = (System.nanoTime() - t) / 1e6;
            double[] warm = new double[20];
            for (int i = 0; i < warm.length; i++) {
                t = System.nanoTime();
                new FlowchartLayout().layout(f, numbers, id -> SyntheticFlowchart.VERDICT);
                warm[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(warm);
            System.out.printf("%d nodes: first layout %.0f ms, warm median %.1f ms%n", size, first, warm[warm.length / 2]);
        }
    }
}
