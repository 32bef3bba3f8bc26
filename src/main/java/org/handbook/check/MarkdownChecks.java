package org.handbook.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.handbook.cache.Memo;
import org.handbook.markdown.ParsedMarkdown;
import org.handbook.markdown.TextFacts;
import org.handbook.problem.DidYouMean;
import org.handbook.problem.Problem;
import org.handbook.problem.Problems;
import org.handbook.problem.Rule;
import org.handbook.types.Registry;
import org.handbook.types.Sources;
import org.handbook.types.TypedRef;

/**
 * Checks one parsed Markdown text: no raw HTML, only safe link targets, typed references and
 * anchors that resolve, citations of known sources, embeds in a paragraph of their own. What a
 * text has wrong on its own, and the references and citations it makes, are found once per text
 * ({@link Scan}, kept by a dev server for the texts a save left alone); the references and
 * citations are resolved against each build's content.
 */
final class MarkdownChecks {
    private final Registry types;
    private final ReferenceResolver refs;
    private final Problems problems;
    private final Memo<Text, Scan> scans;

    MarkdownChecks(Registry types, ReferenceResolver refs, Problems problems, Memo<Text, Scan> scans) {
        this.types = types;
        this.refs = refs;
        this.problems = problems;
        this.scans = scans;
    }

    /** A parsed text as a registry reads it: the same objects while the text is unchanged. */
    record Text(ParsedMarkdown md, Registry types) {
    }

    /**
     * A typed reference or a citation a text makes, at which character of it; a citation's {@code
     * ref} is null. Placed on a line only if it is wrong: most texts' line maps are never needed.
     */
    private record Made(int offset, TypedRef ref, String source) {
    }

    /** What a text has wrong on its own, and the references and citations to resolve. */
    record Scan(List<Problem> own, List<Made> made) {
    }

    void check(ParsedMarkdown md) {
        Scan scan = scans.get(new Text(md, types), t -> scan(t.md()));
        scan.own().forEach(problems::add);
        for (Made m : scan.made()) {
            if (m.ref() != null) {
                refs.problem(m.ref()).ifPresent(p -> problems.error(md.position(m.offset()), p));
                continue;
            }
            Set<String> sources = refs.ids(Sources.TYPE);
            if (!sources.contains(m.source())) {
                problems.error(Rule.UNKNOWN_CITATION, md.position(m.offset()), "unknown source '" + m.source() + "' in citation",
                        DidYouMean.hint(m.source(), sources, "source") + " (sources are listed in content/sources.yaml)");
            }
        }
    }

    private Scan scan(ParsedMarkdown md) {
        Problems own = new Problems();
        List<Made> made = new ArrayList<>();
        md.unreadable().ifPresent(u -> own.error(Rule.NESTING, md.position(u.offset()), u.message(),
                "flatten it: a page rarely needs more than three levels of lists or quotes"));
        for (TextFacts.Mark m : md.facts().marks()) {
            switch (m.kind()) {
                case HTML -> {
                    String snippet = m.text().length() > 40 ? m.text().substring(0, 40) + "..." : m.text();
                    own.error(Rule.RAW_HTML, md.position(m.offset()), "raw HTML is not allowed: " + snippet,
                            "content is text, not code: use Markdown (e.g. **bold**, lists, tables) instead of HTML tags");
                }
                case IMAGE -> checkEmbed(md, m, own, made);
                case IMAGE_REF -> own.error(Rule.IMAGE, md.position(m.offset()), "reference-style images are not supported",
                        "embed generated content with " + String.join(" or ", types.embeds()));
                case LINK, AUTOLINK, REFERENCE -> checkUrl(md, m.offset(), m.text(), own, made);
                case CITATION -> {
                    for (String id : m.text().split(" ")) made.add(new Made(m.offset(), null, id));
                }
                case VALUE, UNCLOSED -> {
                    // the named-value checks read these
                }
            }
        }
        return new Scan(own.sorted(), List.copyOf(made));
    }

    private void checkEmbed(ParsedMarkdown md, TextFacts.Mark m, Problems own, List<Made> made) {
        String url = m.text();
        Optional<TypedRef> ref = types.ref(url);
        if (ref.isEmpty() || !(ref.get().index() ? ref.get().type().embedsIndex() : ref.get().type().embedsItems())) {
            own.error(Rule.IMAGE, md.position(m.offset()), "images are not supported: '" + url + "'",
                    "the handbook makes no external requests; embed generated content with " + String.join(", ", types.embeds()));
            return;
        }
        if (!m.alone()) {
            own.error(Rule.EMBED_PLACEMENT, md.position(m.offset()), "an embed must stand alone in its own paragraph",
                    "put a blank line before and after ![](" + url + ")");
        }
        made.add(new Made(m.offset(), ref.get(), null));
    }

    private void checkUrl(ParsedMarkdown md, int at, String raw, Problems own, List<Made> made) {
        String url = UrlSafety.normalize(raw);
        if (url.isEmpty()) {
            own.error(Rule.EMPTY_LINK, md.position(at), "empty link target", "write the target inside the parentheses: [text](term:lora)");
            return;
        }
        if (url.startsWith("#")) {
            String anchor = url.substring(1);
            if (!md.hasAnchor(anchor)) {
                own.error(Rule.UNKNOWN_ANCHOR, md.position(at), "no heading with id '#" + anchor + "' on this page",
                        DidYouMean.hint(anchor, md.headings().stream().map(h -> h.id()).toList(), "anchor"));
            }
            return;
        }
        Optional<TypedRef> ref = types.ref(url);
        if (ref.isPresent()) {
            made.add(new Made(at, ref.get(), null));
            return;
        }
        UrlSafety.problem(url, types).or(() -> UrlSafety.addressProblem(raw)).ifPresent(p -> own.error(md.position(at), p));
    }
}
