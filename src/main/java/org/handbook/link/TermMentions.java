package org.handbook.link;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.handbook.markdown.ParsedMarkdown;
import org.handbook.types.Registry;
import org.handbook.types.Terms;

/**
 * The first mention of each glossary term in one text, found once at link time and used by the
 * renderer to wrap exactly that occurrence in a tooltip link.
 */
public final class TermMentions {
    private final Map<Node, List<TermMatcher.Match>> byNode;
    private final Set<String> terms;

    private TermMentions(Map<Node, List<TermMatcher.Match>> byNode, Set<String> terms) {
        this.byNode = byNode;
        this.terms = terms;
    }

    public static final TermMentions EMPTY = new TermMentions(Map.of(), Set.of());

    /** Finds first mentions, skipping headings, links, code and the terms in {@code skip}; {@code types} reads the links. */
    public static TermMentions find(ParsedMarkdown md, TermMatcher matcher, Set<String> skip, Registry types) {
        Map<Node, List<TermMatcher.Match>> byNode = new IdentityHashMap<>();
        Set<String> seen = new HashSet<>(skip);
        // a term the author linked by hand is not linked a second time
        for (Node n : md.document().getDescendants()) {
            if (n instanceof Link l) {
                types.ref(l.getUrl().toString())
                        .filter(r -> r.type() == Terms.TYPE && !r.index()).ifPresent(r -> seen.add(r.id()));
            }
        }
        Set<String> found = new HashSet<>();
        for (Node n : md.document().getDescendants()) {
            if (!(n instanceof Text) || excluded(n)) continue;
            for (TermMatcher.Match m : matcher.find(n.getChars().toString())) {
                if (seen.add(m.termId())) {
                    byNode.computeIfAbsent(n, k -> new ArrayList<>()).add(m);
                    found.add(m.termId());
                }
            }
        }
        return new TermMentions(byNode, Set.copyOf(found));
    }

    private static boolean excluded(Node n) {
        return n.getAncestorOfType(Heading.class, Link.class, LinkRef.class, Code.class, FencedCodeBlock.class,
                IndentedCodeBlock.class, TableHead.class) != null;
    }

    /** Mentions to link inside a text node, in order. */
    public List<TermMatcher.Match> in(Node text) {
        return byNode.getOrDefault(text, List.of());
    }

    /** The terms this text mentions. */
    public Set<String> terms() {
        return terms;
    }
}
