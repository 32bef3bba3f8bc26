package org.handbook.render;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.PhasedNodeRenderer;
import com.vladsch.flexmark.html.renderer.RenderingPhase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Footnotes as flexmark's own renderer writes them (the same HTML), reading the numbers the parser
 * gave them. flexmark's renderer numbers them again on every render, sorting a list kept on the
 * parsed document, and one text is rendered on several threads at once.
 */
final class Footnotes implements PhasedNodeRenderer {
    private final String refPrefix;
    private final String refSuffix;
    private final String backRef;
    private final String linkClass;
    private final String backLinkClass;

    Footnotes(DataHolder options) {
        refPrefix = FootnoteExtension.FOOTNOTE_REF_PREFIX.get(options);
        refSuffix = FootnoteExtension.FOOTNOTE_REF_SUFFIX.get(options);
        backRef = FootnoteExtension.FOOTNOTE_BACK_REF_STRING.get(options);
        linkClass = FootnoteExtension.FOOTNOTE_LINK_REF_CLASS.get(options);
        backLinkClass = FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS.get(options);
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Footnote.class, this::footnote),
                new NodeRenderingHandler<>(FootnoteBlock.class, (node, ctx, html) -> { }));
    }

    @Override
    public Set<RenderingPhase> getRenderingPhases() {
        return Set.of(RenderingPhase.BODY_BOTTOM);
    }

    /** The notes at the end of the text, numbered as referenced. */
    @Override
    public void renderDocument(NodeRendererContext ctx, HtmlWriter html, Document document, RenderingPhase phase) {
        List<FootnoteBlock> notes = FootnoteExtension.FOOTNOTES.get(document).getReferencedFootnoteBlocks();
        if (phase != RenderingPhase.BODY_BOTTOM || notes.isEmpty()) return;
        html.attr("class", "footnotes").withAttr().tagIndent("div", () -> {
            html.tagVoidLine("hr");
            html.tagIndent("ol", () -> {
                for (FootnoteBlock note : notes) {
                    int number = note.getFootnoteOrdinal();
                    html.attr("id", "fn-" + number);
                    html.withAttr().tagIndent("li", () -> {
                        ctx.renderChildren(note);
                        for (int i = 0; i < note.getFootnoteReferences(); i++) {
                            html.attr("href", "#fnref-" + number + suffix(i));
                            if (!backLinkClass.isEmpty()) html.attr("class", backLinkClass);
                            html.line().withAttr().tag("a");
                            html.raw(backRef);
                            html.tag("/a");
                        }
                    });
                }
            });
        });
    }

    private void footnote(Footnote node, NodeRendererContext ctx, HtmlWriter html) {
        FootnoteBlock note = node.getFootnoteBlock();
        if (note == null) {
            html.raw("[^");
            ctx.renderChildren(node);
            html.raw("]");
            return;
        }
        int number = note.getFootnoteOrdinal();
        html.attr("id", "fnref-" + number + suffix(node.getReferenceOrdinal()));
        html.srcPos(node.getChars()).withAttr().tag("sup", false, false, () -> {
            if (!linkClass.isEmpty()) html.attr("class", linkClass);
            html.attr("href", "#fn-" + number);
            html.withAttr().tag("a");
            html.raw(refPrefix + number + refSuffix);
            html.tag("/a");
        });
    }

    /** The second and later references to one note get their own ids: fnref-1-1, fnref-1-2. */
    private static String suffix(int reference) {
        return reference == 0 ? "" : String.format(Locale.US, "-%d", reference);
    }
}
