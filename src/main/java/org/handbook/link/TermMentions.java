package org.handbook.link;

import com.vladsch.flexmark.ast.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.handbook.markdown.ParsedMarkdown;
import org.handbook.markdown.TextFacts;
import org.handbook.types.Registry;
import org.handbook.types.Terms;

/**
 * The first mention of each glossary term in one text, found once at link time in the text's
 * runs ({@link TextFacts#runs()}) and used by the renderer to wrap exactly that occurrence in a
 * tooltip link: the text node that starts where the run does, with the same length.
 */
public final class TermMentions {
    /** The matches in the run at an offset, and the run's length. */
    private record At(int length, List<TermMatcher.Match> matches) {
    }

    private final Map<Integer, At> byOffset;
    private final Set<String> terms;

    private TermMentions(Map<Integer, At> byOffset, Set<String> terms) {
        this.byOffset = byOffset;
        this.terms = terms;
    }

    public static final TermMentions EMPTY = new TermMentions(Map.of(), Set.of());

    /** Finds first mentions, skipping headings, links, code and the terms in {@code skip}; {@code types} reads the links. */
    public static TermMentions find(ParsedMarkdown md, TermMatcher matcher, Set<String> skip, Registry types) {
        if (matcher.isEmpty()) return EMPTY;
        Map<Integer, At> byOffset = new HashMap<>();
        Set<String> seen = new HashSet<>(skip);
        TextFacts facts = md.facts();
        // a term the author linked by hand is not linked a second time
        for (TextFacts.Mark m : facts.marks()) {
            if (m.kind() == TextFacts.Kind.LINK) {
                types.ref(m.text()).filter(r -> r.type() == Terms.TYPE && !r.index()).ifPresent(r -> seen.add(r.id()));
            }
        }
        Set<String> found = new HashSet<>();
        String text = md.source().text();
        for (TextFacts.Run run : facts.runs()) {
            for (TermMatcher.Match m : matcher.find(run.in(text))) {
                if (seen.add(m.termId())) {
                    byOffset.computeIfAbsent(run.offset(), k -> new At(run.length(), new ArrayList<>())).matches().add(m);
                    found.add(m.termId());
                }
            }
        }
        return new TermMentions(byOffset, Set.copyOf(found));
    }

    /** Mentions to link inside a text node, in order. */
    public List<TermMatcher.Match> in(Text text) {
        At at = byOffset.get(text.getStartOffset());
        return at == null || at.length() != text.getTextLength() ? List.of() : at.matches();
    }

    /** The terms this text mentions. */
    public Set<String> terms() {
        return terms;
    }
}
