package org.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core over one page of each kind of the sample and of the example handbook, at desktop and phone widths: zero
 * violations, and no page wider than its window.
 */
class AccessibilityTest {
    static ChromeDriver desktop;
    static ChromeDriver phone;

    @BeforeAll
    static void start() {
        desktop = Browser.start(1280, 900);
        phone = Browser.start(390, 844);
    }

    @AfterAll
    static void stop() {
        desktop.quit();
        phone.quit();
    }

    /** Every page of the sample fixture that shows a feature, and one page of each kind of the example handbook. */
    static Stream<Arguments> pages() throws Exception {
        Stream<Arguments> sample = Stream.of("index.html", "chapters/first/index.html", "chapters/second/index.html",
                "playbooks/stale-bot/index.html", "glossary/index.html", "techniques/index.html", "techniques/retrieval/index.html",
                "checklists/gate/index.html", "flowcharts/decide/index.html", "sources/index.html", "print/index.html", "print/part-1.html",
                "search/index.html", "404.html").map(p -> Arguments.of("sample", p));
        Stream<Arguments> example = TestSites.pagesOfEachKind(TestSites.exampleSite()).stream().map(p -> Arguments.of("build-or-buy", p));
        return Stream.concat(sample, example);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pages")
    void pageHasNoAxeViolations(String name, String page) throws Exception {
        Path site = TestSites.site(name);
        List<String> found = new ArrayList<>();
        for (ChromeDriver d : List.of(desktop, phone)) {
            d.get(site.toAbsolutePath().resolve(page).toUri().toString());
            Results r = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice")).analyze(d);
            for (Rule v : r.getViolations()) {
                found.add(v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList());
            }
            wider(d).ifPresent(found::add);
        }
        assertEquals(List.of(), found, name + " " + page);
    }

    /** One page of each kind of the bundled handbook, whose long verdict labels the fixtures lack, on a phone. */
    static Stream<String> handbookPages() throws Exception {
        return TestSites.pagesOfEachKind(TestSites.handbookSite()).stream();
    }

    @ParameterizedTest(name = "handbook {0}")
    @MethodSource("handbookPages")
    void noPageOfTheHandbookIsWiderThanAPhone(String page) throws Exception {
        phone.get(TestSites.handbookSite().toAbsolutePath().resolve(page).toUri().toString());
        assertEquals(java.util.Optional.empty(), wider(phone), page);
    }

    /** Whether the page is wider than the window: a reader on a phone never scrolls sideways (a wide diagram scrolls in its own box). */
    private static java.util.Optional<String> wider(ChromeDriver d) {
        Object wider = d.executeScript("var w = document.documentElement.clientWidth;"
                + " return document.documentElement.scrollWidth > w ? 'page wider than the window: ' + w + ' < ' + document.documentElement.scrollWidth : null;");
        return java.util.Optional.ofNullable((String) wider);
    }
}
