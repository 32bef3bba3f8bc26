package org.handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.handbook.RandomTries;
import org.handbook.cache.Hashes;
import org.handbook.model.Markdown;
import org.junit.jupiter.api.Test;

/** The build cache's text facts read back as they were written: from the bundled handbook's texts and from random Markdown. */
class FactsCodecTest {

    /** Every field of the facts, arrays by content. */
    static String describe(TextFacts f) {
        return List.of(f.headings(), f.words(), String.valueOf(f.unreadable()), f.marks(), f.blocks(), f.definition(),
                f.prose().joined(), Arrays.toString(f.prose().ends()), Arrays.toString(f.prose().offsets()), f.runs()).toString();
    }

    private static void roundTrip(List<String> texts) throws IOException {
        Map<String, FactsCodec.Entry> entries = new HashMap<>();
        Map<String, TextFacts> parsed = new HashMap<>();
        for (String t : texts) {
            TextFacts f = MarkdownParser.parse(new Markdown(t, "t.md", 1, 1)).facts();
            entries.put(Hashes.fast(t), new FactsCodec.Entry(t, f));
            assertRunsAreTheTextNodes(t, f);
            parsed.put(t, f);
        }
        byte[] bytes = FactsCodec.encode(entries);
        Map<String, int[]> index = FactsCodec.index(bytes);
        assertEquals(entries.keySet(), index.keySet());
        for (String t : texts) {
            TextFacts back = FactsCodec.decode(bytes, index.get(Hashes.fast(t)), t);
            assertEquals(describe(parsed.get(t)), describe(back), t);
        }
        assertEquals(Arrays.toString(bytes), Arrays.toString(FactsCodec.encode(entries)), "the same facts give the same bytes");
        // a later build keeps the entries it read back as their bytes, and encodes only the new ones
        Map<String, int[]> kept = new HashMap<>();
        Map<String, FactsCodec.Entry> fresh = new HashMap<>();
        int i = 0;
        for (Map.Entry<String, int[]> e : index.entrySet()) {
            if (i++ % 2 == 0) kept.put(e.getKey(), e.getValue());
            else fresh.put(e.getKey(), entries.get(e.getKey()));
        }
        assertEquals(Arrays.toString(bytes), Arrays.toString(FactsCodec.encode(fresh, bytes, kept)), "kept entries taken as they were give the same bytes");
    }

    /** A run is kept as where it is: it must be a text node's characters as written, which the term linker matches in. */
    private static void assertRunsAreTheTextNodes(String text, TextFacts f) {
        List<String> nodes = new java.util.ArrayList<>();
        for (com.vladsch.flexmark.util.ast.Node n : MarkdownParser.parse(new Markdown(text, "t.md", 1, 1)).document().getDescendants()) {
            if (n instanceof com.vladsch.flexmark.ast.Text) nodes.add(n.getStartOffset() + ":" + n.getChars());
        }
        for (TextFacts.Run r : f.runs()) assertTrue(nodes.contains(r.offset() + ":" + r.in(text)), "run at " + r.offset());
    }

    @Test
    void bundledTextsReadBackWhole() throws IOException {
        List<String> texts;
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            texts = files.filter(p -> p.toString().endsWith(".md")).map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        roundTrip(texts);
    }

    private static final List<String> PIECES = List.of("# Title {#top}\n", "## Costs of *LoRA*\n", "### Deeper\n", "#### Four\n",
            "Plain words, don't stop.", " \"quoted words\" ", " \u2018single\u2019 ", "It\u2019s here.", " [a link](term:lora) ",
            " [@hu2021; @dettmers2023] ", " {{gate-size}} ", " {{unclosed ", " <b>raw</b> ", "![](checklist:gate)", " ![x](x.png) ",
            "<https://example.org>", "`code {{x}}`", "\n```\nfenced {{y}}\n```\n", "\n> quoted block\n", "\n| a | b |\n|---|---|\n| 1 | 2 |\n",
            "\n- item one\n- item two\n", "\n\n", "\n", " -- ", "...", " &amp; ", " 1,500 and 0.6 and 98% ", "\u00e9t\u00e9 ",
            "[ref]\n\n[ref]: https://example.org\n", "!!! note \"Title\"\n    inside\n", "\u0130stanbul ", "STRASSE ",
            // words read from Latin-1 bytes: upper-case Latin-1, a sign that lower-cases into Latin-1, characters past it, a '?' in a value
            "\u00C9T\u00C9 ", "\u212Aelvin ", "\u65E5\u672C\u8A9E \u0150dd ", " {{odd?name}} ", "Why? ");

    @Test
    void randomMarkdownReadsBackWhole() {
        RandomTries.run("facts of random Markdown read back whole", 200, random -> {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(1, 30); i > 0; i--) text.append(RandomTries.pick(random, PIECES));
            roundTrip(List.of(text.toString()));
        });
    }

    @Test
    void aCutOrAlteredEntryIsRefused() throws IOException {
        String text = "# A\n\nSome [link](term:lora) words [@hu2021].\n";
        TextFacts f = MarkdownParser.parse(new Markdown(text, "t.md", 1, 1)).facts();
        byte[] bytes = FactsCodec.encode(Map.of("k", new FactsCodec.Entry(text, f)));
        int[] where = FactsCodec.index(bytes).get("k");
        assertThrows(IOException.class, () -> FactsCodec.decode(bytes, new int[] {where[0], where[1] - 1}, text));
        assertThrows(IOException.class, () -> FactsCodec.index(Arrays.copyOf(bytes, bytes.length - 1)));
        assertThrows(IOException.class, () -> FactsCodec.decode(bytes, where, "# A"), "a text shorter than a stretch it names");
    }
}
