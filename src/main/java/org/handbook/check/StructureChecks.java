package org.handbook.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.handbook.load.Content;
import org.handbook.markdown.ParsedContent;
import org.handbook.markdown.ParsedMarkdown;
import org.handbook.model.Chapter;
import org.handbook.model.Checklist;
import org.handbook.model.Flowchart;
import org.handbook.model.Playbook;
import org.handbook.model.SourceMap;
import org.handbook.model.Technique;
import org.handbook.model.Term;
import org.handbook.problem.DidYouMean;
import org.handbook.problem.Position;
import org.handbook.problem.Problems;
import org.handbook.problem.Rule;
import org.handbook.types.Chapters;
import org.handbook.types.Checklists;
import org.handbook.types.ContentType;
import org.handbook.types.Flowcharts;
import org.handbook.types.Playbooks;
import org.handbook.types.Techniques;
import org.handbook.types.Terms;

/**
 * Rules about ids and fields: every id a field names exists (as its type declares), ids and
 * numbers are unique where they must be, Markdown items have the sections handbook.yaml requires
 * of their collection, verdicts are ones handbook.yaml declares, and playbooks name a real
 * flowchart outcome.
 */
final class StructureChecks {
    private final ReferenceResolver refs;
    private final Problems problems;

    StructureChecks(ReferenceResolver refs, Problems problems) {
        this.refs = refs;
        this.problems = problems;
    }

    void check(Content c, ParsedContent parsed) {
        for (ContentType<?> type : c.types().all()) fieldRefs(c, type);
        Map<String, String> numbers = new HashMap<>();
        for (Chapter ch : c.items(Chapters.TYPE)) {
            String prev = numbers.putIfAbsent(ch.number(), ch.id());
            if (prev != null) problems.error(Rule.DUPLICATE_NUMBER, ch.source().at("/number"),
                    "chapter number '" + ch.number() + "' is also used by '" + prev + "'", "give each section its own number");
        }
        Map<Integer, String> orders = new HashMap<>();
        for (Technique t : c.items(Techniques.TYPE)) {
            String prev = orders.putIfAbsent(t.order(), t.id());
            if (prev != null) problems.error(Rule.DUPLICATE_NUMBER, t.source().at("/order"),
                    "technique order " + t.order() + " is also used by '" + prev + "'", "give each technique its own position in the menu");
        }
        for (Playbook p : c.items(Playbooks.TYPE)) playbook(c, p);
        for (ContentType<?> type : c.types().all()) sections(c, type, parsed);
        if (c.config() != null) verdicts(c);
        terms(c.items(Terms.TYPE));
        for (Checklist cl : c.items(Checklists.TYPE)) checklist(cl);
    }

    /** The ids each field of each item names, as the type declares its fields. */
    private <T extends Record> void fieldRefs(Content c, ContentType<T> type) {
        for (T item : c.items(type)) {
            SourceMap m = type.source(item);
            for (ContentType.Refs<T> field : type.refs()) {
                List<String> ids = field.ids().apply(item);
                for (int i = 0; i < ids.size(); i++) id(m, field.list() ? field.pointer() + "/" + i : field.pointer(), ids.get(i), field.target().get());
            }
        }
    }

    private void playbook(Content c, Playbook p) {
        if (refs.ids(Flowcharts.TYPE).contains(p.flowchart())) {
            c.item(Flowcharts.TYPE, p.flowchart()).ifPresent(f -> outcome(p, f));
        }
    }

    /** The sections handbook.yaml requires of a Markdown collection, in each item's body in order. */
    private <T extends Record> void sections(Content c, ContentType<T> type, ParsedContent parsed) {
        if (c.config() == null || type.layout() != ContentType.Layout.MARKDOWN) return;
        List<String> wanted = type.words().over(c.config().collections().get(type.folder())).sections();
        if (wanted.isEmpty()) return;
        for (T item : c.items(type)) {
            ParsedMarkdown body = parsed.text(type.textKey(type.id(item)));
            List<String> found = body.headings().stream().filter(h -> h.level() == 2).map(h -> h.text()).toList();
            int at = 0;
            for (String want : wanted) {
                int i = indexOf(found, want, at);
                if (i < 0) {
                    problems.error(Rule.PLAYBOOK_SECTION, new Position(body.source().path(), body.source().firstLine(), 1),
                            type.name() + " is missing the section '## " + want + "'",
                            "handbook.yaml asks " + type.folder() + " for these sections in order: " + String.join(", ", wanted));
                } else {
                    at = i + 1;
                }
            }
        }
    }

    /** Every verdict a playbook or a flowchart outcome names, today's and the measured one, is declared in handbook.yaml. */
    private void verdicts(Content c) {
        List<String> known = c.config().verdicts().stream().map(org.handbook.model.Verdict::id).toList();
        for (Playbook p : c.items(Playbooks.TYPE)) {
            verdict(known, p.source(), "/verdict", p.verdict());
            if (p.ifMeasured() != null) verdict(known, p.source(), "/if-measured/verdict", p.ifMeasured().verdict());
        }
        for (Flowchart f : c.items(Flowcharts.TYPE)) {
            for (Flowchart.Node n : f.nodes().values()) {
                String at = "/nodes/" + n.id();
                if (n.verdict() != null) verdict(known, f.source(), at + "/verdict", n.verdict());
                if (n.ifMeasured() != null) verdict(known, f.source(), at + "/if-measured/verdict", n.ifMeasured().verdict());
            }
        }
    }

