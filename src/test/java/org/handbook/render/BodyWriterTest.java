package org.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import org.handbook.TestSites;
import org.handbook.link.Library;
import org.handbook.link.TermMatcher;
import org.handbook.link.TermMentions;
import org.handbook.load.Content;
import org.handbook.load.ContentLoader;
import org.handbook.markdown.MarkdownParser;
import org.handbook.markdown.ParsedContent;
import org.handbook.markdown.ParsedMarkdown;
import org.handbook.model.Markdown;
import org.handbook.problem.Problems;
import org.handbook.types.Registry;
import org.handbook.types.Terms;
import org.handbook.types.TypedRef;
import org.junit.jupiter.api.Test;

/**
 * The body writer makes flexmark's HTML byte for byte: every text of the bundled handbook, the
 * example and the sample, texts made to reach the line writer's corners (blank lines, leading
 * white space, code blocks, embeds' HTML) and random texts of Markdown pieces, rendered both ways.
 */
class BodyWriterTest {
    /** An embed's HTML as templates make it: indented lines and blank lines, which flexmark's writer trims and folds. */
    private static final BiFunction<TypedRef, String, String> EMBEDS =
            (ref, page) -> "\n  <div class=\"embed\">\n\n\n    <p>" + ref.prefix() + " \t x</p>\n\t\n  </div>\n\n";

    private static final List<String> TEXTS = List.of(
            "",
            "One line.",
            "A paragraph\nover two lines.\n\nAnother  with  spaces  \nand a hard break  \n   then text indented after it.",
            "- a\n- b\n\n- c loose\n",
            "- a\n  - b\n    - c\n- d\n\n  second paragraph of d\n",
            "1. one\n2. two\n",
            "3. starts at three\n4. four\n",
            "> a quote\n> more\n>\n> - a list in it\n>\n> > nested\n",
            "```java\nint x = 1;\n\n\n    indented <b>&amp; \"q\"\n\tTab\n```\n",
            "```\n```\n",
            "~~~ lang extra words\ncode\n~~~\n\nafter",
            "Text with `code  spaced   out` and *em* **strong** _x_ \"quotes\" 'single' -- dash --- ... and it's done.",
            "| a | b | c | d |\n|:--|:-:|--:|---|\n| 1 | *2* | `3` | [x](https://example.org) |\n| 4 |\n",
            "para\n\n***\n\n---\n\nmore",
            "## A heading {#custom-id}\n\nText.\n\n# One\n\n### Three with [a link](https://example.org \"a title & <b>\")",
            "- [ ] to do\n- [x] done\n  with more\n",
            "!!! note \"A title\"\n    Body of the note.\n\n    - a list\n\n!!! warning\n    Careful.\n",
            "As shown [@hu2021lora] and [@hu2021lora; @lewis2020rag], {{eval-size}} questions, {{agreement-gate}}.",
            "## Heading with {{eval-size}}\n\n[link {{eval-size}}](chapter:first)",
            "![](glossary:index)",
            "Text before ![](checklist:gate) and after.\nnext line",
            "![](glossary:index)\n![](glossary:lora)",
            "Fine-tuning with LoRA and RAG, then lora again. QLoRA too.",
            "[LoRA](term:lora) is linked by hand; fine-tuning is not.",
            "[x](#anchor) [y](chapter:first#stale-facts) [z](glossary:index) [w](mailto:a@b.org)",
            "\tan indented code block\n\nand text",
            "a &amp; b &copy; <b>html</b> <!-- c -->",
            "Text[^1].\n\n[^1]: A note.",
            "<div>\nblock html\n</div>\n",
            "Line one\\\nline two",
            "* * *\n- \n-\n\n1.\n",
            "Trailing spaces   \n\n\n\n\nmany blank lines");

    /** Markdown pieces random texts are made of. */
    private static final List<String> PIECES = List.of("\n", "\n\n", "# ", "## ", "- ", "1. ", "> ", "  ", "    ", "\t", "**", "*", "_", "`",
            "```\n", "| a | b |\n|---|:-:|\n| c | d |\n", "word ", "LoRA ", "fine-tuning ", "\"", "'", "--", "...", "[x](chapter:first)",
            "[@hu2021lora]", "{{eval-size}}", "![](glossary:index)", "!!! tip \"t\"\n    ", "- [ ] ", "***\n", "&", "<", ">", "  \n",
            "{#id}", "{.c}", "[", "]", "(", ")", "\\", "&amp;", "text");

