package org.handbook.render;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.function.BiFunction;
import org.handbook.link.Library;
import org.handbook.link.TermMentions;
import org.handbook.markdown.ParsedMarkdown;
import org.handbook.types.TypedRef;

/**
 * Renders parsed Markdown to HTML for a given page; one renderer shared by all pages and threads.
 * A text whose every node {@link BodyWriter} knows is written by it, the others by flexmark's
 * renderer: the same HTML, byte for byte.
 */
public final class BodyRenderer {
    private final Library library;
    private final HtmlRenderer renderer;
    private final BodyWriter writer;

    public BodyRenderer(Library library) {
        this(library, true);
    }

    /** With {@code ownWriter} false, every text is written by flexmark's renderer: what the body writer is held to. */
    BodyRenderer(Library library, boolean ownWriter) {
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
        this.writer = ownWriter ? new BodyWriter(new HandbookNodeRenderer().writers(), renderer.getOptions(), TablesExtension.CLASS_NAME.get(options)) : null;
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
            Document doc = md.document();
            return writesItself(doc) ? writer.write(doc) : renderer.render(doc);
        } finally {
            PageContext.set(outer);
        }
    }

    /** Whether {@code doc} is written by the body writer, not flexmark's renderer. */
    boolean writesItself(Document doc) {
        return writer != null && writer.writes(doc);
    }

    /** The class a table cell aligned {@code align} ("left", "center", "right") is given: HTML5 has no align attribute. */
    static String alignClass(String align) {
        return "align-" + align;
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
                            attributes.addValue("class", alignClass(align));
                        }
                    };
                }
            });
        }
    }
}
