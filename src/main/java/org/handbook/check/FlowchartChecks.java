package org.handbook.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.handbook.model.Flowchart;
import org.handbook.model.SourceMap;
import org.handbook.problem.DidYouMean;
import org.handbook.problem.Problems;
import org.handbook.problem.Rule;
import org.handbook.types.Registry;
import org.handbook.types.TypedRef;

/**
 * The rules that make a flowchart a sound decision tree: a start that exists, no dangling
 * {@code next}, every node reachable, no cycle, every path ending at an outcome, option labels
 * unique per question, outcome links that resolve.
 */
final class FlowchartChecks {
    private final Registry types;
    private final ReferenceResolver refs;
    private final Problems problems;

    FlowchartChecks(Registry types, ReferenceResolver refs, Problems problems) {
        this.types = types;
        this.refs = refs;
        this.problems = problems;
    }

    void check(Flowchart f) {
        SourceMap map = f.source();
        Set<String> ids = f.nodes().keySet();
        for (Flowchart.Node n : f.nodes().values()) {
            String at = "/nodes/" + n.id();
            boolean q = n.question() != null;
            boolean o = n.outcome() != null;
            if (q && o) {
                problems.error(Rule.NODE_KIND, map.keyAt(at), "node '" + n.id() + "' is both a question and an outcome",
                        "a question has 'question' and 'options'; an outcome has 'outcome', 'verdict', 'summary' and 'links'");
            } else if (!q && !o) {
                problems.error(Rule.NODE_KIND, map.keyAt(at), "node '" + n.id() + "' is neither a question nor an outcome",
                        "add 'question' and 'options', or 'outcome', 'verdict' and 'summary'");
            } else if (q && n.options().size() == 1) {
                problems.error(Rule.NODE_KIND, map.keyAt(at), "question '" + n.id() + "' needs at least two options", "add 'options' with a label and next for each answer");
            } else if (o && (n.verdict() == null || n.summary() == null)) {
                problems.error(Rule.NODE_KIND, map.keyAt(at), "outcome '" + n.id() + "' needs a verdict and a summary", "add 'verdict:' and 'summary:'");
            }
            Set<String> labels = new HashSet<>();
            for (int i = 0; i < n.options().size(); i++) {
                Flowchart.Option opt = n.options().get(i);
                String op = at + "/options/" + i;
                if (!labels.add(opt.label().strip().toLowerCase())) {
                    problems.error(Rule.DUPLICATE_OPTION, map.at(op + "/label"), "option label '" + opt.label() + "' is used twice in question '" + n.id() + "'",
                            "give each answer of a question a distinct label");
                }
                if (!ids.contains(opt.next())) {
                    problems.error(Rule.DANGLING_NEXT, map.at(op + "/next"), "option '" + opt.label() + "' leads to unknown node '" + opt.next() + "'",
                            DidYouMean.hint(opt.next(), ids, "node"));
                }
            }
            for (int i = 0; i < n.links().size(); i++) {
                String link = n.links().get(i);
                Optional<TypedRef> ref = types.ref(link);
                if (ref.isEmpty()) {
                    problems.error(Rule.MALFORMED_REFERENCE, map.at(at + "/links/" + i), "malformed link '" + link + "'", "write links as type:id, e.g. technique:retrieval");
                    continue;
                }
                String pointer = at + "/links/" + i;
                refs.problem(ref.get()).ifPresent(p -> problems.error(map.at(pointer), p));
            }
        }
        if (!ids.contains(f.start())) {
            problems.error(Rule.MISSING_START, map.at("/start"), "start node '" + f.start() + "' does not exist", DidYouMean.hint(f.start(), ids, "node"));
            return;
        }
        graph(f);
    }

    /** Reachability, cycles and dead ends, by depth-first search from the start. */
    private void graph(Flowchart f) {
        Map<String, Integer> state = new HashMap<>();
        Set<String> reported = new LinkedHashSet<>();
        Deque<String> path = new ArrayDeque<>();
        visit(f, f.start(), state, path, reported);
        for (String id : f.nodes().keySet()) {
            if (!state.containsKey(id)) {
                problems.error(Rule.UNREACHABLE_NODE, f.source().keyAt("/nodes/" + id), "node '" + id + "' cannot be reached from the start",
                        "lead an option of some question to it (next: " + id + "), or remove it");
            }
        }
    }

    private void visit(Flowchart f, String id, Map<String, Integer> state, Deque<String> path, Set<String> reported) {
        Flowchart.Node n = f.nodes().get(id);
        if (n == null) return;
        state.put(id, 1);
        path.addLast(id);
        if (n.question() != null && n.outcome() == null && n.options().isEmpty()) {
            problems.error(Rule.DEAD_END, f.source().keyAt("/nodes/" + id), "path ends at question '" + id + "' without reaching an outcome",
                    "give the question options that lead on to outcomes");
        }
        List<Flowchart.Option> options = n.outcome() == null ? n.options() : List.of();
        for (int i = 0; i < options.size(); i++) {
            String next = options.get(i).next();
            Integer s = state.get(next);
            if (s != null && s == 1) {
                if (reported.add(id + ">" + next)) {
                    List<String> cycle = new ArrayList<>(path);
                    cycle = cycle.subList(cycle.indexOf(next), cycle.size());
                    problems.error(Rule.CYCLE, f.source().at("/nodes/" + id + "/options/" + i + "/next"),
                            "cycle: " + String.join(" -> ", cycle) + " -> " + next,
                            "a decision tree must not loop back; lead this option to a new node or an outcome");
                }
            } else if (s == null) {
                visit(f, next, state, path, reported);
            }
        }
        path.removeLast();
        state.put(id, 2);
    }
}
