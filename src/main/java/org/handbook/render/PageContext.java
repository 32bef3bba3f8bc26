package org.handbook.render;

import java.util.function.BiFunction;
import org.handbook.link.Library;
import org.handbook.link.TermMentions;
import org.handbook.link.Urls;
import org.handbook.markdown.ParsedMarkdown;
import org.handbook.types.TypedRef;

/**
 * What the Markdown node renderers need to know about the page being rendered: its path (for
 * relative links), the term mentions to wrap, and how to render an embed. Held per thread for
 * the length of one body render, since flexmark's renderer is shared by all pages.
 */
final class PageContext {
    private static final ThreadLocal<PageContext> CURRENT = new ThreadLocal<>();

    final Library library;
    final String page;
    final TermMentions mentions;
    final BiFunction<TypedRef, String, String> embeds;
    final String idPrefix;
    final ParsedMarkdown md;
    /** The text whose embed is rendering this one, or null. */
    private final PageContext outer;
    String pendingTip;
    private int tooltips;

    PageContext(Library library, String page, ParsedMarkdown md, TermMentions mentions,
                BiFunction<TypedRef, String, String> embeds, String idPrefix) {
        this.library = library;
        this.page = page;
        this.md = md;
        this.mentions = mentions;
        this.embeds = embeds;
        this.idPrefix = idPrefix;
        this.outer = CURRENT.get();
    }

    /**
     * Whether {@code text} is already being rendered on this thread, further out: an embed that
     * shows itself. The checks report those as content errors; this guard turns one they missed
     * into an internal error instead of a stack overflow.
     */
    static boolean rendering(ParsedMarkdown text) {
        for (PageContext c = CURRENT.get(); c != null; c = c.outer) {
            if (c.md == text) return true;
        }
        return false;
    }

    static PageContext current() {
        PageContext c = CURRENT.get();
        if (c == null) throw new IllegalStateException("no page is being rendered");
        return c;
    }

    /** The context of the page being rendered, or null; embeds render bodies inside a body. */
    static PageContext peek() {
        return CURRENT.get();
    }

    static void set(PageContext c) {
        if (c == null) CURRENT.remove();
        else CURRENT.set(c);
    }

    String href(TypedRef r) {
        return Urls.relative(page, library.path(r));
    }

    String anchorHref(String id) {
        return "#" + idPrefix + id;
    }

    String nextTooltipId() {
        return idPrefix + "tip-" + ++tooltips;
    }
}
