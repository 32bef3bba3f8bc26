package org.handbook.render;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
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
 * with tooltips, headings with their stable ids, embeds, callouts and task items; through
 * flexmark's writer ({@link FlexmarkSink}) or the {@link BodyWriter}'s.
 */
final class HandbookNodeRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                handler(Link.class, this::link),
                handler(Image.class, this::image),
                handler(Paragraph.class, this::paragraph),
                handler(TableBlock.class, this::table),
                handler(Citation.class, this::citation),
                handler(ValueRef.class, this::value),
                handler(Text.class, this::text),
                handler(Heading.class, this::heading),
                handler(AdmonitionBlock.class, this::admonition),
                handler(TaskListItem.class, this::task));
    }

    /** The node types this renders, each with how: what {@link BodyWriter} asks for the same nodes. */
    Map<Class<? extends Node>, BiConsumer<Node, HtmlSink>> writers() {
        Map<Class<? extends Node>, BiConsumer<Node, HtmlSink>> out = new HashMap<>();
        for (NodeRenderingHandler<?> h : getNodeRenderingHandlers()) out.put(h.getNodeType(), ((Handler<?>) h).write);
        return out;
    }

    private static <N extends Node> NodeRenderingHandler<N> handler(Class<N> type, BiConsumer<N, HtmlSink> write) {
        return new Handler<>(type, write);
    }

    /** A handler that writes through flexmark's writer, keeping what it writes with for {@link #writers()}. */
    private static final class Handler<N extends Node> extends NodeRenderingHandler<N> {
        final BiConsumer<Node, HtmlSink> write;

        Handler(Class<N> type, BiConsumer<N, HtmlSink> write) {
            super(type, (node, ctx, html) -> write.accept(node, new FlexmarkSink(ctx, html)));
            this.write = (node, sink) -> write.accept(type.cast(node), sink);
        }
    }

    private void link(Link node, HtmlSink html) {
        PageContext page = PageContext.current();
        String url = node.getUrl().toString();
        Optional<TypedRef> ref = page.library.types().ref(url);
        if (ref.isPresent() && ref.get().type() == Terms.TYPE && !ref.get().index() && ref.get().anchor() == null) {
            Term t = page.library.item(Terms.TYPE, ref.get().id()).orElse(null);
            if (t != null) {
                termOpen(t, page, html);
                html.children(node);
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
        html.open("a");
        html.children(node);
        html.close("a");
    }

    private void termOpen(Term t, PageContext page, HtmlSink html) {
        String tip = page.nextTooltipId();
        html.raw("<span class=\"term\">");
        html.attr("href", page.href(TypedRef.to(Terms.TYPE, t.id())));
        html.attr("class", "term-link");
        html.attr("aria-describedby", tip);
        html.open("a");
        page.pendingTip = tip;
    }

    private void termClose(Term t, PageContext page, HtmlSink html) {
        html.close("a");
        html.raw("<span class=\"tip\" role=\"tooltip\" id=\"" + page.pendingTip + "\">");
        html.raw("<strong>" + Escaping.escapeHtml(t.term(), false) + "</strong> ");
        html.text(page.library.definition(t.id()));
        html.raw("</span></span>");
    }

    /** A paragraph holding only an embed renders as the embed alone: a div may not sit in a p. */
    private void paragraph(Paragraph node, HtmlSink html) {
        if (node.getFirstChild() instanceof Image && node.getFirstChild() == node.getLastChild()) {
            html.children(node);
        } else {
            html.core(node);
        }
    }

    /** Tables scroll sideways on narrow screens, so their wrapper must be reachable by keyboard. */
    private void table(TableBlock node, HtmlSink html) {
        html.raw("<div class=\"table-scroll\" role=\"region\" aria-label=\"Table\" tabindex=\"0\">");
        html.core(node);
        html.raw("</div>");
        html.line();
    }

    private void image(Image node, HtmlSink html) {
        PageContext page = PageContext.current();
        TypedRef ref = page.library.types().ref(node.getUrl().toString()).orElseThrow();
        html.raw(page.embeds.apply(ref, page.page));
    }

    /** A named value; inside a link or a heading (whose text the contents and search show) without a link or tooltip of its own. */
    private void value(ValueRef node, HtmlSink html) {
        PageContext page = PageContext.current();
        Value v = page.library.values().get(node.name()).orElse(null);
        if (v == null) {
            html.text(node.getChars().toString());
            return;
        }
        boolean nested = node.getAncestorOfType(Link.class, Heading.class) != null;
        html.raw(ValueMarkup.html(page.library, v, page.page, nested ? null : page.nextTooltipId()));
    }

    private void citation(Citation node, HtmlSink html) {
        PageContext page = PageContext.current();
        html.raw("<span class=\"cite\">[");
        List<String> ids = node.ids();
        for (int i = 0; i < ids.size(); i++) {
            if (i > 0) html.raw(", ");
            String id = ids.get(i);
            Source s = page.library.item(Sources.TYPE, id).orElse(null);
            html.attr("href", page.href(TypedRef.to(Sources.TYPE, id)));
            if (s != null) html.attr("title", (s.authors().isEmpty() ? "" : s.authors().get(0) + ": ") + s.title());
            html.open("a");
            html.text(String.valueOf(page.library.sourceNumber(id)));
            html.close("a");
        }
        html.raw("]</span>");
    }

    private void text(Text node, HtmlSink html) {
        PageContext page = PageContext.current();
        List<TermMatcher.Match> matches = page.mentions.in(node);
        String raw = SourceChars.string(node.getChars());
        if (matches.isEmpty()) {
            html.source(raw);
            return;
        }
        String text = SourceChars.unescape(raw);
        if (!raw.equals(text)) {
            html.text(text);
            return;
        }
        int at = 0;
        for (TermMatcher.Match m : matches) {
            Term t = page.library.item(Terms.TYPE, m.termId()).orElse(null);
            if (t == null) continue;
            html.text(text.substring(at, m.start()));
            termOpen(t, page, html);
            html.text(text.substring(m.start(), m.end()));
            termClose(t, page, html);
            at = m.end();
        }
        html.text(text.substring(at));
    }

    private void heading(Heading node, HtmlSink html) {
        PageContext page = PageContext.current();
        String id = page.md.headingId(node);
        String tag = "h" + node.getLevel();
        if (id != null) html.attr("id", page.idPrefix + id);
        html.open(tag);
        html.children(node);
        if (id != null) {
            html.raw("<a class=\"anchor\" href=\"" + page.anchorHref(id) + "\" aria-label=\"Link to this section\">#</a>");
        }
        html.close(tag);
    }

    private void admonition(AdmonitionBlock node, HtmlSink html) {
        String kind = node.getInfo().toString().toLowerCase();
        if (!Set.of("note", "tip", "warning", "example", "info").contains(kind)) kind = "note";
        String title = node.getTitle().isNull() || node.getTitle().isEmpty()
                ? Character.toUpperCase(kind.charAt(0)) + kind.substring(1) : node.getTitle().unescape();
        html.line();
        html.raw("<div class=\"callout callout-" + kind + "\" role=\"note\"><p class=\"callout-title\">");
        html.text(title);
        html.raw("</p>");
        html.children(node);
        html.raw("</div>");
        html.line();
    }

    private void task(TaskListItem node, HtmlSink html) {
        boolean done = node.isItemDoneMarker();
        html.raw("<li class=\"task" + (done ? " done" : "") + "\"><span class=\"task-box\" aria-hidden=\"true\">"
                + (done ? "\u2611" : "\u2610") + "</span><span class=\"visually-hidden\">" + (done ? "Done: " : "To do: ") + "</span>");
        html.children(node);
        html.raw("</li>");
        html.line();
    }
}
