package org.handbook.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.handbook.load.Content;
import org.handbook.model.Flowchart;
import org.handbook.model.Playbook;
import org.handbook.model.SourceMap;
import org.handbook.problem.DidYouMean;
import org.handbook.problem.Problems;
import org.handbook.problem.Rule;
import org.handbook.types.Flowcharts;
import org.handbook.types.Playbooks;

/**
 * Holds playbooks and their flowcharts to one story: a playbook's route is a walk through its
 * flowchart from the start, one answered question at a time, to the outcome that leads to it;
 * and an outcome that sends readers to a playbook is where that playbook's route ends.
 */
final class RouteChecks {
    private final Content content;
    private final Problems problems;

    RouteChecks(Content content, Problems problems) {
        this.content = content;
        this.problems = problems;
    }

    void check(List<Playbook> playbooks, List<Flowchart> flowcharts) {
        // a playbook whose route is wrong is reported there, not again at each outcome that links it
        Map<String, Playbook> walked = new HashMap<>();
        for (Playbook p : playbooks) {
            content.item(Flowcharts.TYPE, p.flowchart()).filter(f -> walk(p, f)).ifPresent(f -> walked.put(p.id(), p));
        }
        for (Flowchart f : flowcharts) {
            for (Flowchart.Node n : f.nodes().values()) {
                for (int i = 0; i < n.links().size(); i++) {
                    var ref = content.types().ref(n.links().get(i)).filter(r -> r.type() == Playbooks.TYPE && !r.index());
                    Playbook p = ref.map(r -> walked.get(r.id())).orElse(null);
                    if (p != null) linked(f, n, "/nodes/" + n.id() + "/links/" + i, p);
                }
            }
        }
    }

    /** Reports the first step where the route stops being a walk of the tree; true when it is one. */
    private boolean walk(Playbook p, Flowchart f) {
        SourceMap m = p.source();
        List<String> route = p.route();
        if (route.isEmpty()) {
            problems.error(Rule.ROUTE, m.keyAt("/flowchart"), "playbook '" + p.id() + "' has no route through flowchart '" + f.id() + "'",
                    "add 'route: [" + f.start() + ", ..., " + (p.outcome() == null ? "outcome" : p.outcome())
                            + "]': the node ids of the walk from the start to the outcome that leads here");
            return false;
        }
        if (!route.get(0).equals(f.start())) {
            problems.error(Rule.ROUTE, m.at("/route/0"), "route starts at '" + route.get(0) + "', not at the start of flowchart '" + f.id() + "'",
                    "begin the route with '" + f.start() + "'");
            return false;
        }
        for (int i = 0; i < route.size(); i++) {
            String id = route.get(i);
            Flowchart.Node node = f.nodes().get(id);
            String at = "/route/" + i;
            if (node == null) {
                problems.error(Rule.ROUTE, m.at(at), "route leaves flowchart '" + f.id() + "': it has no node '" + id + "'",
                        DidYouMean.hint(id, f.nodes().keySet(), "node"));
                return false;
            }
            if (i + 1 < route.size()) {
                String next = route.get(i + 1);
                if (node.isOutcome()) {
                    problems.error(Rule.ROUTE, m.at("/route/" + (i + 1)), "route goes on past outcome '" + id + "'", "end the route at '" + id + "', or correct the step before it");
                    return false;
                }
                if (!f.nodes().containsKey(next)) continue;
                if (node.options().stream().noneMatch(o -> o.next().equals(next))) {
                    problems.error(Rule.ROUTE, m.at("/route/" + (i + 1)), "no answer to question '" + id + "' leads to '" + next + "'",
                            "its answers lead to: " + String.join(", ", node.options().stream().map(Flowchart.Option::next).toList())
                                    + " (a route names every node it passes, one per step)");
                    return false;
                }
            } else if (!node.isOutcome()) {
                problems.error(Rule.ROUTE, m.at(at), "route ends at question '" + id + "', not at an outcome",
                        "continue the route to the outcome that leads to this playbook");
                return false;
            } else if (p.outcome() != null && !id.equals(p.outcome())) {
                problems.error(Rule.ROUTE, m.at(at), "route ends at '" + id + "', but the playbook's outcome is '" + p.outcome() + "'",
                        "make the route end at the outcome, or correct the outcome");
                return false;
            }
        }
        return true;
    }

    /** An outcome that links a playbook is the end of that playbook's route. */
    private void linked(Flowchart f, Flowchart.Node n, String pointer, Playbook p) {
        List<String> route = p.route();
        boolean ends = p.flowchart().equals(f.id()) && !route.isEmpty() && route.get(route.size() - 1).equals(n.id());
        if (ends) return;
        String where = !p.flowchart().equals(f.id()) ? "its route is in flowchart '" + p.flowchart() + "'"
                : route.isEmpty() ? "it has no route" : "its route ends at '" + route.get(route.size() - 1) + "'";
        problems.error(Rule.ROUTE_OUTCOME, f.source().at(pointer), "outcome '" + n.id() + "' links playbook '" + p.id() + "', but " + where,
                "link a playbook from the outcome its route ends at, or correct the playbook's route");
    }
}
