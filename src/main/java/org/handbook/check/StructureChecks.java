package org.handbook.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.handbook.markdown.ParsedContent;
import org.handbook.markdown.ParsedMarkdown;
import org.handbook.model.Checklist;
import org.handbook.model.Content;
import org.handbook.model.Playbook;
import org.handbook.model.SourceMap;
import org.handbook.model.Technique;
import org.handbook.model.Term;
import org.handbook.problem.DidYouMean;
import org.handbook.problem.Position;
import org.handbook.problem.Problems;

/**
 * Rules about ids and front-matter references: ids unique where they must be, every id named in
 * front matter exists, playbooks have their fixed sections and a real flowchart outcome.
 */
final class StructureChecks {
    /** The sections every playbook body has, in this order. */
    static final List<String> PLAYBOOK_SECTIONS = List.of("The question in the room", "What is really to change",
            "The options", "The verdict", "What would change the verdict", "First three steps");

    private final Targets targets;
    private final Problems problems;

    StructureChecks(Targets targets, Problems problems) {
        this.targets = targets;
        this.problems = problems;
    }

    void check(Content c, ParsedContent parsed) {
        Map<String, String> numbers = new HashMap<>();
        c.chapters().forEach(ch -> {
            String prev = numbers.putIfAbsent(ch.number(), ch.id());
            if (prev != null) problems.error(ch.source().at("/number"), "chapter number '" + ch.number() + "' is also used by '" + prev + "'",
                    "give each section its own number");
        });
        Map<Integer, String> orders = new HashMap<>();
        for (Technique t : c.techniques()) {
            String prev = orders.putIfAbsent(t.order(), t.id());
            if (prev != null) problems.error(t.source().at("/order"), "technique order " + t.order() + " is also used by '" + prev + "'",
                    "give each technique its own position in the menu");
        }
        for (Playbook p : c.playbooks()) playbook(p, parsed.body("playbook", p.id()));
        terms(c.terms());
        for (Checklist cl : c.checklists()) checklist(cl);
        Set<String> sourceIds = new HashSet<>();
        c.sources().forEach(s -> {
            if (!sourceIds.add(s.id())) problems.error(s.source().at(s.pointer() + "/id"), "duplicate source id '" + s.id() + "'",
                    "each entry of the source register needs its own id");
        });
    }

    private void playbook(Playbook p, ParsedMarkdown body) {
        SourceMap m = p.source();
        ids(m, "/techniques", p.techniques(), "technique");
        ids(m, "/chapters", p.chapters(), "chapter");
        id(m, "/checklist", p.checklist(), "checklist");
        if (id(m, "/flowchart", p.flowchart(), "flowchart")) {
            targets.flowchart(p.flowchart()).ifPresent(f -> {
                var node = f.nodes().get(p.outcome());
                if (node == null) {
                    problems.error(m.at("/outcome"), "flowchart '" + f.id() + "' has no node '" + p.outcome() + "'",
                            DidYouMean.hint(p.outcome(), f.nodes().values().stream().filter(n -> n.isOutcome()).map(n -> n.id()).toList(), "outcome"));
                } else if (!node.isOutcome()) {
                    problems.error(m.at("/outcome"), "node '" + p.outcome() + "' of flowchart '" + f.id() + "' is a question, not an outcome",
                            "name the outcome node that leads to this playbook");
                }
            });
        }
        List<String> found = body.headings().stream().filter(h -> h.level() == 2).map(h -> h.text()).toList();
        int at = 0;
        for (String want : PLAYBOOK_SECTIONS) {
            int i = indexOf(found, want, at);
            if (i < 0) {
                problems.error(new Position(body.source().path(), body.source().firstLine(), 1),
                        "playbook is missing the section '## " + want + "'",
                        "playbooks have these sections in order: " + String.join(", ", PLAYBOOK_SECTIONS));
            } else {
                at = i + 1;
            }
        }
    }

    private static int indexOf(List<String> list, String want, int from) {
        for (int i = from; i < list.size(); i++) if (list.get(i).equalsIgnoreCase(want)) return i;
        return -1;
    }

    private void terms(List<Term> terms) {
        Map<String, String> names = new HashMap<>();
        for (Term t : terms) {
            ids(t.source(), "/see", t.see(), "term");
            if (t.see().contains(t.id())) problems.error(t.source().at("/see"), "term '" + t.id() + "' lists itself under 'see'", "remove it");
            if (t.body().isBlank()) problems.error(new Position(t.source().path(), t.body().firstLine(), 1),
                    "term '" + t.id() + "' has no definition", "write a short definition as the first paragraph of the body");
            claim(names, t.term(), t, "/term");
            for (int i = 0; i < t.aliases().size(); i++) claim(names, t.aliases().get(i), t, "/aliases/" + i);
        }
    }

    private void claim(Map<String, String> names, String name, Term t, String pointer) {
        String key = name.toLowerCase(Locale.ROOT).strip();
        String prev = names.putIfAbsent(key, t.id());
        if (prev != null && !prev.equals(t.id())) {
            problems.error(t.source().at(pointer), "'" + name + "' already names the term '" + prev + "'",
                    "a name or alias can belong to one term only; remove it here or there");
        }
    }

    private void checklist(Checklist cl) {
        ids(cl.source(), "/chapters", cl.chapters(), "chapter");
        Set<String> seen = new HashSet<>();
        for (Checklist.Section s : cl.sections()) {
            for (Checklist.Item i : s.items()) {
                if (!seen.add(i.id())) {
                    problems.error(cl.source().at(i.pointer() + "/id"), "duplicate item id '" + i.id() + "' in checklist '" + cl.id() + "'",
                            "item ids keep ticks across edits; give each item its own id");
                }
            }
        }
    }

    private void ids(SourceMap m, String pointer, List<String> ids, String type) {
        for (int i = 0; i < ids.size(); i++) id(m, pointer + "/" + i, ids.get(i), type);
    }

    private boolean id(SourceMap m, String pointer, String id, String type) {
        Set<String> known = targets.ids(type);
        if (known.contains(id)) return true;
        problems.error(m.at(pointer), "unknown " + type + " '" + id + "'", DidYouMean.hint(id, known, type));
        return false;
    }
}
