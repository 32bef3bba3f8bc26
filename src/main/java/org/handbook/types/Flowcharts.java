package org.handbook.types;

import static org.handbook.types.Fields.list;
import static org.handbook.types.Fields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.handbook.flowchart.Diagram;
import org.handbook.flowchart.FlowchartLayout;
import org.handbook.model.Flowchart;
import org.handbook.model.SourceMap;

/** Decision trees: question nodes with options leading on, ending in outcomes, drawn at build time and walked in the browser. */
public final class Flowcharts {
    /** The layout engine, made when a flowchart is first drawn: loading ELK costs a command that draws none (--version, a build of no flowcharts) 50 ms. */
    private static final class Layout {
        static final FlowchartLayout ENGINE = new FlowchartLayout();
    }

    private Flowcharts() {
    }

    public static final ContentType<Flowchart> TYPE = ContentType.of("flowchart", Flowchart.class, ContentType.Layout.YAML)
            .folder("flowcharts")
            .binder(i -> bind(i.id(), i.fields(), i.source()))
            .id(Flowchart::id).title(Flowchart::title).source(Flowchart::source)
            .summary(f -> f.description() == null ? f.title() : f.description())
            .order(Comparator.comparing(Flowchart::title))
            .anchors(f -> new TreeSet<>(f.nodes().keySet()))
            .anchorTitle(Flowcharts::nodeTitle)
            .index("Flowcharts", "Decision trees to walk through, one question at a time.")
            .nav("Flowcharts", 4)
            .onHome()
            .embedsItems()
            .script("walk.js")
            .page(Flowcharts::view)
            .card(Flowcharts::card)
            .search(Flowcharts::records)
            .scaffold("flowchart.yaml")
            .build();

    /** A flowchart with its nodes numbered as the decision table numbers them, and its laid-out diagram. */
    public record View(String id, String title, String description, String start, List<Node> nodes,
                       List<Ending> playbooks, String href, Diagram diagram) {
    }

    /** An outcome and the playbooks whose routes end there. */
    public record Ending(String id, String outcome, List<Link> playbooks) {
    }

    /** A flowchart in a list: its title and description, not its nodes (a card shows no value they name). */
    public record Card(String title, String href, String description) {
    }

    /**
     * A question or an outcome; its texts as HTML, the question and help also as plain text (the
     * walk's first step repeats them); {@code verdict} is null for a question.
     */
    public record Node(String id, int number, String question, String help, List<Option> options, String outcome,
                       VerdictView verdict, String summary, List<Link> links, String questionText, String helpText) {
    }

    /** An answer and where it leads; {@code label} as HTML, {@code text} as plain text (for a button). */
    public record Option(String label, String text, String next, int nextNumber, String nextTitle) {
    }

    private static Flowchart bind(String id, JsonNode n, SourceMap map) {
        Map<String, Flowchart.Node> nodes = new LinkedHashMap<>();
        n.get("nodes").fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            List<Flowchart.Option> options = new ArrayList<>();
            if (v.has("options")) v.get("options").forEach(o -> options.add(new Flowchart.Option(text(o, "label"), text(o, "next"))));
            nodes.put(e.getKey(), new Flowchart.Node(e.getKey(), text(v, "question"), text(v, "help"), List.copyOf(options),
                    text(v, "outcome"), text(v, "verdict"), Fields.ifMeasured(v), text(v, "summary"), list(v, "links")));
        });
        return new Flowchart(id, text(n, "title"), text(n, "description"), text(n, "start"), Collections.unmodifiableMap(nodes), map);
    }

    private static Card card(Views v, Flowchart f) {
        return new Card(v.plain(f.title()), v.href(TYPE, f.id()), v.inline(f.description()));
    }

    /** A reference to a node reads as the node: "Use retrieval (What to change)". */
    private static String nodeTitle(Flowchart f, String anchor) {
        Flowchart.Node n = f.nodes().get(anchor);
        return n == null ? null : (n.isOutcome() ? n.outcome() : n.question()) + " (" + f.title() + ")";
    }

    /** A flowchart as seen from the page being rendered. */
    public static View view(Views v, Flowchart f) {
        Map<String, Integer> numbers = new HashMap<>();
        int n = 1;
        for (String id : f.nodes().keySet()) numbers.put(id, n++);
        List<Node> nodes = new ArrayList<>();
        for (Flowchart.Node node : f.nodes().values()) {
            List<Option> options = node.options().stream().map(o -> {
                Flowchart.Node next = f.nodes().get(o.next());
                return new Option(v.inline(o.label()), v.plain(o.label()), o.next(), numbers.getOrDefault(o.next(), 0),
                        v.plain(next == null ? o.next() : next.isOutcome() ? next.outcome() : next.question()));
            }).toList();
            List<Link> links = node.links().stream().map(l -> v.link(l)).toList();
            nodes.add(new Node(node.id(), numbers.get(node.id()), v.inline(node.question()), v.inline(node.help()), options, v.inline(node.outcome()),
                    node.isOutcome() ? VerdictView.of(v, node.verdict(), node.ifMeasured()) : null,
                    v.inline(node.summary()), links, v.plain(node.question()), v.plain(node.help())));
        }
        List<Ending> playbooks = new ArrayList<>();
        for (Flowchart.Node node : f.nodes().values()) {
            if (!node.isOutcome()) continue;
            List<Link> ending = v.items(Playbooks.TYPE).stream()
                    .filter(p -> p.flowchart().equals(f.id()) && !p.route().isEmpty() && p.route().get(p.route().size() - 1).equals(node.id()))
                    .map(p -> v.link(Playbooks.TYPE, p.id())).toList();
            if (!ending.isEmpty()) playbooks.add(new Ending(node.id(), v.inline(node.outcome()), ending));
        }
        // the same on every page that shows it: laid out once a build
        Diagram diagram = v.shared("flowchart-diagram:" + f.id(), () -> Layout.ENGINE.layout(plain(f, v), numbers, v::verdict));
        return new View(f.id(), v.plain(f.title()), v.inline(f.description()), f.start(), nodes, playbooks, v.href(TYPE, f.id()), diagram);
    }

    /** The flowchart with its named values written out, for the picture's plain text. */
    private static Flowchart plain(Flowchart f, Views v) {
        Map<String, Flowchart.Node> nodes = new LinkedHashMap<>();
        f.nodes().forEach((id, n) -> nodes.put(id, new Flowchart.Node(id, v.plain(n.question()), v.plain(n.help()),
                n.options().stream().map(o -> new Flowchart.Option(v.plain(o.label()), o.next())).toList(), v.plain(n.outcome()),
                n.verdict(), n.ifMeasured(), v.plain(n.summary()), n.links())));
        return new Flowchart(f.id(), v.plain(f.title()), v.plain(f.description()), f.start(), Collections.unmodifiableMap(nodes), f.source());
    }

    /** The flowchart, then each outcome on its own, so a search for a verdict lands on it. */
    private static void records(Flowchart f, SearchSink sink) {
        String page = TYPE.path(f.id());
        sink.add(f.title(), sink.label(), page, f.description() == null ? "" : f.description());
        for (Flowchart.Node n : f.nodes().values()) {
            if (n.isOutcome()) sink.add(n.outcome(), f.title() + " › outcome: " + sink.verdictLabel(n.verdict()), page + "#" + n.id(), n.summary());
        }
    }
}
