package org.handbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.handbook.Pipeline;
import org.handbook.TestSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The words of ASCII texts found a character at a time: the same as Lucene's tokenizer and lower-casing give. */
class AsciiWordsTest {
    private static SearchAnalysis analysis;
    private static Analyzer lucene;

    @BeforeAll
    static void start() throws Exception {
        analysis = new SearchAnalysis(Pipeline.library(TestSites.SAMPLE));
        lucene = analysis.wordAnalyzer();
    }

    @AfterAll
    static void stop() {
        lucene.close();
        analysis.close();
    }

    /** Pieces random texts are made of: every kind of ASCII character the word rules tell apart, and some words. */
    private static final String[] PIECES = {"a", "Z", "q", "0", "7", "_", ".", ":", "'", ",", ";", "\"", "-", " ", "\n", "\t", "@",
            "#", "/", "(", ")", "!", "?", "$", "%", "&", "*", "+", "=", "<", ">", "[", "]", "{", "}", "\\", "|", "~", "`", "^", "\u0000",
            "\u001f", "\u007f", "Team's", "U.S.A.", "3.5", "1,200", "e.g.", "a_b", "__", "x1.2y", "S:t", "don't", "'s", "...", "10;20"};

    @Test
    void randomAsciiTextsGiveTheTokenizersWords() throws IOException {
        Random random = new Random(29);
        AsciiWords words = new AsciiWords();
        for (int t = 0; t < 30_000; t++) {
            StringBuilder text = new StringBuilder();
            // now and then a text longer than the tokenizer's buffer, read in several pieces
            for (int n = random.nextInt(t % 500 == 0 ? 3000 : t % 10 == 0 ? 60 : 14); n > 0; n--) text.append(PIECES[random.nextInt(PIECES.length)]);
            String s = text.toString();
            boolean read = words.reset(s);
            // refused only where a stretch without white space is longer than the longest word the tokenizer keeps
            assertEquals(!s.matches("(?s).*[^\\x00-\\x20]{256}.*"), read, s);
            if (read) assertEquals(tokens(s), read(words), s);
        }
    }

    @Test
    void longStretchesAndOtherCharactersAreLeftToTheTokenizer() throws IOException {
        AsciiWords words = new AsciiWords();
        assertFalse(words.reset("caf\u00e9"));
        assertFalse(words.reset("a \u203a b"));
        String longest = "x".repeat(255);
        assertTrue(words.reset("a " + longest + " b"));
        assertEquals(tokens("a " + longest + " b"), read(words));
        assertFalse(words.reset("a " + longest + "y b"));
        assertFalse(words.reset("a " + "x.".repeat(128) + " b"));
    }

    private static List<String> read(AsciiWords words) {
        List<String> out = new ArrayList<>();
        while (words.next()) {
            // the hash made while reading is the one the word is looked up by
            assertEquals(WordIds.hash(words.text(), words.start(), words.end()), words.hash());
            out.add(new String(words.text(), words.start(), words.end() - words.start()));
        }
        return out;
    }

    private static List<String> tokens(String s) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = lucene.tokenStream("body", s)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        }
        return out;
    }
}
