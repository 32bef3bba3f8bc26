package org.handbook.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.concurrent.ConcurrentHashMap;
import org.handbook.flowchart.Diagram;
import org.handbook.flowchart.FlowchartLayout;
import org.handbook.link.Library;
import org.handbook.link.ReadingOrder;
import org.handbook.link.Urls;
import org.handbook.markdown.ParsedContent;
import org.handbook.markdown.Reference;
import org.handbook.model.Chapter;
import org.handbook.model.Checklist;
import org.handbook.model.Flowchart;
import org.handbook.model.Playbook;
import org.handbook.model.Source;
import org.handbook.model.Technique;
import org.handbook.model.Term;

/** Builds the view records of one page, with every link relative to that page. */
final class ViewFactory {
    private final Library lib;
    private final BodyRenderer bodies;
    private final BiFunction<Reference, String, String> embeds;
    private final FlowchartLayout layout = new FlowchartLayout();
    /** A flowchart's diagram is the same on every page that shows it: laid out once a build. */
    private final Map<String, Diagram> diagrams = new ConcurrentHashMap<>();

    ViewFactory(Library lib, BodyRenderer bodies, BiFunction<Reference, String, String> embeds) {
        this.lib = lib;
        this.bodies = bodies;
        this.embeds = embeds;
    }

    View.Link link(String from, String type, String id) {
        Reference r = new Reference(type, id, null);
        return new View.Link(lib.title(r), Urls.relative(from, lib.path(r)));
    }

    View.Link link(String from, Reference r) {
        return new View.Link(lib.title(r), Urls.relative(from, lib.path(r)));
    }

    private List<View.Link> links(String from, String type, List<String> ids) {
        return ids.stream().map(id -> link(from, type, id)).toList();
    }

    private String body(String from, String key, String idPrefix) {
        return lib.parsed().get(key).map(md -> bodies.render(md, from, lib.mentions(key), embeds, idPrefix)).orElse("");
    }

    View.ContentsEntry contents(String from, Chapter c) {
        return new View.ContentsEntry(ReadingOrder.display(c.number()), c.title(), c.claim(), lib.readingMinutes(c),
                Urls.relative(from, Urls.page("chapter", c.id())));
    }

    View.Chapter chapter(String from, Chapter c) {
        return chapter(from, c, "");
    }

    /** A chapter as part of the one-page book: its heading ids prefixed so twenty chapters share a page. */
    View.Chapter printChapter(String from, Chapter c) {
        return chapter(from, c, "ch-" + c.id() + "-");
    }

    private View.Chapter chapter(String from, Chapter c, String idPrefix) {
        return new View.Chapter(c.id(), ReadingOrder.display(c.number()), c.title(), c.claim(), lib.readingMinutes(c),
                body(from, "chapter:" + c.id(), idPrefix));
    }

    View.Playbook playbook(String from, Playbook p, boolean withBody) {
        return new View.Playbook(p.id(), p.title(), p.question(), p.verdict().key(), p.verdict().label(), p.answer(),
                p.signals().forVerdict(), p.signals().against(), links(from, "technique", p.techniques()),
                link(from, "checklist", p.checklist()), link(from, new Reference("flowchart", p.flowchart(), p.outcome())),
                links(from, "chapter", p.chapters()), Urls.relative(from, Urls.page("playbook", p.id())),
                withBody ? body(from, "playbook:" + p.id(), "") : "");
    }

    View.Term term(String from, Term t) {
        String letter = t.term().substring(0, 1).toUpperCase(Locale.ROOT);
        if (!Character.isLetter(letter.charAt(0))) letter = "#";
        return new View.Term(t.id(), t.term(), t.aliases(), body(from, "term:" + t.id(), "term-" + t.id() + "-"),
                links(from, "term", t.see()), letter);
    }

    View.Technique technique(String from, Technique t, boolean withBody) {
        List<View.Link> playbooks = lib.playbooks().stream().filter(p -> p.techniques().contains(t.id()))
                .map(p -> link(from, "playbook", p.id())).toList();
        return new View.Technique(t.id(), t.order(), t.title(), t.summary(), t.changesWeights(), t.changes(), t.cannotChange(),
                t.cost(), t.costNote(), t.timeToResult(), t.reversibility(), t.dataNeeded(), t.typicalFailure(), t.pickWhen(),
                Urls.relative(from, Urls.page("technique", t.id())), withBody ? body(from, "technique:" + t.id(), "") : "", playbooks);
    }

    View.Checklist checklist(String from, Checklist c) {
        List<View.Section> sections = new ArrayList<>();
        int required = 0;
        for (Checklist.Section s : c.sections()) {
            List<View.Item> items = new ArrayList<>();
            for (Checklist.Item i : s.items()) {
                String why = i.why() == null ? null : body(from, ParsedContent.whyKey(c.id(), i.id()), "why-" + c.id() + "-" + i.id() + "-");
                items.add(new View.Item(i.id(), i.text(), i.who(), why, i.required()));
                if (i.required()) required++;
            }
            sections.add(new View.Section(s.title(), List.copyOf(items)));
        }
        List<View.Link> playbooks = lib.playbooks().stream().filter(p -> p.checklist().equals(c.id()))
                .map(p -> link(from, "playbook", p.id())).toList();
        return new View.Checklist(c.id(), c.title(), c.purpose(), c.useWhen(), c.version(), c.itemCount(), required,
                List.copyOf(sections), links(from, "chapter", c.chapters()), playbooks, Urls.relative(from, Urls.page("checklist", c.id())));
    }

    View.Flowchart flowchart(String from, Flowchart f) {
        Map<String, Integer> numbers = new java.util.HashMap<>();
        int n = 1;
        for (String id : f.nodes().keySet()) numbers.put(id, n++);
        List<View.Node> nodes = new ArrayList<>();
        for (Flowchart.Node node : f.nodes().values()) {
            List<View.Option> options = node.options().stream().map(o -> {
                Flowchart.Node next = f.nodes().get(o.next());
                return new View.Option(o.label(), o.next(), numbers.getOrDefault(o.next(), 0),
                        next == null ? o.next() : next.isOutcome() ? next.outcome() : next.question());
            }).toList();
            List<View.Link> links = node.links().stream().map(l -> link(from, Reference.parse(l).orElseThrow())).toList();
            nodes.add(new View.Node(node.id(), numbers.get(node.id()), node.question(), node.help(), options, node.outcome(),
                    node.verdict() == null ? null : node.verdict().key(), node.verdict() == null ? null : node.verdict().label(),
                    node.summary(), links));
        }
        List<View.Link> playbooks = lib.playbooks().stream().filter(p -> p.flowchart().equals(f.id()))
                .map(p -> link(from, "playbook", p.id())).toList();
        return new View.Flowchart(f.id(), f.title(), f.description(), f.start(), nodes, playbooks,
                Urls.relative(from, Urls.page("flowchart", f.id())), diagrams.computeIfAbsent(f.id(), k -> layout.layout(f, numbers)));
    }

    View.Source source(Source s) {
        String authors = s.authors().size() > 3 ? s.authors().get(0) + " et al." : String.join("; ", s.authors());
        return new View.Source(s.id(), lib.sourceNumber(s.id()), authors, s.issued(), s.title(), s.containerTitle(),
                s.publisher(), s.url(), s.note());
    }
}
