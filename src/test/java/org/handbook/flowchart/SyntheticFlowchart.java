package org.handbook.flowchart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handbook.model.Flowchart;
import org.handbook.model.SourceMap;
import org.handbook.model.Verdict;

/** Made-up decision trees of any size, for layout tests and the layout benchmark. */
public final class SyntheticFlowchart {
    /** The one verdict every outcome of a synthetic tree gives. */
    public static final Verdict VERDICT = new Verdict("not-yet", "Not yet", "amber", "Measure first.", null);

    private SyntheticFlowchart() {
    }

    /** A tree of {@code size} nodes: questions with two or three options, outcomes as leaves. */
    public static Flowchart of(int size) {
        Map<String, Flowchart.Node> nodes = new LinkedHashMap<>();
        int questions = (size - 1) / 2;
        int next = 1;
        for (int q = 0; q < questions; q++) {
            int fanOut = q % 4 == 3 && next + 3 <= size ? 3 : 2;
            List<Flowchart.Option> options = new ArrayList<>();
            for (int k = 0; k < fanOut && next < size; k++) {
                options.add(new Flowchart.Option("Answer " + (k + 1) + " to question " + q + (k == 0 ? ", the usual case" : ""), "n" + next++));
            }
            nodes.put("n" + q, new Flowchart.Node("n" + q, "Question " + q + ": is this the case for most of the sampled requests?",
                    null, options, null, null, null, null, List.of()));
        }
        for (int i = questions; i < next; i++) {
            nodes.put("n" + i, outcome("n" + i, "Outcome " + i + " of the synthetic tree"));
        }
        return new Flowchart("synthetic-" + size, "Synthetic", null, "n0", nodes, SourceMap.empty("synthetic.yaml"));
    }

    /** Two questions leading to the same outcomes: a graph, not a tree. */
    public static Flowchart sharedOutcomes() {
        Map<String, Flowchart.Node> nodes = new LinkedHashMap<>();
        nodes.put("a", question("a", List.of(new Flowchart.Option("First", "b"), new Flowchart.Option("Second", "c"),
                new Flowchart.Option("Third, skip ahead", "y"))));
        nodes.put("b", question("b", List.of(new Flowchart.Option("Yes", "x"), new Flowchart.Option("No", "y"))));
        nodes.put("c", question("c", List.of(new Flowchart.Option("Yes", "x"), new Flowchart.Option("No", "b"))));
        nodes.put("x", outcome("x", "Shared outcome"));
        nodes.put("y", outcome("y", "Another shared outcome"));
        return new Flowchart("shared", "Shared", null, "a", nodes, SourceMap.empty("synthetic.yaml"));
    }

    private static Flowchart.Node question(String id, List<Flowchart.Option> options) {
        return new Flowchart.Node(id, "Question " + id + "?", null, options, null, null, null, null, List.of());
    }

    private static Flowchart.Node outcome(String id, String title) {
        return new Flowchart.Node(id, null, null, List.of(), title, VERDICT.id(), null, "Summary.", List.of());
    }
}
