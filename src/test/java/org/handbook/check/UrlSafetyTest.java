package org.handbook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.handbook.problem.Rule;
import org.handbook.types.Registry;
import org.junit.jupiter.api.Test;

class UrlSafetyTest {
    static boolean allowed(String raw) {
        return UrlSafety.problem(UrlSafety.normalize(raw), Registry.standard()).isEmpty();
    }

    @Test
    void aUrlTakenAsItIsIsOneTheWholeDecodingWouldLeaveAsItIs() {
        java.util.Random random = new java.util.Random(15);
        String[] pieces = {"a", "Z", "9", ":", "/", "?", "=", "#", "+", ".", "-", "_", "~", "é", "→", "😀", "(", ")", "'", "\"",
                "&", "&amp;", "&#106;", "%", "%2F", "%41", "\\", "\\:", " ", "\t", "\n", "\u0000", "\u007F", "\u00A0"};
        int plain = 0;
        for (int round = 0; round < 5_000; round++) {
            StringBuilder raw = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) raw.append(pieces[random.nextInt(pieces.length)]);
            String url = raw.toString();
            if (UrlSafety.plain(url)) {
                plain++;
                assertEquals(url, UrlSafety.decoded(url), "taken as it is, but decoding changes it");
            }
            assertEquals(UrlSafety.decoded(url), UrlSafety.normalize(url), url);
        }
        assertTrue(plain > 500, "plain URLs drawn: " + plain);
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
    void numericReferencesWithoutSemicolonsAreDecodedAsABrowserDoesAndNeverThrow() {
        // the hand-written decoder threw NumberFormatException on "106a" and on numbers past int
        for (String s : new String[] {"&#106avascript:alert(1)", "&#x6a;avascript:x", "&#0000106avascript:x", "&#x6A&#x61vascript:x",
                "&#100ata:text/html,x", "&#118bscript:x", "java&#115cript:x", "javascript&colonx", "java&Tab;script:x",
                "javascript\\:x"}) {
            assertTrue(!allowed(s), s);
        }
        assertEquals("javascript:alert(1)", UrlSafety.normalize("&#106avascript:alert(1)"));
        assertEquals("\uFFFDx", UrlSafety.normalize("&#99999999999;x"));
        assertEquals("\uFFFDx", UrlSafety.normalize("&#x110000;x"));
        assertTrue(allowed("https://example.org/?a=1&copy=2"), "a query that looks like an entity stays a web link");
    }

    @Test
    void refusesRelativePathsInFavourOfTypedReferences() {
        assertTrue(!allowed("../chapters/x.md"));
        var finding = UrlSafety.problem("../x", Registry.standard()).orElseThrow();
        assertEquals(Rule.RELATIVE_LINK, finding.rule());
        assertTrue(finding.hint().contains("chapter:"), finding.hint());
        assertEquals(Rule.UNSAFE_LINK, UrlSafety.problem("javascript:x", Registry.standard()).orElseThrow().rule());
        assertEquals(Rule.MALFORMED_REFERENCE, UrlSafety.problem("term:", Registry.standard()).orElseThrow().rule());
    }
}
