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
import java.util.Set;
import org.handbook.markdown.Citation;
import org.handbook.markdown.ParsedMarkdown;
import org.handbook.problem.DidYouMean;
import org.handbook.problem.Problems;

/**
 * Checks one parsed Markdown text: no raw HTML, only safe link targets, typed references and
 * anchors that resolve, citations of known sources, embeds in a paragraph of their own.
 */
final class MarkdownChecks {
    /** Embeds an image link may name. */
    static final Set<String> EMBED_TYPES = Set.of("flowchart", "checklist", "glossary", "sources", "playbooks", "techniques");

    private final Targets targets;
    private final Problems problems;

    MarkdownChecks(Targets targets, Problems problems) {
        this.targets = targets;
        this.problems = problems;
    }

    void check(ParsedMarkdown md) {
        for (Node n : md.document().getDescendants()) {
            if (n instanceof HtmlBlock || n instanceof HtmlInline || n instanceof HtmlCommentBlock || n instanceof HtmlInlineComment) {
                String snippet = n.getChars().toString().strip().lines().findFirst().orElse("");
                if (snippet.length() > 40) snippet = snippet.substring(0, 40) + "...";
                problems.error(md.position(n), "raw HTML is not allowed: " + snippet,
                        "content is text, not code: use Markdown (e.g. **bold**, lists, tables) instead of HTML tags");
            } else if (n instanceof Image img) {
                checkEmbed(md, n, img.getUrl().toString());
            } else if (n instanceof ImageRef) {
                problems.error(md.position(n), "reference-style images are not supported",
                        "embed generated content with ![](flowchart:id) or ![](checklist:id)");
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
                for (String id : c.ids()) {
                    if (!targets.ids("source").contains(id)) {
                        problems.error(md.position(n), "unknown source '" + id + "' in citation",
                                DidYouMean.hint(id, targets.ids("source"), "source") + " (sources are listed in content/sources.yaml)");
                    }
                }
            }
        }
    }

    private void checkEmbed(ParsedMarkdown md, Node n, String url) {
        var ref = org.handbook.markdown.Reference.parse(url);
        if (ref.isEmpty() || !EMBED_TYPES.contains(ref.get().type())) {
            problems.error(md.position(n), "images are not supported: '" + url + "'",
                    "the handbook makes no external requests; embed generated content with ![](flowchart:id), "
                            + "![](checklist:id), ![](glossary:index), ![](sources:index), ![](playbooks:index) or ![](techniques:index)");
            return;
        }
        Node parent = n.getParent();
        if (!(parent instanceof Paragraph) || parent.getFirstChild() != n || n.getNext() != null) {
            problems.error(md.position(n), "an embed must stand alone in its own paragraph",
                    "put a blank line before and after ![](" + url + ")");
        }
        targets.problem(ref.get()).ifPresent(p -> problems.error(md.position(n), p[0], p[1]));
    }

    private void checkUrl(ParsedMarkdown md, Node n, String raw) {
        String url = UrlSafety.normalize(raw);
        if (url.isEmpty()) {
            problems.error(md.position(n), "empty link target", "write the target inside the parentheses: [text](term:lora)");
            return;
        }
        if (url.startsWith("#")) {
            String anchor = url.substring(1);
            if (!md.hasAnchor(anchor)) {
                problems.error(md.position(n), "no heading with id '#" + anchor + "' on this page",
                        DidYouMean.hint(anchor, md.headings().stream().map(h -> h.id()).toList(), "anchor"));
            }
            return;
        }
        var ref = org.handbook.markdown.Reference.parse(url);
        if (ref.isPresent()) {
            targets.problem(ref.get()).ifPresent(p -> problems.error(md.position(n), p[0], p[1]));
            return;
        }
        UrlSafety.problem(url).or(() -> UrlSafety.addressProblem(raw)).ifPresent(p -> problems.error(md.position(n), p[0], p[1]));
    }
}
