package org.handbook.render;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.handbook.link.TermMatcher;
import org.handbook.markdown.Citation;
import org.handbook.markdown.SourceChars;
import org.handbook.markdown.ValueRef;
import org.handbook.model.Value;
import org.handbook.types.Sources;
import org.handbook.types.Terms;
import org.handbook.types.TypedRef;
import org.handbook.model.Source;
import org.handbook.model.Term;

/**
 * Renders the nodes whose HTML the handbook decides: typed links, citations, glossary mentions
 * with tooltips, headings with their stable ids, embeds, callouts and task items.
 */
final class HandbookNodeRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Link.class, this::link),
                new NodeRenderingHandler<>(Image.class, this::image),
                new NodeRenderingHandler<>(Paragraph.class, this::paragraph),
                new NodeRenderingHandler<>(TableBlock.class, this::table),
                new NodeRenderingHandler<>(Citation.class, this::citation),
                new NodeRenderingHandler<>(ValueRef.class, this::value),
                new NodeRenderingHandler<>(Text.class, this::text),
                new NodeRenderingHandler<>(Heading.class, this::heading),
                new NodeRenderingHandler<>(AdmonitionBlock.class, this::admonition),
                new NodeRenderingHandler<>(TaskListItem.class, this::task));
    }

    private void link(Link node, NodeRendererContext ctx, HtmlWriter html) {
        PageContext page = PageContext.current();
        String url = node.getUrl().toString();
        Optional<TypedRef> ref = page.library.types().ref(url);
        if (ref.isPresent() && ref.get().type() == Terms.TYPE && !ref.get().index() && ref.get().anchor() == null) {
            Term t = page.library.item(Terms.TYPE, ref.get().id()).orElse(null);
            if (t != null) {
                termOpen(t, page, html);
                ctx.renderChildren(node);
                termClose(t, page, html);
                return;
            }
        }
        if (ref.isPresent()) {
            html.attr("href", page.href(ref.get()));
            html.attr("class", "xref xref-" + ref.get().prefix());
        } else if (url.startsWith("#")) {
            html.attr("href", page.anchorHref(url.substring(1)));
        } else {
            html.attr("href", url);
            html.attr("class", "external");
            html.attr("rel", "noopener");
        }
        if (node.getTitle().isNotEmpty()) html.attr("title", node.getTitle().unescape());
        html.withAttr().tag("a");
        ctx.renderChildren(node);
        html.tag("/a");
    }

    private void termOpen(Term t, PageContext page, HtmlWriter html) {
        String tip = page.nextTooltipId();
        html.raw("<span class=\"term\">");
        html.attr("href", page.href(TypedRef.to(Terms.TYPE, t.id())));
        html.attr("class", "term-link");
        html.attr("aria-describedby", tip);
        html.withAttr().tag("a");
        page.pendingTip = tip;
    }

    private void termClose(Term t, PageContext page, HtmlWriter html) {
        html.tag("/a");
        html.raw("<span class=\"tip\" role=\"tooltip\" id=\"" + page.pendingTip + "\">");
        html.raw("<strong>" + Escaping.escapeHtml(t.term(), false) + "</strong> ");
        html.text(page.library.definition(t.id()));
        html.raw("</span></span>");
    }

    /** A paragraph holding only an embed renders as the embed alone: a div may not sit in a p. */
    private void paragraph(Paragraph node, NodeRendererContext ctx, HtmlWriter html) {
        if (node.getFirstChild() instanceof Image && node.getFirstChild() == node.getLastChild()) {
            ctx.renderChildren(node);
        } else {
            ctx.delegateRender();
        }
    }

    /** Tables scroll sideways on narrow screens, so their wrapper must be reachable by keyboard. */
    private void table(TableBlock node, NodeRendererContext ctx, HtmlWriter html) {
        html.raw("<div class=\"table-scroll\" role=\"region\" aria-label=\"Table\" tabindex=\"0\">");
        ctx.delegateRender();
        html.raw("</div>");
        html.line();
    }

    private void image(Image node, NodeRendererContext ctx, HtmlWriter html) {
        PageContext page = PageContext.current();
        TypedRef ref = page.library.types().ref(node.getUrl().toString()).orElseThrow();
        html.raw(page.embeds.apply(ref, page.page));
    }

    /** A named value; inside a link or a heading (whose text the contents and search show) without a link or tooltip of its own. */
    private void value(ValueRef node, NodeRendererContext ctx, HtmlWriter html) {
        PageContext page = PageContext.current();
        Value v = page.library.values().get(node.name()).orElse(null);
        if (v == null) {
            html.text(node.getChars().toString());
            return;
        }
        boolean nested = node.getAncestorOfType(Link.class, Heading.class) != null;
        html.raw(ValueMarkup.html(page.library, v, page.page, nested ? null : page.nextTooltipId()));
    }

    private void citation(Citation node, NodeRendererContext ctx, HtmlWriter html) {
        PageContext page = PageContext.current();
        html.raw("<span class=\"cite\">[");
        List<String> ids = node.ids();
        for (int i = 0; i < ids.size(); i++) {
            if (i > 0) html.raw(", ");
            String id = ids.get(i);
            Source s = page.library.item(Sources.TYPE, id).orElse(null);
            html.attr("href", page.href(TypedRef.to(Sources.TYPE, id)));
            if (s != null) html.attr("title", (s.authors().isEmpty() ? "" : s.authors().get(0) + ": ") + s.title());
            html.withAttr().tag("a");
            html.text(String.valueOf(page.library.sourceNumber(id)));
            html.tag("/a");
        }
        html.raw("]</span>");
    }

    private void text(Text node, NodeRendererContext ctx, HtmlWriter html) {
        PageContext page = PageContext.current();
        List<TermMatcher.Match> matches = page.mentions.in(node);
        String raw = SourceChars.string(node.getChars());
        String text = SourceChars.unescape(raw);
        if (matches.isEmpty()) {
            text(html, text);
            return;
        }
        if (!raw.equals(text)) {
            text(html, text);
            return;
        }
        int at = 0;
        for (TermMatcher.Match m : matches) {
            Term t = page.library.item(Terms.TYPE, m.termId()).orElse(null);
            if (t == null) continue;
            text(html, text.substring(at, m.start()));
            termOpen(t, page, html);
            text(html, text.substring(m.start(), m.end()));
            termClose(t, page, html);
            at = m.end();
        }
        text(html, text.substring(at));
    }

    /** What {@code html.text(s)} writes, without flexmark's regular expression for a string with nothing to escape. */
    private static void text(HtmlWriter html, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"') {
                html.text(s);
                return;
            }
        }
        html.raw(s);
    }

    private void heading(Heading node, NodeRendererContext ctx, HtmlWriter html) {
        PageContext page = PageContext.current();
        String id = page.md.headingId(node);
        String tag = "h" + node.getLevel();
        if (id != null) html.attr("id", page.idPrefix + id);
        html.withAttr().tag(tag);
        ctx.renderChildren(node);
        if (id != null) {
            html.raw("<a class=\"anchor\" href=\"" + page.anchorHref(id) + "\" aria-label=\"Link to this section\">#</a>");
        }
        html.tag("/" + tag);
    }

    private void admonition(AdmonitionBlock node, NodeRendererContext ctx, HtmlWriter html) {
        String kind = node.getInfo().toString().toLowerCase();
        if (!Set.of("note", "tip", "warning", "example", "info").contains(kind)) kind = "note";
        String title = node.getTitle().isNull() || node.getTitle().isEmpty()
                ? Character.toUpperCase(kind.charAt(0)) + kind.substring(1) : node.getTitle().unescape();
        html.line();
        html.raw("<div class=\"callout callout-" + kind + "\" role=\"note\"><p class=\"callout-title\">");
        html.text(title);
        html.raw("</p>");
        ctx.renderChildren(node);
        html.raw("</div>");
        html.line();
    }

    private void task(TaskListItem node, NodeRendererContext ctx, HtmlWriter html) {
        boolean done = node.isItemDoneMarker();
        html.raw("<li class=\"task" + (done ? " done" : "") + "\"><span class=\"task-box\" aria-hidden=\"true\">"
                + (done ? "\u2611" : "\u2610") + "</span><span class=\"visually-hidden\">" + (done ? "Done: " : "To do: ") + "</span>");
        ctx.renderChildren(node);
        html.raw("</li>");
        html.line();
    }
}
