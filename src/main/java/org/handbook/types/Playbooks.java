package org.handbook.types;

import static org.handbook.types.Fields.integer;
import static org.handbook.types.Fields.list;
import static org.handbook.types.Fields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.handbook.model.Checklist;
import org.handbook.model.Flowchart;
import org.handbook.model.Playbook;
import org.handbook.model.Signals;
import org.handbook.model.SiteConfig;

/** Decisions worked as they happen in a meeting: the question, the verdict, and how to act on it. */
public final class Playbooks {
    private Playbooks() {
    }

    public static final ContentType<Playbook> TYPE = ContentType.of("playbook", Playbook.class, ContentType.Layout.MARKDOWN)
            .folder("playbooks")
            .binder(Playbooks::bind)
            .id(Playbook::id).title(Playbook::title).summary(Playbook::answer).source(Playbook::source).body(Playbook::body)
            .order(Comparator.comparing((Playbook p) -> p.order() == null ? Integer.MAX_VALUE : p.order()).thenComparing(Playbook::title))
            .refs("/techniques", () -> Techniques.TYPE, Playbook::techniques)
            .refs("/chapters", () -> Chapters.TYPE, Playbook::chapters)
            .ref("/checklist", () -> Checklists.TYPE, Playbook::checklist)
            .ref("/flowchart", () -> Flowcharts.TYPE, Playbook::flowchart)
            .index("Playbooks", "{count} {decision|decisions}, each worked from the question as it is asked to a verdict.")
            .nav("Playbooks", 2)
            .onHome()
            .embedsIndex()
            .card((v, p) -> view(v, p, "", null))
            .page((v, p) -> view(v, p, v.html(Playbooks.TYPE.textKey(p.id()), ""), route(v, p)))
            .search((p, sink) -> sink.sections(p.title(), Playbooks.TYPE.path(p.id()), p.question() + " " + p.answer(),
                    Playbooks.TYPE.textKey(p.id())))
            .scaffold("playbook.md", Playbooks::scaffoldValues)
            .build();

    /** A playbook; its body is "" in lists. */
    public record View(String id, String title, String question, VerdictView verdict,
                       String answer, List<String> signalsFor, List<String> signalsAgainst, List<Link> techniques,
                       Link checklist, Link walk, List<Link> chapters, String href, String body, Route route) {
    }

    /** The flowchart a playbook's route goes through, and its steps. */
    public record Route(Link flowchart, List<RouteStep> steps) {
    }

    /**
     * A step of the route through the flowchart: the question (plain text, a link's) and the answer
     * chosen (HTML), or, last, the outcome ({@code answer} null); {@code href} opens the walk there,
     * the answers before it chosen.
     */
    public record RouteStep(String question, String answer, String href) {
    }

    /**
     * A checklist and a walk of a flowchart that exist (each question's first answer), the verdicts
     * of the outcome it ends at, and the sections handbook.yaml asks playbooks for, so a new
     * playbook checks before it is filled in.
     */
    private static Map<String, String> scaffoldValues(ContentType.Lookup content) {
        Map<String, String> values = new HashMap<>();
        SiteConfig config = content.config();
        List<String> sections = config == null ? List.of() : TYPE.words().over(config.collections().get(TYPE.folder())).sections();
        values.put("verdict", config == null || config.verdicts().isEmpty() ? "TODO" : config.verdicts().get(0).id());
        values.put("sections", (sections.isEmpty() ? List.of("TODO") : sections).stream()
                .map(h -> "## " + h + "\n\nTODO\n").collect(java.util.stream.Collectors.joining("\n")));
        content.items(Checklists.TYPE).stream().map(Checklist::id).sorted().findFirst().ifPresent(id -> values.put("checklist", id));
        content.items(Flowcharts.TYPE).stream().sorted(Comparator.comparing(Flowchart::id)).findFirst().ifPresent(f -> {
            values.put("flowchart", f.id());
            List<String> route = new java.util.ArrayList<>();
            Flowchart.Node n = f.nodes().get(f.start());
            while (n != null && !route.contains(n.id())) {
                route.add(n.id());
                n = n.isOutcome() || n.options().isEmpty() ? null : f.nodes().get(n.options().get(0).next());
            }
            values.put("route", String.join(", ", route));
            values.put("outcome", route.get(route.size() - 1));
        });
        // the verdicts of that outcome, today's and if measured: a playbook gives those of its outcome
        content.items(Flowcharts.TYPE).stream().filter(f -> f.id().equals(values.get("flowchart"))).findFirst()
                .map(f -> f.nodes().get(values.get("outcome"))).filter(n -> n != null && n.verdict() != null).ifPresent(n -> {
                    values.put("verdict", n.verdict());
                    if (n.ifMeasured() != null) values.put("if-measured", "\nif-measured:\n  measure: \"TODO: what to measure\"\n"
                            + "  threshold: \"TODO: what it must show\"\n  verdict: " + n.ifMeasured().verdict());
                });
        values.putIfAbsent("if-measured", "");
        return values;
    }

    private static Playbook bind(ContentType.Item i) {
        JsonNode n = i.fields();
        JsonNode s = n.get("signals");
        return new Playbook(i.id(), text(n, "title"), integer(n, "order"), text(n, "question"),
                text(n, "verdict"), Fields.ifMeasured(n), text(n, "answer"), list(n, "techniques"),
                new Signals(list(s, "for"), list(s, "against")), text(n, "checklist"), text(n, "flowchart"),
                text(n, "outcome"), list(n, "route"), list(n, "chapters"), i.body(), i.source());
    }

    /**
     * The playbook's route as steps, each linking to the flowchart's walk with the answers before it
     * chosen ({@code #walk=2.1}: the second option, then the first, as walk.js reads it).
     */
    public static Route route(Views v, Playbook p) {
        Flowchart f = v.item(Flowcharts.TYPE, p.flowchart()).orElse(null);
        if (f == null) return null;
        String walk = v.href(Flowcharts.TYPE, f.id()) + "#walk=";
        List<RouteStep> steps = new java.util.ArrayList<>();
        List<String> choices = new java.util.ArrayList<>();
        for (int i = 0; i < p.route().size(); i++) {
            Flowchart.Node node = f.nodes().get(p.route().get(i));
            if (node == null) break;
            String href = walk + String.join(".", choices);
            if (node.isOutcome()) {
                steps.add(new RouteStep(v.plain(node.outcome()), null, href));
                break;
            }
            String next = i + 1 < p.route().size() ? p.route().get(i + 1) : null;
            int k = 0;
            while (k < node.options().size() && !node.options().get(k).next().equals(next)) k++;
            if (k == node.options().size()) break;
            steps.add(new RouteStep(v.plain(node.question()), v.inline(node.options().get(k).label()), href));
            choices.add(String.valueOf(k + 1));
        }
        return new Route(v.link(Flowcharts.TYPE, f.id()), List.copyOf(steps));
    }

    /** A playbook as seen from the page being rendered, with {@code body} as its HTML and its route (null in lists). */
    public static View view(Views v, Playbook p, String body, Route route) {
        return new View(p.id(), v.plain(p.title()), v.inline(p.question()), VerdictView.of(v, p.verdict(), p.ifMeasured()), v.inline(p.answer()),
                v.inline(p.signals().forVerdict()), v.inline(p.signals().against()), v.links(Techniques.TYPE, p.techniques()),
                v.link(Checklists.TYPE, p.checklist()), v.link(TypedRef.to(Flowcharts.TYPE, p.flowchart(), p.outcome())),
                v.links(Chapters.TYPE, p.chapters()), v.href(TYPE, p.id()), body, route);
    }
}