    private void verdict(List<String> known, SourceMap source, String pointer, String id) {
        if (id == null || known.contains(id)) return;
        problems.error(Rule.UNKNOWN_VERDICT, source.at(pointer), "unknown verdict '" + id + "'",
                known.isEmpty() ? "declare the verdicts under 'verdicts' in handbook.yaml"
                        : DidYouMean.closest(id, known).map(s -> "did you mean '" + s + "'?")
                        .orElse("handbook.yaml declares these verdicts: " + String.join(", ", known)));
    }

    private void outcome(Playbook p, Flowchart f) {
        Flowchart.Node node = f.nodes().get(p.outcome());
        if (node == null) {
            problems.error(Rule.PLAYBOOK_OUTCOME, p.source().at("/outcome"), "flowchart '" + f.id() + "' has no node '" + p.outcome() + "'",
                    DidYouMean.hint(p.outcome(), f.nodes().values().stream().filter(Flowchart.Node::isOutcome).map(Flowchart.Node::id).toList(), "outcome"));
        } else if (!node.isOutcome()) {
            problems.error(Rule.PLAYBOOK_OUTCOME, p.source().at("/outcome"), "node '" + p.outcome() + "' of flowchart '" + f.id() + "' is a question, not an outcome",
                    "name the outcome node that leads to this playbook");
        } else {
            sameVerdicts(p, f, node);
        }
    }

    /** A playbook gives the verdicts of the outcome that leads to it: today's, and the one if the measurement holds. */
    private void sameVerdicts(Playbook p, Flowchart f, Flowchart.Node node) {
        String where = "outcome '" + node.id() + "' of flowchart '" + f.id() + "'";
        String hint = "a playbook and its outcome give the same verdicts, today's and the one if the measurement holds";
        if (!p.verdict().equals(node.verdict())) {
            problems.error(Rule.VERDICT_MISMATCH, p.source().at("/verdict"), "verdict '" + p.verdict() + "' differs from the verdict of " + where
                    + " ('" + node.verdict() + "')", hint);
        }
        String mine = p.ifMeasured() == null ? null : p.ifMeasured().verdict();
        String its = node.ifMeasured() == null ? null : node.ifMeasured().verdict();
        if (java.util.Objects.equals(mine, its)) return;
        String message = mine == null ? where + " gives '" + its + "' if its measurement holds; this playbook names no measurement"
                : its == null ? "'if-measured' gives '" + mine + "', but " + where + " names no measurement"
                : "'if-measured' gives '" + mine + "', " + where + " gives '" + its + "'";
        problems.error(Rule.VERDICT_MISMATCH, p.source().at(mine == null ? "/verdict" : "/if-measured/verdict"), message, hint);
    }

    private static int indexOf(List<String> list, String want, int from) {
        for (int i = from; i < list.size(); i++) if (list.get(i).equalsIgnoreCase(want)) return i;
        return -1;
    }

    private void terms(List<Term> terms) {
        Map<String, String> names = new HashMap<>();
        for (Term t : terms) {
            if (t.see().contains(t.id())) problems.error(Rule.SELF_REFERENCE, t.source().at("/see"), "term '" + t.id() + "' lists itself under 'see'", "remove it");
            if (t.body().isBlank()) problems.error(Rule.MISSING_DEFINITION, new Position(t.source().path(), t.body().firstLine(), 1),
                    "term '" + t.id() + "' has no definition", "write a short definition as the first paragraph of the body");
            claim(names, t.term(), t, "/term");
            for (int i = 0; i < t.aliases().size(); i++) claim(names, t.aliases().get(i), t, "/aliases/" + i);
        }
    }

    private void claim(Map<String, String> names, String name, Term t, String pointer) {
        String key = name.toLowerCase(Locale.ROOT).strip();
        String prev = names.putIfAbsent(key, t.id());
        if (prev != null && !prev.equals(t.id())) {
            problems.error(Rule.DUPLICATE_NAME, t.source().at(pointer), "'" + name + "' already names the term '" + prev + "'",
                    "a name or alias can belong to one term only; remove it here or there");
        }
    }

    private void checklist(Checklist cl) {
        Set<String> seen = new HashSet<>();
        for (Checklist.Section s : cl.sections()) {
            for (Checklist.Item i : s.items()) {
                if (!seen.add(i.id())) {
                    problems.error(Rule.DUPLICATE_ITEM, cl.source().at(i.pointer() + "/id"), "duplicate item id '" + i.id() + "' in checklist '" + cl.id() + "'",
                            "item ids keep ticks across edits; give each item its own id");
                }
            }
        }
    }

    private void id(SourceMap m, String pointer, String id, ContentType<?> type) {
        Set<String> known = refs.ids(type);
        if (known.contains(id)) return;
        problems.error(Rule.UNKNOWN_REFERENCE, m.at(pointer), "unknown " + type.name() + " '" + id + "'", DidYouMean.hint(id, known, type.name()));
    }
}
