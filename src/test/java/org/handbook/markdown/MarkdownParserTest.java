package org.handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.handbook.model.Markdown;
import org.handbook.problem.Position;
import org.junit.jupiter.api.Test;

class MarkdownParserTest {

    @Test
    void headingIdsAreSlugsUniquePerPageOrExplicit() {
        ParsedMarkdown md = MarkdownParser.parse(new Markdown("## Why it fails\n\n## Why it fails\n\n## Costs {#money}\n\n### Über café\n", "x.md", 1, 1));
        assertEquals(List.of("why-it-fails", "why-it-fails-2", "money", "uber-cafe"), md.headings().stream().map(Heading::id).toList());
        assertEquals("Costs", md.headings().get(2).text());
    }

    @Test
    void aReleasedTreeIsParsedAgainAndEachTreesHeadingsKeepTheirIds() {
        ParsedMarkdown md = MarkdownParser.parse(new Markdown("## Why it fails\n\nText.\n\n## Costs {#money}\n", "x.md", 1, 1));
        com.vladsch.flexmark.util.ast.Document before = md.document();
        md.release();
        com.vladsch.flexmark.util.ast.Document after = md.document();
        assertEquals(false, before == after, "parsed again");
        for (com.vladsch.flexmark.util.ast.Document d : List.of(before, after)) {
            List<String> ids = java.util.stream.StreamSupport.stream(d.getDescendants().spliterator(), false)
                    .filter(n -> n instanceof com.vladsch.flexmark.ast.Heading).map(md::headingId).toList();
            assertEquals(List.of("why-it-fails", "money"), ids, "a render holding the older tree still finds its ids");
        }
    }

    @Test
    void slugsOfAsciiAndOtherTextsJoinLettersAndDigitsWithSingleHyphens() {
        java.util.Map.of("  --Hello,  World!--  ", "hello-world", "A/B testing: 2x FASTER", "a-b-testing-2x-faster",
                "Tab\tand\nnewline", "tab-and-newline", "!!! ?", "section", "\u00DCber caf\u00E9 \u2014 na\u00EFve", "uber-cafe-naive",
                "\u00BF\u00A1", "section").forEach((text, slug) -> assertEquals(slug, MarkdownParser.slug(text), text));
    }

    @Test
    void plainTextRunsWhiteSpaceTogether() {
        ParsedMarkdown md = MarkdownParser.parse(new Markdown("Two  spaces,\ta tab\nand a line.\n\n# Just one\n", "p.md", 1, 1));
        assertEquals("Two spaces, a tab and a line.", MarkdownParser.plainText(md.document().getFirstChild()));
        assertEquals("Just one", MarkdownParser.plainText(md.document().getLastChild()));
    }

    @Test
    void proseWordsAreLowerCasedWithPlainApostrophesAndBreaksWhereTextIsLeftOut() {
        ParsedMarkdown md = MarkdownParser.parse(new Markdown("Don\u2019t STOP at 1,500 \u201Cquoted words\u201D Caf\u00C9 {{ big-value }}.\n\n"
                + "> a quote\n\nNext `code` end\n", "w.md", 1, 1));
        ProseWords.Words w = md.facts().prose();
        List<String> words = java.util.stream.IntStream.range(0, w.size()).mapToObj(w::word).toList();
        assertEquals(java.util.Arrays.asList("don't", "stop", "at", "1,500", null, "caf\u00E9", "{{big-value}}", null, "next", null, "end", null), words);
        assertEquals(List.of(0, 6, 11, 14), java.util.stream.IntStream.range(0, 4).mapToObj(w::offset).toList());
        assertEquals(15, md.words(), "quotations and code count as words read; a curly apostrophe splits one");
    }

    @Test
    void inlineCodeLinksAndReferenceDefinitionsParseAsCommonMarkSays() {
        ParsedMarkdown md = MarkdownParser.parse(new Markdown("Use ``a ` b`` and `c`, see [the site]  (x) [site](https://example.org \"T\") "
                + "and [ref].\n\n[ref]: https://example.org/r\n", "r.md", 1, 1));
        List<String> code = java.util.stream.StreamSupport.stream(md.document().getDescendants().spliterator(), false)
                .filter(n -> n instanceof com.vladsch.flexmark.ast.Code).map(n -> ((com.vladsch.flexmark.ast.Code) n).getText().toString()).toList();
        assertEquals(List.of("a ` b", "c"), code);
        assertEquals(List.of("LINK https://example.org", "REFERENCE https://example.org/r"),
                md.facts().marks().stream().map(m -> m.kind() + " " + m.text()).toList());
        assertEquals(List.of("the site false", "ref true"), java.util.stream.StreamSupport.stream(md.document().getDescendants().spliterator(), false)
                .filter(n -> n instanceof com.vladsch.flexmark.ast.LinkRef).map(n -> (com.vladsch.flexmark.ast.LinkRef) n)
                .map(r -> r.getReference() + " " + r.isDefined()).toList(), "[ref] refers to its definition");
    }

