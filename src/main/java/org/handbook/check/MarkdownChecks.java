package org.handbook.check;

import java.util.Optional;
import java.util.Set;
import org.handbook.markdown.ParsedMarkdown;
import org.handbook.markdown.TextFacts;
import org.handbook.problem.DidYouMean;
import org.handbook.problem.Problems;
import org.handbook.problem.Rule;
import org.handbook.types.Registry;
import org.handbook.types.Sources;
import org.handbook.types.TypedRef;

/**
 * Checks one parsed Markdown text: no raw HTML, only safe link targets, typed references and
 * anchors that resolve, citations of known sources, embeds in a paragraph of their own.
 */
final class MarkdownChecks {
    private final Registry types;
    private final ReferenceResolver refs;
    private final Problems problems;

    MarkdownChecks(Registry types, ReferenceResolver refs, Problems problems) {
        this.types = types;
        this.refs = refs;
        this.problems = problems;
    }

    void check(ParsedMarkdown md) {
        md.unreadable().ifPresent(u -> problems.error(Rule.NESTING, md.position(u.offset()), u.message(),
                "flatten it: a page rarely needs more than three levels of lists or quotes"));
        for (TextFacts.Mark m : md.facts().marks()) {
            switch (m.kind()) {
                case HTML -> {
                    String snippet = m.text().length() > 40 ? m.text().substring(0, 40) + "..." : m.text();
                    problems.error(Rule.RAW_HTML, md.position(m.offset()), "raw HTML is not allowed: " + snippet,
                            "content is text, not code: use Markdown (e.g. **bold**, lists, tables) instead of HTML tags");
                }
                case IMAGE -> checkEmbed(md, m);
                case IMAGE_REF -> problems.error(Rule.IMAGE, md.position(m.offset()), "reference-style images are not supported",
                        "embed generated content with " + String.join(" or ", types.embeds()));
                case LINK, AUTOLINK, REFERENCE -> checkUrl(md, m.offset(), m.text());
                case CITATION -> {
                    Set<String> sources = refs.ids(Sources.TYPE);
                    for (String id : m.text().split(" ")) {
                        if (!sources.contains(id)) {
                            problems.error(Rule.UNKNOWN_CITATION, md.position(m.offset()), "unknown source '" + id + "' in citation",
                                    DidYouMean.hint(id, sources, "source") + " (sources are listed in content/sources.yaml)");
                        }
                    }
                }
                case VALUE, UNCLOSED -> {
                    // the named-value checks read these
                }
            }
        }
    }

    private void checkEmbed(ParsedMarkdown md, TextFacts.Mark m) {
        String url = m.text();
        Optional<TypedRef> ref = types.ref(url);
        if (ref.isEmpty() || !(ref.get().index() ? ref.get().type().embedsIndex() : ref.get().type().embedsItems())) {
            problems.error(Rule.IMAGE, md.position(m.offset()), "images are not supported: '" + url + "'",
                    "the handbook makes no external requests; embed generated content with " + String.join(", ", types.embeds()));
            return;
        }
        if (!m.alone()) {
            problems.error(Rule.EMBED_PLACEMENT, md.position(m.offset()), "an embed must stand alone in its own paragraph",
                    "put a blank line before and after ![](" + url + ")");
        }
        refs.problem(ref.get()).ifPresent(p -> problems.error(md.position(m.offset()), p));
    }

    private void checkUrl(ParsedMarkdown md, int at, String raw) {
        String url = UrlSafety.normalize(raw);
        if (url.isEmpty()) {
            problems.error(Rule.EMPTY_LINK, md.position(at), "empty link target", "write the target inside the parentheses: [text](term:lora)");
            return;
        }
        if (url.startsWith("#")) {
            String anchor = url.substring(1);
            if (!md.hasAnchor(anchor)) {
                problems.error(Rule.UNKNOWN_ANCHOR, md.position(at), "no heading with id '#" + anchor + "' on this page",
                        DidYouMean.hint(anchor, md.headings().stream().map(h -> h.id()).toList(), "anchor"));
            }
            return;
        }
        Optional<TypedRef> ref = types.ref(url);
        if (ref.isPresent()) {
            refs.problem(ref.get()).ifPresent(p -> problems.error(md.position(at), p));
            return;
        }
        UrlSafety.problem(url, types).or(() -> UrlSafety.addressProblem(raw)).ifPresent(p -> problems.error(md.position(at), p));
    }
}
