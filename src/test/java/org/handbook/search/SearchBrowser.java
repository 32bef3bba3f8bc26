package org.handbook.search;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbook.Browser;
import org.openqa.selenium.chrome.ChromeDriver;

/** Runs the site's own search engine in a headless Chromium page and returns what it found. */
final class SearchBrowser {
    private SearchBrowser() {
    }

    static ChromeDriver open(Path page) {
        ChromeDriver d = Browser.start(1280, 900);
        d.get(page.toAbsolutePath().toUri().toString());
        return d;
    }

    /** [record, score] pairs, best first. */
    @SuppressWarnings("unchecked")
    static List<List<Number>> search(ChromeDriver d, String query, Map<String, Object> options) {
        Object r = d.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "handbook.search.query(arguments[0], arguments[1]).then(function (f) {"
                + "  done(f.results.map(function (x) { return [x.rec, x.score]; })); }, function (e) { done('error: ' + e); });",
                query, options);
        if (r instanceof String s) throw new AssertionError(s);
        return (List<List<Number>>) r;
    }

    /** The site paths (with #anchor) of the top results, as a reader sees them with typo and prefix help on. */
    @SuppressWarnings("unchecked")
    static List<String> urls(ChromeDriver d, String query, int limit) {
        Object r = d.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "var root = document.documentElement.getAttribute('data-root');"
                + "handbook.search.query(arguments[0], {limit: arguments[1]}).then(function (f) {"
                + "  done(f.results.map(function (x) { return x.url.substring(root.length); })); }, function (e) { done('error: ' + e); });",
                query, limit);
        if (r instanceof String s) throw new AssertionError(s);
        return (List<String>) r;
    }
}
