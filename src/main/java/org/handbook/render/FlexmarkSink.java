package org.handbook.render;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.util.ast.Node;
import org.handbook.markdown.SourceChars;

/** flexmark's HTML writer and rendering context as an {@link HtmlSink}: where the handbook's node renderers write inside flexmark's renderer. */
record FlexmarkSink(NodeRendererContext ctx, HtmlWriter html) implements HtmlSink {
    @Override
    public void raw(String s) {
        html.raw(s);
    }

    @Override
    public void text(String s) {
        // flexmark escapes with a regular expression; a string with nothing to escape is written as it is
        if (HtmlSink.escapes(s)) html.text(s);
        else html.raw(s);
    }

    @Override
    public void source(String raw) {
        text(SourceChars.unescape(raw));
    }

    @Override
    public void attr(String name, String value) {
        html.attr(name, value);
    }

    @Override
    public void open(String tag) {
        html.withAttr().tag(tag);
    }

    @Override
    public void close(String tag) {
        html.tag("/" + tag);
    }

    @Override
    public void line() {
        html.line();
    }

    @Override
    public void children(Node node) {
        ctx.renderChildren(node);
    }

    @Override
    public void core(Node node) {
        ctx.delegateRender();
    }
}
