package org.handbook.render;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.html.HtmlRendererOptions;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Writes a text's HTML as flexmark's renderer does, byte for byte, for the node types the
 * handbook's content is made of (its own through {@link HandbookNodeRenderer}, flexmark's core,
 * table and typographic ones as flexmark writes them), into {@link HtmlLines} instead of
 * flexmark's line writer, which looks at each character through several calls (a quarter of a
 * page's rendering). A text holding any other node type is left to flexmark
 * ({@link #writes(Document)}); {@code BodyWriterTest} renders texts both ways. Shared by threads:
 * each text is written by a {@link Pass} of its own (an embed writes a text inside another).
 */
final class BodyWriter {
    /** How each node type this writes is written, by exact class as flexmark finds its renderers. */
    private final Map<Class<? extends Node>, BiConsumer<Node, Pass>> writers;
    /** flexmark's own renderers of the types the handbook's stand in front of (a paragraph, a table). */
    private final Map<Class<? extends Node>, BiConsumer<Node, Pass>> core;
    private final String tableClass;
    private final HtmlRendererOptions html;

    /** How lists are written (flexmark's list options). */
    private final ListOptions lists;

    /** Writers of the handbook's node types from {@code handbook}, of flexmark's under the renderer's {@code options}. */
    BodyWriter(Map<Class<? extends Node>, BiConsumer<Node, HtmlSink>> handbook, DataHolder options, String tableClass) {
        this.html = new HtmlRendererOptions(options);
        // from the renderer's options, once: read from a document, an option it does not hold is worked out and put
        // into the document's map, and a parsed tree is read by several threads at once (the pages, the print
        // page, the e-book), which then corrupted it. The parser sets no list option, so both give its defaults.
        this.lists = ListOptions.get(options);
        this.tableClass = tableClass;
        Map<Class<? extends Node>, BiConsumer<Node, Pass>> w = new HashMap<>();
        if (sameLines(html)) {
            w.put(Document.class, (n, p) -> p.children(n));
            w.put(AttributesNode.class, (n, p) -> { });
            w.put(TableSeparator.class, (n, p) -> { });
            w.put(Paragraph.class, (n, p) -> p.paragraph((Paragraph) n));
            w.put(BlockQuote.class, (n, p) -> p.lineIndented("blockquote", n));
            w.put(BulletList.class, (n, p) -> p.indented("ul", n));
            w.put(OrderedList.class, (n, p) -> p.orderedList((OrderedList) n));
            w.put(BulletListItem.class, (n, p) -> p.item((ListItem) n));
            w.put(OrderedListItem.class, (n, p) -> p.item((ListItem) n));
            w.put(FencedCodeBlock.class, (n, p) -> p.fenced((FencedCodeBlock) n));
            w.put(ThematicBreak.class, (n, p) -> p.rule());
            w.put(SoftLineBreak.class, (n, p) -> p.raw(html.softBreak));
            w.put(HardLineBreak.class, (n, p) -> p.raw(html.hardBreak));
            w.put(Emphasis.class, (n, p) -> p.inline("em", n));
            w.put(StrongEmphasis.class, (n, p) -> p.inline("strong", n));
            w.put(Code.class, (n, p) -> p.code((Code) n));
            w.put(TableBlock.class, (n, p) -> p.table(n));
            w.put(TableHead.class, (n, p) -> p.lined("thead", n));
            w.put(TableBody.class, (n, p) -> p.lined("tbody", n));
            w.put(TableRow.class, (n, p) -> p.lined("tr", n));
            w.put(TableCell.class, (n, p) -> p.cell((TableCell) n));
            w.put(TypographicQuotes.class, (n, p) -> p.quotes((TypographicQuotes) n));
            w.put(TypographicSmarts.class, (n, p) -> p.raw(((TypographicSmarts) n).getTypographicText()));
        }
        this.core = Map.copyOf(w);
        if (sameLines(html)) handbook.forEach((type, write) -> w.put(type, write::accept));
        this.writers = Map.copyOf(w);
    }

    /**
     * Whether flexmark's line writer, under these options, makes what {@link HtmlLines} does, and
     * its renderers write no source positions, styles or indentation this does not.
     */
    private static boolean sameLines(HtmlRendererOptions o) {
        return o.indentSize == 0 && o.formatFlags == LineAppendable.F_TRIM_LEADING_WHITESPACE && o.maxBlankLines == 1
                && o.maxTrailingBlankLines == 1 && o.htmlBlockOpenTagEol && o.htmlBlockCloseTagEol && !o.noPTagsUseBr
                && o.sourcePositionAttribute.isEmpty() && !o.sourcePositionParagraphLines && o.emphasisStyleHtmlOpen == null
                && o.strongEmphasisStyleHtmlOpen == null && o.codeStyleHtmlOpen == null && o.noLanguageClass.isBlank();
    }

    /** Whether every node of {@code doc} is of a type this writes. */
    boolean writes(Document doc) {
        Node n = doc;
        while (n != null) {
            if (!writers.containsKey(n.getClass())) return false;
            if (n.getFirstChild() != null) {
                n = n.getFirstChild();
                continue;
            }
            while (n != doc && n.getNext() == null) n = n.getParent();
            n = n == doc ? null : n.getNext();
        }
        return true;
    }

    /** The HTML of {@code doc}, every node of which this writes. */
    String write(Document doc) {
        Pass p = new Pass(new HtmlLines(Math.max(256, doc.getTextLength())));
        p.render(doc);
        return p.out.finish();
    }

    /** One text being written. */
    private final class Pass implements HtmlSink {
        private final HtmlLines out;
        /** Attributes given for the next tag, in order (the handbook's renderers give each once). */
        private final Map<String, String> attrs = new LinkedHashMap<>();

        Pass(HtmlLines out) {
            this.out = out;
        }

        void render(Node n) {
            writers.get(n.getClass()).accept(n, this);
        }

        @Override
        public void children(Node node) {
            for (Node n = node.getFirstChild(); n != null; n = n.getNext()) render(n);
        }

        @Override
        public void core(Node node) {
            core.get(node.getClass()).accept(node, this);
        }

        @Override
        public void raw(String s) {
            out.append(s);
        }

        @Override
        public void text(String s) {
            out.text(s);
        }

        @Override
        public void source(String raw) {
            out.source(raw);
        }

        @Override
        public void attr(String name, String value) {
            attrs.put(name, value);
        }

        @Override
        public void open(String tag) {
            out.append("<" + tag);
            for (Map.Entry<String, String> a : attrs.entrySet()) {
                String v = a.getValue();
                out.append(" " + a.getKey() + "=\"" + (HtmlSink.escapes(v) ? Escaping.escapeHtml(v, true) : v) + "\"");
            }
            attrs.clear();
            out.append(">");
        }

        @Override
        public void close(String tag) {
            out.append("</" + tag + ">");
        }

        @Override
        public void line() {
            out.line();
        }

        void inline(String tag, Node n) {
            open(tag);
            children(n);
            close(tag);
        }

        /** flexmark's {@code tagLine}: the tag starts a line, its end ends one. */
        void lined(String tag, Node n) {
            out.line();
            inline(tag, n);
            out.line();
        }

        /** flexmark's {@code tagIndent}, without indentation. */
        void indented(String tag, Node n) {
            out.line();
            open(tag);
            out.line();
            children(n);
            out.line();
            close(tag);
            out.line();
        }

        /** flexmark's {@code tagLineIndent}, without indentation. */
        void lineIndented(String tag, Node n) {
            out.line();
            open(tag);
            out.line();
            children(n);
            out.line();
            out.line();
            close(tag);
            out.line();
        }

        void rule() {
            out.line();
            out.append("<hr />");
            out.line();
        }

        void paragraph(Paragraph p) {
            if (p.getFirstChildAnyNot(NonRenderingInline.class) == null) return;
            if (p.getParent() instanceof ParagraphItemContainer c && c.isParagraphWrappingDisabled(p, lists, p.getDocument())) children(p);
            else lined("p", p);
        }

        void orderedList(OrderedList list) {
            if (lists.isOrderedListManualStart() && list.getStartNumber() != 1) attr("start", String.valueOf(list.getStartNumber()));
            indented("ol", list);
        }

        void item(ListItem item) {
            out.line();
            open("li");
            text(item.getMarkerSuffix().unescape());
            children(item);
            close("li");
            out.line();
        }

        void code(Code code) {
            open("code");
            text(Escaping.collapseWhitespace(code.getText(), true));
            close("code");
        }

        void fenced(FencedCodeBlock block) {
            out.line();
            open("pre");
            out.openPre();
            if (block.getInfo().isNotNull() && !block.getInfo().isBlank()) {
                String language = block.getInfoDelimitedByAny(html.languageDelimiterSet).unescape();
                attr("class", html.languageClassMap.getOrDefault(language, html.languageClassPrefix + language));
            }
            open("code");
            text(block.getContentChars().normalizeEOL());
            close("code");
            close("pre");
            out.closePre();
            out.line();
        }

        void table(Node table) {
            if (!tableClass.isEmpty()) attr("class", tableClass);
            lineIndented("table", table);
            out.line();
        }

        void cell(TableCell cell) {
            String tag = cell.isHeader() ? "th" : "td";
            if (cell.getAlignment() != null) attr("class", BodyRenderer.alignClass(cell.getAlignment().name().toLowerCase(Locale.ROOT)));
            inline(tag, cell);
        }

        void quotes(TypographicQuotes q) {
            if (q.getTypographicOpening() != null && !q.getTypographicOpening().isEmpty()) out.append(q.getTypographicOpening());
            children(q);
            if (q.getTypographicClosing() != null && !q.getTypographicClosing().isEmpty()) out.append(q.getTypographicClosing());
        }
    }
}
