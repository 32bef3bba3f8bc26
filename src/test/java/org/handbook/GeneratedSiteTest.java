package org.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the built sites as a reader's browser and a validator see them: valid HTML (the Nu
 * checker), no broken link or anchor, no duplicate id, no inline script or style, no request
 * to another host.
 */
class GeneratedSiteTest {

    /** The sites every check runs over: the sample fixture, the bundled handbook and the example of examples/. */
    static List<String> sites() {
        return TestSites.SITES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void pagesAreValidHtml(String site) throws Exception {
        assertValidHtml(TestSites.site(site));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void linksAndAnchorsResolve(String name) throws Exception {
        Path site = TestSites.site(name);
        assertEquals(List.of(), SiteChecks.brokenLinks(site));
        assertEquals(List.of(), SiteChecks.duplicateIds(site));
    }

    @Test
    void noInlineScriptOrStyleAndNoExternalRequests() throws Exception {
        // a JSON-LD data block is not a script: the browser never runs it, and the CSP does not govern it
        Pattern inlineScript = Pattern.compile("<script(?![^>]*\\ssrc=)(?! type=\"application/ld\\+json\">)[^>]*>", Pattern.CASE_INSENSITIVE);
        Pattern external = Pattern.compile("\\s(src|href)=\"(https?:)?//[^\"]*\"[^>]*>", Pattern.CASE_INSENSITIVE);
        for (String name : TestSites.SITES) {
            Path site = TestSites.site(name);
            for (Path page : SiteChecks.pages(site)) {
                String html = Files.readString(page);
                assertFalse(inlineScript.matcher(html).find(), page + " has an inline script");
                assertFalse(html.contains("<style") || html.contains(" style=\""), page + " has inline style");
                assertFalse(html.contains("javascript:"), page + " has a javascript: URL");
                assertTrue(html.contains("http-equiv=\"Content-Security-Policy\""), page + " lacks the CSP");
                // the only absolute URLs allowed are links a reader follows (a), and canonical/og metadata
                var m = Pattern.compile("<(script|link|img|iframe)[^>]*\\s(src|href)=\"(https?:)?//", Pattern.CASE_INSENSITIVE).matcher(html);
                while (m.find()) {
                    String tag = html.substring(m.start(), html.indexOf('>', m.start()));
                    assertTrue(tag.contains("rel=\"canonical\""), page + " loads from elsewhere: " + tag);
                }
            }
        }
    }

    @Test
    void eachTermIsLinkedOncePerPageAtItsFirstMention() throws Exception {
        String first = Files.readString(TestSites.sampleSite().resolve("chapters/first/index.html"));
        assertEquals(1, count(first, "#lora\" class=\"term-link\""), "LoRA is linked once");
        assertTrue(first.indexOf("#fine-tuning\"") < first.indexOf("#lora\""), "in order of first mention");
        String second = Files.readString(TestSites.sampleSite().resolve("chapters/second/index.html"));
        assertEquals(1, count(second, "#lora\" class=\"term-link\""), "a term linked by hand is not linked again");
        assertTrue(second.contains("mention of LoRA is plain text"));
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) n++;
        return n;
    }

    private static void assertValidHtml(Path site) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        List<String> errors = new ArrayList<>();
        List<Path> pages = SiteChecks.pages(site);
        assertFalse(pages.isEmpty());
        for (Path page : pages) {
            String out = validator.validate(page);
            out.lines().filter(l -> l.contains("error:") || l.contains("fatal:"))
                    .forEach(l -> errors.add(site.relativize(page) + " " + l));
        }
        assertEquals(List.of(), errors, "Nu HTML Checker errors");
    }
}
