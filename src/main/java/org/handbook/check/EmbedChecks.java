package org.handbook.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.handbook.markdown.ParsedContent;
import org.handbook.markdown.ParsedMarkdown;
import org.handbook.markdown.TextFacts;
import org.handbook.problem.Problems;
import org.handbook.problem.Rule;
import org.handbook.types.Checklists;
import org.handbook.types.Registry;
import org.handbook.types.Terms;
import org.handbook.types.TypedRef;

/**
 * Finds embeds that would show themselves: an embed renders other texts in place (the glossary
 * every term's body, a checklist every item's {@code why}), so a term that embeds the glossary, or
 * a checklist item that embeds its own checklist, or any longer chain back to where it started,
 * would render forever. Each such embed is an error naming the chain.
 */
final class EmbedChecks {
    /** One embed in a text: where it is and which texts it shows. */
    private record Embed(TextFacts.Mark mark, TypedRef ref, List<String> shows) {
    }

    private final Registry types;
    private final ParsedContent parsed;
    private final Problems problems;
    private final Map<String, List<Embed>> embeds = new TreeMap<>();

    EmbedChecks(Registry types, ParsedContent parsed, Problems problems) {
        this.types = types;
        this.parsed = parsed;
        this.problems = problems;
    }

    void check() {
        parsed.all().forEach((key, md) -> embeds.put(key, embedsOf(md)));
        Map<String, Integer> state = new HashMap<>();
        // by identity: two texts may hold equal marks (the same embed at the same offset)
        Set<TextFacts.Mark> reported = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (String key : embeds.keySet()) {
            if (!state.containsKey(key)) visit(key, state, new LinkedHashMap<>(), reported);
        }
    }

    private List<Embed> embedsOf(ParsedMarkdown md) {
        List<Embed> out = new ArrayList<>();
        for (TextFacts.Mark m : md.facts().marks()) {
            if (m.kind() != TextFacts.Kind.IMAGE) continue;
            types.ref(m.text()).filter(r -> r.index() ? r.type().embedsIndex() : r.type().embedsItems())
                    .ifPresent(r -> out.add(new Embed(m, r, shown(r))));
        }
        return out;
    }

    /** The texts an embed renders: every term's body for the glossary, every {@code why} of a checklist. */
    private List<String> shown(TypedRef r) {
        String prefix = r.index() && r.type() == Terms.TYPE ? Terms.TYPE.textKey("")
                : !r.index() && r.type() == Checklists.TYPE ? Checklists.TYPE.textKey(r.id(), "") + "/" : null;
        if (prefix == null) return List.of();
        return parsed.all().keySet().stream().filter(k -> k.startsWith(prefix)).sorted().toList();
    }

    /**
     * Depth-first over "text shows text" from {@code key}; {@code path} holds the texts being
     * visited, each with the embed that leads on from it.
     */
    private void visit(String key, Map<String, Integer> state, LinkedHashMap<String, Embed> path, Set<TextFacts.Mark> reported) {
        state.put(key, 1);
        for (Embed e : embeds.getOrDefault(key, List.of())) {
            path.put(key, e);
            for (String next : e.shows()) {
                Integer s = state.get(next);
                if (s == null) {
                    visit(next, state, path, reported);
                } else if (s == 1 && reported.add(e.mark())) {
                    ParsedMarkdown md = parsed.get(key).orElseThrow();
                    problems.error(Rule.EMBED_CYCLE, md.position(e.mark().offset()), "embed cycle: " + chain(path, next),
                            "an embed shows the embedded text in place, so this one never ends; "
                                    + "link instead, e.g. [see the glossary](glossary:index), or remove the embed");
                }
            }
            path.remove(key);
        }
        state.put(key, 2);
    }

    /** "term:a → ![](checklist:x) → item 'i' of checklist:x → ![](glossary:index) → term:a". */
    private static String chain(LinkedHashMap<String, Embed> path, String back) {
        StringBuilder sb = new StringBuilder();
        boolean in = false;
        for (Map.Entry<String, Embed> step : path.entrySet()) {
            in |= step.getKey().equals(back);
            if (in) sb.append(name(step.getKey())).append(" → ![](").append(step.getValue().ref()).append(") → ");
        }
        return sb.append(name(back)).toString();
    }

    private static String name(String key) {
        int slash = key.indexOf('/');
        return slash < 0 ? key : "item '" + key.substring(slash + 1) + "' of " + key.substring(0, slash);
    }
}
