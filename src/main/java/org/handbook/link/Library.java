package org.handbook.link;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.handbook.markdown.Citation;
import org.handbook.markdown.MarkdownParser;
import org.handbook.markdown.ParsedContent;
import org.handbook.markdown.ParsedMarkdown;
import org.handbook.markdown.Reference;
import org.handbook.model.Chapter;
import org.handbook.model.Checklist;
import org.handbook.model.Content;
import org.handbook.model.Flowchart;
import org.handbook.model.Playbook;
import org.handbook.model.SiteConfig;
import org.handbook.model.Source;
import org.handbook.model.Technique;
import org.handbook.model.Term;
import org.handbook.problem.Position;
import org.handbook.problem.Problems;

/**
 * The registry every page is rendered from: items by id and in reading order, their URLs and
 * titles, citation numbers, glossary definitions and term mentions. Built once per build.
 */
public final class Library {
    private final Content content;
    private final ParsedContent parsed;
    private final List<Chapter> chapters;
    private final List<Playbook> playbooks;
    private final List<Term> terms;
    private final List<Technique> techniques;
    private final List<Checklist> checklists;
    private final List<Flowchart> flowcharts;
    private final Map<String, Integer> sourceNumbers = new HashMap<>();
    private final Map<String, String> definitions = new HashMap<>();
    private final Map<String, TermMentions> mentions = new ConcurrentHashMap<>();
    private final Map<String, Object> byRef = new HashMap<>();

    private Library(Content content, ParsedContent parsed) {
        this.content = content;
        this.parsed = parsed;
        this.chapters = content.chapters().stream().sorted(Comparator.comparing(c -> ReadingOrder.key(c.number()))).toList();
        this.playbooks = content.playbooks().stream().sorted(Comparator
                .comparing((Playbook p) -> p.order() == null ? Integer.MAX_VALUE : p.order()).thenComparing(Playbook::title)).toList();
        this.terms = content.terms().stream().sorted(Comparator.comparing((Term t) -> t.term().toLowerCase()).thenComparing(Term::id)).toList();
        this.techniques = content.techniques().stream().sorted(Comparator.comparingInt(Technique::order)).toList();
        this.checklists = content.checklists().stream().sorted(Comparator.comparing(Checklist::title)).toList();
        this.flowcharts = content.flowcharts().stream().sorted(Comparator.comparing(Flowchart::title)).toList();
        for (int i = 0; i < content.sources().size(); i++) sourceNumbers.putIfAbsent(content.sources().get(i).id(), i + 1);
        chapters.forEach(x -> byRef.put("chapter:" + x.id(), x));
        playbooks.forEach(x -> byRef.put("playbook:" + x.id(), x));
        terms.forEach(x -> byRef.put("term:" + x.id(), x));
        techniques.forEach(x -> byRef.put("technique:" + x.id(), x));
        checklists.forEach(x -> byRef.put("checklist:" + x.id(), x));
        flowcharts.forEach(x -> byRef.put("flowchart:" + x.id(), x));
        content.sources().forEach(x -> byRef.put("source:" + x.id(), x));
    }

    /** Links the content: term definitions and mentions; warns about unused terms and sources. */
    public static Library build(Content content, ParsedContent parsed, Problems problems) {
        Library lib = new Library(content, parsed);
        for (Term t : content.terms()) {
            ParsedMarkdown body = parsed.body("term", t.id());
            Node first = body.document().getFirstChild();
            while (first != null && !(first instanceof Paragraph)) first = first.getNext();
            lib.definitions.put(t.id(), first == null ? "" : MarkdownParser.plainText(first).strip());
        }
        TermMatcher matcher = new TermMatcher(content.terms());
        parsed.all().entrySet().parallelStream()
                .filter(e -> !e.getKey().startsWith("term:") && !e.getKey().startsWith("unbound:"))
                .forEach(e -> lib.mentions.put(e.getKey(), TermMentions.find(e.getValue(), matcher, Set.of())));
        lib.warnUnused(problems);
        lib.warnReadingTime(problems);
        return lib;
    }