    @Test
    void everyTextOfTheHandbooksIsWrittenAsFlexmarkWritesIt() throws Exception {
        int written = 0;
        for (Path content : List.of(TestSites.CONTENT, TestSites.EXAMPLE, TestSites.SAMPLE)) {
            Library lib = library(content);
            BodyRenderer own = new BodyRenderer(lib, true);
            BodyRenderer flexmark = new BodyRenderer(lib, false);
            for (Map.Entry<String, ParsedMarkdown> text : lib.parsed().all().entrySet()) {
                ParsedMarkdown md = text.getValue();
                TermMentions mentions = lib.mentions(text.getKey());
                String page = "chapters/x.html";
                assertEquals(flexmark.render(md, page, mentions, EMBEDS, "p-"), own.render(md, page, mentions, EMBEDS, "p-"), text.getKey());
                if (own.writesItself(md.document())) written++;
            }
        }
        assertTrue(written > 300, "texts the body writer wrote: " + written);
    }

    @Test
    void textsMadeForTheLineWritersCornersAreWrittenAsFlexmarkWritesThem() throws Exception {
        Library lib = library(TestSites.SAMPLE);
        BodyRenderer own = new BodyRenderer(lib, true);
        BodyRenderer flexmark = new BodyRenderer(lib, false);
        int written = 0;
        for (String text : TEXTS) {
            if (bothWays(lib, own, flexmark, text)) written++;
        }
        assertTrue(written >= TEXTS.size() - 6, "texts the body writer wrote: " + written + " of " + TEXTS.size());
    }

    @Test
    void randomTextsAreWrittenAsFlexmarkWritesThem() throws Exception {
        Library lib = library(TestSites.SAMPLE);
        BodyRenderer own = new BodyRenderer(lib, true);
        BodyRenderer flexmark = new BodyRenderer(lib, false);
        Random random = new Random(20261207);
        int written = 0;
        for (int i = 0; i < 600; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = 1 + random.nextInt(24); k > 0; k--) text.append(PIECES.get(random.nextInt(PIECES.size())));
            if (bothWays(lib, own, flexmark, text.toString())) written++;
        }
        assertTrue(written > 200, "texts the body writer wrote: " + written);
    }

    /** Renders {@code text} both ways, asserting the same HTML; whether the body writer wrote it. */
    /**
     * A parsed tree is read by several threads at once (the pages, the print page, the e-book): writing a text
     * must not put anything into its document, whose options are a plain map (an option read from it that it
     * does not hold is worked out and put there, and two threads doing so at once lost a list option).
     */
    @Test
    void writingATextLeavesItsDocumentAsItWas() throws Exception {
        Library lib = library(TestSites.SAMPLE);
        BodyRenderer own = new BodyRenderer(lib, true);
        ParsedMarkdown md = MarkdownParser.parse(new Markdown("1. one\n2. two\n\n- a\n\n  b\n\n> quote\n\n| x |\n|---|\n| y |\n",
                "chapters/t.md", 1, 1));
        assertTrue(own.writesItself(md.document()), "the body writer writes this text");
        Set<?> before = Set.copyOf(md.document().getAll().keySet());
        own.render(md, "chapters/t.html", TermMentions.find(md, new TermMatcher(lib.items(Terms.TYPE)), Set.of(), lib.types()), EMBEDS, "");
        assertEquals(before, Set.copyOf(md.document().getAll().keySet()));
    }

    private static boolean bothWays(Library lib, BodyRenderer own, BodyRenderer flexmark, String text) {
        ParsedMarkdown md = MarkdownParser.parse(new Markdown(text, "chapters/t.md", 1, 1));
        TermMentions mentions = TermMentions.find(md, new TermMatcher(lib.items(Terms.TYPE)), Set.of(), lib.types());
        assertEquals(flexmark.render(md, "chapters/t.html", mentions, EMBEDS, ""),
                own.render(md, "chapters/t.html", mentions, EMBEDS, ""), text);
        return own.writesItself(md.document());
    }

    private static Library library(Path content) throws Exception {
        Problems problems = new Problems();
        Content c = new ContentLoader(content, Registry.standard(), problems).load();
        return Library.build(c, ParsedContent.parse(c), problems);
    }
}
