package org.handbook.types;

import static org.handbook.types.Fields.bool;
import static org.handbook.types.Fields.integer;
import static org.handbook.types.Fields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.handbook.model.Technique;

/** A menu of techniques (options) to compare: each with the facts the comparison table shows, in the menu's order. */
public final class Techniques {
    private Techniques() {
    }

    public static final ContentType<Technique> TYPE = ContentType.of("technique", Technique.class, ContentType.Layout.MARKDOWN)
            .folder("techniques")
            .binder(Techniques::bind)
            .id(Technique::id).title(Technique::title).summary(Technique::summary).source(Technique::source).body(Technique::body)
            .order(Comparator.comparingInt(Technique::order))
            .index("Techniques", "{count} {technique|techniques}, side by side.")
            .nav("Techniques", 5)
            .field("changes-weights", "Changes the weights").field("changes", "What it changes")
            .field("cannot-change", "What it cannot change").field("cost", "Cost to try")
            .field("time-to-result", "Time to a first result").field("reversibility", "Reversibility")
            .field("data-needed", "Data needed").field("typical-failure", "Typical failure").field("pick-when", "Pick it when")
            .onHome()
            .embedsIndex()
            .card((v, t) -> view(v, t, ""))
            .page((v, t) -> view(v, t, v.html(Techniques.TYPE.textKey(t.id()), "")))
            .search((t, sink) -> sink.sections(t.title(), Techniques.TYPE.path(t.id()), t.summary() + " " + t.pickWhen(),
                    Techniques.TYPE.textKey(t.id())))
            .scaffold("technique.md", content -> Map.of("order",
                    String.valueOf(content.items(Techniques.TYPE).stream().mapToInt(Technique::order).max().orElse(0) + 1)))
            .build();

    /** A technique; its body is "" in lists. */
    public record View(String id, int order, String title, String summary, boolean changesWeights, String changes,
                       String cannotChange, String cost, String costNote, String timeToResult, String reversibility,
                       String dataNeeded, String typicalFailure, String pickWhen, String href, String body,
                       List<Link> playbooks) {
    }

    private static Technique bind(ContentType.Item i) {
        JsonNode n = i.fields();
        return new Technique(i.id(), text(n, "title"), integer(n, "order"), text(n, "summary"), bool(n, "changes-weights"),
                text(n, "changes"), text(n, "cannot-change"), text(n, "cost"), text(n, "cost-note"),
                text(n, "time-to-result"), text(n, "reversibility"), text(n, "data-needed"),
                text(n, "typical-failure"), text(n, "pick-when"), i.body(), i.source());
    }

    private static View view(Views v, Technique t, String body) {
        List<Link> playbooks = v.items(Playbooks.TYPE).stream().filter(p -> p.techniques().contains(t.id()))
                .map(p -> v.link(Playbooks.TYPE, p.id())).toList();
        return new View(t.id(), t.order(), v.plain(t.title()), v.inline(t.summary()), t.changesWeights(), v.inline(t.changes()),
                v.inline(t.cannotChange()), t.cost(), v.inline(t.costNote()), t.timeToResult(), t.reversibility(), v.inline(t.dataNeeded()),
                v.inline(t.typicalFailure()), v.inline(t.pickWhen()),
                v.href(TYPE, t.id()), body, playbooks);
    }
}