    @Test
    void citationsParseAndMapToFilePositions() {
        ParsedMarkdown md = MarkdownParser.parse(new Markdown("Intro.\n\nSee [@hu2021lora; @dettmers2023qlora] and [x](term:lora).\n", "c.md", 6, 1));
        Citation c = (Citation) java.util.stream.StreamSupport.stream(md.document().getDescendants().spliterator(), false)
                .filter(n -> n instanceof Citation).findFirst().orElseThrow();
        assertEquals(List.of("hu2021lora", "dettmers2023qlora"), c.ids());
        assertEquals(new Position("c.md", 8, 5), md.position(c));
    }

    @Test
    void wordsCountProseAndInlineCodeButNotCodeBlocks() {
        ParsedMarkdown md = MarkdownParser.parse(new Markdown("One two three.\n\n```\nnot counted at all\n```\n\nFour `five`.\n", "w.md", 1, 1));
        assertEquals(5, md.words());
    }

    @Test
    void aWordIsALetterOrDigitThenLettersDigitsApostrophesAndHyphens() {
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("[\\p{L}\\p{Nd}][\\p{L}\\p{Nd}'-]*");
        List<String> pieces = List.of("ab", "\u00C97", "\u0416\u00DF", "x-y", "1,500", "end.", "q-", "-q", "\u00A0", "%", "_z_");
        org.handbook.RandomTries.run("words = a regular expression's", 500, random -> {
            StringBuilder text = new StringBuilder("w");
            for (int i = random.nextInt(30); i > 0; i--) text.append(' ').append(org.handbook.RandomTries.pick(random, pieces));
            String t = text.toString();
            assertEquals(word.matcher(t).results().count(), MarkdownParser.parse(new Markdown(t, "w.md", 1, 1)).words(), t);
        });
    }

    @Test
    void namedValuesParseBeforeAttributesWhichStillGiveHeadingIds() {
        ParsedMarkdown md = MarkdownParser.parse(new Markdown("## Gate {#gate}\n\nAt least {{agreement-gate}} and {{ eval-size }}.\n", "v.md", 3, 1));
        List<ValueRef> refs = java.util.stream.StreamSupport.stream(md.document().getDescendants().spliterator(), false)
                .filter(n -> n instanceof ValueRef).map(n -> (ValueRef) n).toList();
        assertEquals(List.of("agreement-gate", "eval-size"), refs.stream().map(ValueRef::name).toList());
        assertEquals(new Position("v.md", 5, 10), md.position(refs.get(0)));
        assertEquals("gate", md.headings().get(0).id());
        assertEquals("At least {{agreement-gate}} and {{eval-size}}.", MarkdownParser.plainText(md.document().getChildOfType(com.vladsch.flexmark.ast.Paragraph.class)));
    }

    private static final List<String> NUL_PIECES = List.of("Words and more words", "\0", "\0\0", " *em* ", " `code \0` ", "\n\n", "\n", "# Head \0\n",
            "\n| a\0 | b |\n|---|---|\n| 1 | \0 |\n", " [link\0](http://x) ", "\n- item\0\n", " {{x}} ", " {{open ", "\n```\nfenced \0\n```\n");

    @Test
    void aNulReadsAsTheReplacementCharacterInEveryFact() {
        // flexmark reads a NUL as U+FFFD: a text with NULs has the facts of the same text with U+FFFD in their place,
        // though only the second has its stretches taken from its string as they are
        org.handbook.RandomTries.run("a NUL's facts are U+FFFD's", 200, random -> {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(1, 20); i > 0; i--) text.append(org.handbook.RandomTries.pick(random, NUL_PIECES));
            TextFacts nul = MarkdownParser.parse(new Markdown(text.toString(), "n.md", 1, 1)).facts();
            TextFacts replaced = MarkdownParser.parse(new Markdown(text.toString().replace('\0', '\uFFFD'), "n.md", 1, 1)).facts();
            assertEquals(replaced.blocks(), nul.blocks(), text.toString());
            // an unclosed reference's mark quotes the rest of its line as written
            assertEquals(replaced.marks(), nul.marks().stream().map(m -> new TextFacts.Mark(m.kind(), m.offset(), m.text().replace('\0', '\uFFFD'), m.alone())).toList(),
                    text.toString());
            assertEquals(replaced.definition(), nul.definition(), text.toString());
            assertEquals(replaced.words(), nul.words(), text.toString());
        });
    }
}