    /** The sources a text cites ([@id] or a source: link), in order of first citation. */
    public List<String> citations(String key) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        parsed.get(key).ifPresent(md -> {
            for (Node n : md.document().getDescendants()) {
                if (n instanceof Citation c) ids.addAll(c.ids());
                if (n instanceof Link l) Reference.parse(l.getUrl().toString()).filter(r -> r.type().equals("source")).ifPresent(r -> ids.add(r.id()));
            }
        });
        return List.copyOf(ids);
    }

    /** The terms a text links by hand ([text](term:id)), in order of first link. */
    public List<String> linkedTerms(String key) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        parsed.get(key).ifPresent(md -> {
            for (Node n : md.document().getDescendants()) {
                if (n instanceof Link l) Reference.parse(l.getUrl().toString()).filter(r -> r.type().equals("term")).ifPresent(r -> ids.add(r.id()));
            }
        });
        return List.copyOf(ids);
    }

    private void warnUnused(Problems problems) {
        Set<String> usedTerms = new HashSet<>();
        Set<String> cited = new HashSet<>();
        mentions.values().forEach(m -> usedTerms.addAll(m.terms()));
        parsed.all().keySet().forEach(key -> {
            cited.addAll(citations(key));
            linkedTerms(key).stream().filter(id -> !key.equals("term:" + id)).forEach(usedTerms::add);
        });
        content.flowcharts().forEach(f -> f.nodes().values().forEach(n -> n.links().forEach(l ->
                Reference.parse(l).filter(r -> r.type().equals("term")).ifPresent(r -> usedTerms.add(r.id())))));
        for (Term t : content.terms()) {
            if (!usedTerms.contains(t.id())) {
                problems.warning(Position.file(t.source().path()), "term '" + t.term() + "' is defined but never used",
                        "mention it in a chapter or playbook, link it with [" + t.term() + "](term:" + t.id() + "), or remove it");
            }
        }
        for (Source s : content.sources()) {
            if (!cited.contains(s.id())) {
                problems.warning(s.source().at(s.pointer() + "/id"), "source '" + s.id() + "' is never cited",
                        "cite it with [@" + s.id() + "] where the text relies on it, or remove it from the register");
            }
        }
    }

    private void warnReadingTime(Problems problems) {
        for (Chapter c : chapters) {
            if (c.minutes() == null) continue;
            int words = parsed.body("chapter", c.id()).words();
            double minutes = (double) words / config().wordsPerMinute();
            if (minutes < c.minutes() * 0.75 || minutes > c.minutes() * 1.25) {
                problems.warning(c.source().at("/minutes"), String.format("'%s' reads in %.1f minutes (%d words), not the listed %d",
                        c.title(), minutes, words, c.minutes()), String.format("aim for %d–%d words, or change 'minutes'",
                        (int) Math.ceil(c.minutes() * 0.75 * config().wordsPerMinute()), (int) (c.minutes() * 1.25 * config().wordsPerMinute())));
            }
        }
    }

    public SiteConfig config() {
        return content.config();
    }

    public List<Chapter> chapters() {
        return chapters;
    }

    public List<Playbook> playbooks() {
        return playbooks;
    }

    public List<Term> terms() {
        return terms;
    }

    public List<Technique> techniques() {
        return techniques;
    }

    public List<Checklist> checklists() {
        return checklists;
    }

    public List<Flowchart> flowcharts() {
        return flowcharts;
    }

    public List<Source> sources() {
        return content.sources();
    }

    public ParsedContent parsed() {
        return parsed;
    }

    public int sourceNumber(String id) {
        return sourceNumbers.getOrDefault(id, 0);
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable((Source) byRef.get("source:" + id));
    }

    public String definition(String termId) {
        return definitions.getOrDefault(termId, "");
    }

    public Optional<Term> term(String id) {
        return Optional.ofNullable((Term) byRef.get("term:" + id));
    }

    public TermMentions mentions(String key) {
        return mentions.getOrDefault(key, TermMentions.EMPTY);
    }

    public <T> Optional<T> item(String type, String id, Class<T> cls) {
        Object o = byRef.get(type + ":" + id);
        return cls.isInstance(o) ? Optional.of(cls.cast(o)) : Optional.empty();
    }

    /** Reading time of a chapter in whole minutes (at least one). */
    public int readingMinutes(Chapter c) {
        return Math.max(1, (int) Math.round((double) parsed.body("chapter", c.id()).words() / config().wordsPerMinute()));
    }

    /** The site path (with anchor) a reference points at. */
    public String path(Reference r) {
        String base = r.isIndex() ? Urls.index(r.type()) : Urls.page(r.type(), r.id());
        if (r.anchor() == null) return base;
        return base.contains("#") ? base.substring(0, base.indexOf('#')) + "#" + r.anchor() : base + "#" + r.anchor();
    }

    /** A human title for what a reference points at. */
    public String title(Reference r) {
        Object o = byRef.get(r.type() + ":" + r.id());
        String base;
        if (o instanceof Chapter c) base = c.title();
        else if (o instanceof Playbook p) base = p.title();
        else if (o instanceof Term t) base = t.term();
        else if (o instanceof Technique t) base = t.title();
        else if (o instanceof Checklist c) base = c.title();
        else if (o instanceof Flowchart f) base = f.title();
        else if (o instanceof Source s) base = s.title();
        else base = switch (r.type()) {
            case "glossary" -> "Glossary";
            case "sources" -> "Sources";
            case "playbooks" -> "Playbooks";
            case "techniques" -> "The customization menu";
            case "checklists" -> "Checklists";
            case "flowcharts" -> "Flowcharts";
            default -> r.toString();
        };
        if (o instanceof Flowchart f && r.anchor() != null && f.nodes().containsKey(r.anchor())) {
            Flowchart.Node n = f.nodes().get(r.anchor());
            return (n.isOutcome() ? n.outcome() : n.question()) + " (" + base + ")";
        }
        return base;
    }
}
