package org.handbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExcerptsTest {

    @Test
    void shortTextsStayWhole() {
        assertEquals("Fine-tune, or don't.", Excerpts.cut("Fine-tune, or don't.", 20));
        assertEquals("", Excerpts.cut("", 5));
    }

    @Test
    void cutsAfterTheLastWholeWord() {
        assertEquals("Retrieval keeps facts …", Excerpts.cut("Retrieval keeps facts fresh; fine-tuning shapes behavior.", 24));
        assertEquals("Retrieval keeps …", Excerpts.cut("Retrieval keeps facts fresh", 15), "a space right at the limit");
    }

    @Test
    void textWithoutSpacesIsCutBetweenCharactersNotAtIndexMinusOne() {
        // the old rule, substring(0, lastIndexOf(' ', max)), threw StringIndexOutOfBoundsException on each of these
        String japanese = "日本語の文章は空白なしで書かれる。".repeat(30);
        String cut = Excerpts.cut(japanese, 320);
        assertEquals(japanese.substring(0, 320) + " …", cut);
        String url = "https://example.org/" + "a".repeat(400);
        assertEquals(url.substring(0, 200) + " …", Excerpts.cut(url, 200));
        String token = "word " + "y".repeat(500);
        assertEquals(token.substring(0, 200) + " …", Excerpts.cut(token, 200), "a short word then a long token: cut inside the token");
    }

    @Test
    void neverSplitsASurrogatePairOrACombiningMark() {
        String emoji = "😀".repeat(300);
        String cut = Excerpts.cut(emoji, 201);
        assertEquals(emoji.substring(0, 200) + " …", cut, "an odd limit falls inside a pair: cut before it");
        String accents = "e\u0301".repeat(300);
        assertEquals(accents.substring(0, 200) + " …", Excerpts.cut(accents, 201));
        for (int max = 1; max < 40; max++) {
            String c = Excerpts.cut("😀a😀 b😀😀c " + "😀".repeat(40), max);
            for (int i = 0; i < c.length(); i++) {
                assertTrue(!Character.isHighSurrogate(c.charAt(i)) || i + 1 < c.length() && Character.isLowSurrogate(c.charAt(i + 1)),
                        "lone surrogate at " + i + " for max " + max + ": " + c);
            }
            assertTrue(c.length() <= max + Excerpts.MORE.length(), c);
        }
    }
}
