package org.handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.misc.Extension;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.handbook.RandomTries;
import org.handbook.model.Markdown;
import org.junit.jupiter.api.Test;

/**
 * The handbook's parser makes the tree stock flexmark makes with the same options and extensions
 * (its own inline parser, table look and narrower extension sets for texts without '{' or "!!!"
 * are only ways to make it sooner).
 */
class FlexmarkParityTest {
    private static Parser stock(boolean admonitions) {
        List<Extension> ext = new ArrayList<>(List.of(TablesExtension.create(), FootnoteExtension.create(), TaskListExtension.create(),
                AttributesExtension.create(), TypographicExtension.create(), Syntax.citations(), Syntax.values()));
        if (admonitions) ext.add(AdmonitionExtension.create());
        return Parser.builder(MarkdownParser.options()).extensions(ext).build();
    }

    private static final Parser STOCK = stock(false);
    private static final Parser STOCK_ADMONITIONS = stock(true);

    /** Lines and pieces of lines that tables, attributes, values, inline runs and the rest read. */
    static final List<String> PIECES = List.of("| a | b |", "|---|---|", "| 1 | 2 |", "a | b", "--- | ---", "| x |", " | indented |",
            "|:--|--:|", "text with | pipe", "`code | pipe`", "cell \\| escaped", "para {#id}", "## Heading {.cls}", "Title {#t}", "{{value-name}}",
            "{ not attributes", "x {a=b} y", "{}", "{{", "- item", "  - nested | a", "> quote | a", "1. list", "```", "code {", "    indented",
            "!!! note", "    admonition body", "[link](http://x)", "[@cite]", "[^1]", "[^1]: footnote", "[ref]: /url", "[ref]", "*em* **strong**",
            "\"quoted\" it's -- ... <<a>>", "a\u0000b", "\u00E9t\u00E9 \u2019s\u00A0x \u201Cq\u201D", "- [ ] task", "- [x] done", "Setext", "===", "---", "word", "plain words here", "&amp; &copy;",
            "<b>html</b>", "\\*not em\\*", "  two spaces  ", "\t| tab |", "# h", "| a | b |\n|---|---|\n| 1 | 2 |", "#hashtag",
            "####### seven", "  ## indented", "***", "- - -", "==", "-", "#", "## ", "=== x", "Heading ##", "  ---  ", "~~~", "````", "``` js", "~~~ `x`", "___", "* * *", "_ _ _", "*not*", "`inline`");
    static final List<String> JOINS = List.of("\n", "\n", "\n\n", " ", "");

    @Test
    void treesAreStockFlexmarksForTheSameText() {
        RandomTries.run("parser = stock flexmark", 2000, random -> {
            StringBuilder text = new StringBuilder();
            for (int i = 1 + random.nextInt(14); i > 0; i--) {
                text.append(RandomTries.pick(random, PIECES)).append(RandomTries.pick(random, JOINS));
            }
            String t = text.toString();
            Document ours = MarkdownParser.parse(new Markdown(t, "x.md", 1, 1)).document();
            Document stock = (t.contains("!!!") ? STOCK_ADMONITIONS : STOCK).parse(t);
            FootnoteExtension.FOOTNOTES.get(stock).resolveFootnoteOrdinals();
            assertEquals(dump(stock), dump(ours), "\"" + t + "\"");
        });
    }

    @Test
    void blockParsersRunInStockFlexmarksOrder() throws ReflectiveOperationException {
        Field factories = Parser.class.getDeclaredField("blockParserFactories");
        factories.setAccessible(true);
        for (int i = 0; i < MarkdownParser.PARSERS.length; i++) {
            Parser[] pair = {MarkdownParser.PARSERS[i], i % 2 == 1 ? STOCK_ADMONITIONS : STOCK};
            List<String> ours = ((List<?>) factories.get(pair[0])).stream().map(FlexmarkParityTest::name).toList();
            List<String> stock = ((List<?>) factories.get(pair[1])).stream().map(FlexmarkParityTest::name).toList();
            assertEquals(stock, ours);
        }
    }

    /** A block parser's factory by its class, ours by the class of flexmark's they stand for. */
    private static String name(Object factory) {
        Class<?> c = factory.getClass().getEnclosingClass() == BlockStarts.class ? factory.getClass().getSuperclass() : factory.getClass();
        return c.getName().replaceAll(".*\\.", "");
    }

    private static String dump(Node root) {
        StringBuilder out = new StringBuilder();
        dump(root, 0, out);
        return out.toString();
    }

    private static void dump(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node.toAstString(true)).append('\n');
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) dump(c, depth + 1, out);
    }
}
