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
import org.handbook.model.Verdict;

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
            .card((v, p) -> view(v, p, ""))
            .page((v, p) -> view(v, p, v.html(Playbooks.TYPE.textKey(p.id()), "")))
            .search((p, sink) -> sink.sections(p.title(), Playbooks.TYPE.path(p.id()), p.question() + " " + p.answer(),
                    Playbooks.TYPE.textKey(p.id())))
            .scaffold("playbook.md", Playbooks::scaffoldValues)
            .build();

    /** A playbook; its body is "" in lists. */
    public record View(String id, String title, String question, String verdict, String verdictLabel,
                       String answer, List<String> signalsFor, List<String> signalsAgainst, List<Link> techniques,
                       Link checklist, Link walk, List<Link> chapters, String href, String body) {
    }

    /** A checklist and a walk of a flowchart that exist (each question's first answer), so a new playbook checks before it is filled in. */
    private static Map<String, String> scaffoldValues(ContentType.Lookup content) {
        Map<String, String> values = new HashMap<>();
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
        return values;
    }

    private static Playbook bind(ContentType.Item i) {
        JsonNode n = i.fields();
        JsonNode s = n.get("signals");
        return new Playbook(i.id(), text(n, "title"), integer(n, "order"), text(n, "question"),
                Verdict.of(text(n, "verdict")), text(n, "answer"), list(n, "techniques"),
                new Signals(list(s, "for"), list(s, "against")), text(n, "checklist"), text(n, "flowchart"),
                text(n, "outcome"), list(n, "route"), list(n, "chapters"), i.body(), i.source());
    }

    /** A playbook as seen from the page being rendered, with {@code body} as its HTML. */
    public static View view(Views v, Playbook p, String body) {
        return new View(p.id(), v.plain(p.title()), v.inline(p.question()), p.verdict().key(), p.verdict().label(), v.inline(p.answer()),
                v.inline(p.signals().forVerdict()), v.inline(p.signals().against()), v.links(Techniques.TYPE, p.techniques()),
                v.link(Checklists.TYPE, p.checklist()), v.link(TypedRef.to(Flowcharts.TYPE, p.flowchart(), p.outcome())),
                v.links(Chapters.TYPE, p.chapters()), v.href(TYPE, p.id()), body);
    }
}
