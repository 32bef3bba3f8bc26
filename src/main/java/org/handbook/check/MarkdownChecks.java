package org.handbook.check;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Optional;
import java.util.Set;
import org.handbook.markdown.Citation;
import org.handbook.markdown.ParsedMarkdown;
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
        for (Node n : md.document().getDescendants()) {
            if (n instanceof HtmlBlock || n instanceof HtmlInline || n instanceof HtmlCommentBlock || n instanceof HtmlInlineComment) {
                String snippet = n.getChars().toString().strip().lines().findFirst().orElse("");
                if (snippet.length() > 40) snippet = snippet.substring(0, 40) + "...";
                problems.error(Rule.RAW_HTML, md.position(n), "raw HTML is not allowed: " + snippet,
                        "content is text, not code: use Markdown (e.g. **bold**, lists, tables) instead of HTML tags");
            } else if (n instanceof Image img) {
                checkEmbed(md, n, img.getUrl().toString());
            } else if (n instanceof ImageRef) {
                problems.error(Rule.IMAGE, md.position(n), "reference-style images are not supported",
                        "embed generated content with " + String.join(" or ", types.embeds()));
            } else if (n instanceof Link link) {
                checkUrl(md, n, link.getUrl().toString());
            } else if (n instanceof AutoLink a) {
                checkUrl(md, n, a.getUrl().toString());
            } else if (n instanceof MailLink) {
                continue;
            } else if (n instanceof Reference ref) {
                checkUrl(md, n, ref.getUrl().toString());
            } else if (n instanceof LinkRef ref && ref.isDefined()) {
                continue;
            } else if (n instanceof Citation c) {
                Set<String> sources = refs.ids(Sources.TYPE);
                for (String id : c.ids()) {
                    if (!sources.contains(id)) {
                        problems.error(Rule.UNKNOWN_CITATION, md.position(n), "unknown source '" + id + "' in citation",
                                DidYouMean.hint(id, sources, "source") + " (sources are listed in content/sources.yaml)");
                    }
                }
            }
        }
    }

    private void checkEmbed(ParsedMarkdown md, Node n, String url) {
        Optional<TypedRef> ref = types.ref(url);
        if (ref.isEmpty() || !(ref.get().index() ? ref.get().type().embedsIndex() : ref.get().type().embedsItems())) {
            problems.error(Rule.IMAGE, md.position(n), "images are not supported: '" + url + "'",
                    "the handbook makes no external requests; embed generated content with " + String.join(", ", types.embeds()));
            return;
        }
        Node parent = n.getParent();
        if (!(parent instanceof Paragraph) || parent.getFirstChild() != n || n.getNext() != null) {
            problems.error(Rule.EMBED_PLACEMENT, md.position(n), "an embed must stand alone in its own paragraph",
                    "put a blank line before and after ![](" + url + ")");
        }
        refs.problem(ref.get()).ifPresent(p -> problems.error(md.position(n), p));
    }

    private void checkUrl(ParsedMarkdown md, Node n, String raw) {
        String url = UrlSafety.normalize(raw);
        if (url.isEmpty()) {
            problems.error(Rule.EMPTY_LINK, md.position(n), "empty link target", "write the target inside the parentheses: [text](term:lora)");
            return;
        }
        if (url.startsWith("#")) {
            String anchor = url.substring(1);
            if (!md.hasAnchor(anchor)) {
                problems.error(Rule.UNKNOWN_ANCHOR, md.position(n), "no heading with id '#" + anchor + "' on this page",
                        DidYouMean.hint(anchor, md.headings().stream().map(h -> h.id()).toList(), "anchor"));
            }
            return;
        }
        Optional<TypedRef> ref = types.ref(url);
        if (ref.isPresent()) {
            refs.problem(ref.get()).ifPresent(p -> problems.error(md.position(n), p));
            return;
        }
        UrlSafety.problem(url, types).or(() -> UrlSafety.addressProblem(raw)).ifPresent(p -> problems.error(md.position(n), p));
    }
}
