package org.handbook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UrlSafetyTest {
    static boolean allowed(String raw) {
        return UrlSafety.problem(UrlSafety.normalize(raw)).isEmpty();
    }

    @Test
    void allowsWebAndMailLinks() {
        assertTrue(allowed("https://arxiv.org/abs/2106.09685"));
        assertTrue(allowed("mailto:team@example.org"));
    }

    @Test
    void refusesScriptAndDataSchemesHoweverTheyAreDisguised() {
        for (String s : new String[] {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "&#106;avascript:alert(1)",
                "&#x6A;avascript:x", "java%73cript:x", "java\tscript:x", " javascript:x", "data:text/html,x",
                "vbscript:x", "javascript&colon;x", "file:///etc/passwd"}) {
            assertTrue(!allowed(s), s);
        }
        assertEquals("javascript:alert(1)", UrlSafety.normalize("&#106;ava%73cript:alert(1)"));
    }

    @Test
    void refusesRelativePathsInFavourOfTypedReferences() {
        assertTrue(!allowed("../chapters/x.md"));
        assertTrue(UrlSafety.problem("../x").orElseThrow()[1].contains("chapter:id"));
    }
}
