package org.handbook.render;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.function.BiFunction;
import org.handbook.link.Library;
import org.handbook.link.TermMentions;
import org.handbook.markdown.ParsedMarkdown;
import org.handbook.types.TypedRef;

/** Renders parsed Markdown to HTML for a given page; one flexmark renderer shared by all pages and threads. */
public final class BodyRenderer {
    private final Library library;
    private final HtmlRenderer renderer;

    public BodyRenderer(Library library) {
        this.library = library;
        MutableDataSet options = new MutableDataSet();
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SUPPRESS_HTML, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(HtmlRenderer.HARD_BREAK, "<br>\n");
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
        options.set(TablesExtension.CLASS_NAME, "table");
        options.set(FootnoteExtension.FOOTNOTE_BACK_REF_STRING, "\u21A9\uFE0E");
        this.renderer = HtmlRenderer.builder(options)
                .extensions(List.of(TablesExtension.create(), TypographicExtension.create(), new Extension()))
                .build();
    }

    /** Renders a text as it appears on {@code page}, wrapping the given term mentions. */
    public String render(ParsedMarkdown md, String page, TermMentions mentions,
                         BiFunction<TypedRef, String, String> embeds, String idPrefix) {
        if (PageContext.rendering(md)) {
            throw new IllegalStateException("embed cycle: " + md.source().path() + ":" + md.source().firstLine()
                    + " is being rendered inside itself on " + page);
        }
        PageContext outer = PageContext.peek();
        PageContext.set(new PageContext(library, page, md, mentions, embeds, idPrefix));
        try {
            // the parsed tree is only read: footnotes are numbered at parse time (see Footnotes)
            return renderer.render(md.document());
        } finally {
            PageContext.set(outer);
        }
    }

    private static final class Extension implements HtmlRenderer.HtmlRendererExtension {
        @Override
        public void rendererOptions(MutableDataHolder options) {
        }

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            builder.nodeRendererFactory(options -> new HandbookNodeRenderer());
            builder.nodeRendererFactory(Footnotes::new);
            builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
                @Override
                public AttributeProvider apply(LinkResolverContext context) {
                    return (node, part, attributes) -> {
                        // HTML5 has no align attribute: alignment becomes a class the CSS knows
                        if (node instanceof TableCell && attributes.contains("align")) {
                            String align = attributes.getValue("align");
                            attributes.remove("align");
                            attributes.addValue("class", "align-" + align);
                        }
                    };
                }
            });
        }
    }
}
