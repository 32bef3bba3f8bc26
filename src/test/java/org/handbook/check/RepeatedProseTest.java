package org.handbook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.handbook.load.LocatedYaml;
import org.handbook.markdown.MarkdownParser;
import org.handbook.model.Markdown;
import org.handbook.problem.Problem;
import org.handbook.problem.Problems;
import org.junit.jupiter.api.Test;

class RepeatedProseTest {
    static final String RUN = "a fine-tune learns the shape of the answers it is shown, not the facts that change every week";

    static Passage md(String path, String text) {
        return new Passage.Builder(path).markdown(MarkdownParser.parse(new Markdown(text, path, 5, 1))).get();
    }

    static List<String> warnings(Passage... passages) {
        Problems problems = new Problems();
        RepeatedProse.check(List.of(passages), problems);
        return problems.sorted().stream().map(Problem::format).toList();
    }

    @Test
    void aSharedRunIsReportedOnceAtItsFirstPlaceNamingTheOther() {
        List<String> w = warnings(md("b.md", "Intro.\n\nAs we saw, " + RUN + ". Done."), md("a.md", "## Why\n\nIn short: " + RUN + "."));
        assertEquals(1, w.size(), w.toString());
        assertEquals("a.md:7:11: warning: 18 words repeat b.md:7:12: \u201Ca fine-tune learns the shape of the answers it is shown not the facts \u2026\u201D", w.get(0).lines().findFirst().orElseThrow());
    }

    @Test
    void quotationsBlockQuotesCodeAndShortRunsAreExempt() {
        String eleven = "one two three four five six seven eight nine ten eleven";
        assertEquals(List.of(), warnings(md("a.md", RUN), md("b.md", "She said \"" + RUN + "\" and left.")));
        assertEquals(List.of(), warnings(md("a.md", RUN), md("b.md", "She said \u201C" + RUN + "\u201D and left.")));
        assertEquals(List.of(), warnings(md("a.md", RUN), md("b.md", "> " + RUN)));
        assertEquals(List.of(), warnings(md("a.md", RUN), md("b.md", "```\n" + RUN + "\n```")));
        assertEquals(List.of(), warnings(md("a.md", eleven + " x"), md("b.md", eleven + " y")));
    }

    @Test
    void aRunDoesNotBridgeAQuotationOrReachAcrossFields() {
        String half1 = "teams that tune first and measure later pay twice";
        String half2 = "for the same lesson in the end";
        assertEquals(List.of(), warnings(md("a.md", half1 + " " + half2), md("b.md", half1 + " \u201Cquoted\u201D " + half2)));
        Problems p = new Problems();
        var map = LocatedYaml.parse("c.yaml", "one: " + half1 + "\ntwo: " + half2 + "\n", 1, p).orElseThrow().map();
        Passage yaml = new Passage.Builder("c.yaml").yaml(map, "/one", half1).yaml(map, "/two", half2).get();
        assertEquals(List.of(), warnings(md("a.md", half1 + " " + half2), yaml));
    }

    @Test
    void aYamlTextAndAMarkdownBodyShareARunAtExactPositions() {
        Problems p = new Problems();
        var map = LocatedYaml.parse("f.yaml", "nodes:\n  x:\n    summary: \"So: " + RUN + ".\"\n", 1, p).orElseThrow().map();
        String text = map.strings().get("/nodes/x/summary");
        Passage yaml = new Passage.Builder("f.yaml").yaml(map, "/nodes/x/summary", text).get();
        List<String> w = warnings(md("a.md", "Text.\n\n" + RUN), yaml);
        assertEquals(1, w.size());
        assertEquals("a.md:7:1: warning: 18 words repeat f.yaml:3:19:", w.get(0).substring(0, w.get(0).indexOf('\u201C')).strip());
    }

    @Test
    void aFilesWordsAreItsTextsWordsOneAfterAnotherHashedAsTheirStrings() {
        Problems p = new Problems();
        var map = LocatedYaml.parse("g.yaml", "one: x\ntwo: y\n", 1, p).orElseThrow().map();
        Passage passage = new Passage.Builder("g.yaml").yaml(map, "/one", "\"Quoted\" First words").yaml(map, "/two", "Second")
                .markdown(MarkdownParser.parse(new Markdown("> quote\n\nThird \u00C9t\u00E9", "g.yaml", 9, 1))).get();
        List<String> words = java.util.stream.IntStream.range(0, passage.size()).mapToObj(i -> passage.isBreak(i) ? "|" : passage.word(i)).toList();
        assertEquals(List.of("first", "words", "|", "second", "|", "third", "\u00E9t\u00E9", "|"), words);
        int[] hashes = passage.wordHashes();
        for (int i = 0; i < passage.size(); i++) assertEquals(passage.isBreak(i) ? 0 : passage.word(i).hashCode(), hashes[i]);
    }

    @Test
    void wordsPastLatin1AndAQuestionMarkInAValueAreHashedAsTheirStrings() {
        Problems p = new Problems();
        var map = LocatedYaml.parse("h.yaml", "one: x\n", 1, p).orElseThrow().map();
        for (String text : List.of("caf\u00E9 \u65E5\u672C\u8A9E \u0151 word", "a {{odd?name}} b \u00E9t\u00E9", "plain words only")) {
            Passage passage = new Passage.Builder("h.yaml").yaml(map, "/one", text).get();
            int[] hashes = passage.wordHashes();
            for (int i = 0; i < passage.size(); i++) assertEquals(passage.isBreak(i) ? 0 : passage.word(i).hashCode(), hashes[i], text);
        }
    }

    @Test
    void repeatsInsideOneFileAreNotReported() {
        assertEquals(List.of(), warnings(md("a.md", RUN + "\n\n" + RUN)));
    }
}
