package org.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.handbook.link.Library;
import org.handbook.model.Flowchart;
import org.handbook.model.Playbook;
import org.handbook.types.Flowcharts;
import org.handbook.types.Playbooks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Each bundled playbook shows its route ("How the flowchart gets here"), each step opening the
 * walk at that question with the answers before it chosen; each flowchart lists, per outcome, the
 * playbooks whose routes end there. What is expected comes from the loaded content.
 */
class RouteDisplayTest extends ServedSiteTest {
    private static Library lib;
    private static Path built;

    @BeforeAll
    static void build() throws Exception {
        lib = Pipeline.library(TestSites.CONTENT);
        built = TestSites.handbookSite();
        serve(built, "/");
    }

    private static Flowchart flowchart(Playbook p) {
        return lib.item(Flowcharts.TYPE, p.flowchart()).orElseThrow();
    }

    /** The 1-based number of the option of {@code node} that leads to {@code next}, as the walk's URL counts them. */
    private static int choice(Flowchart.Node node, String next) {
        for (int k = 0; k < node.options().size(); k++) if (node.options().get(k).next().equals(next)) return k + 1;
        throw new AssertionError(node.id() + " has no answer leading to " + next);
    }

    private static String walkState(Flowchart f, List<String> route, int upTo) {
        List<String> choices = new ArrayList<>();
        for (int i = 0; i < upTo; i++) choices.add(String.valueOf(choice(f.nodes().get(route.get(i)), route.get(i + 1))));
        return "#walk=" + String.join(".", choices);
    }

    private static Document page(String sitePath) throws Exception {
        Path file = built.resolve(sitePath);
        return Jsoup.parse(file.toFile(), "UTF-8", "https://example.org/" + sitePath);
    }

    private static String text(String yaml) {
        return lib.values().plain(yaml).replaceAll("\\s+", " ").strip();
    }

    @Test
    void everyPlaybookShowsItsRouteStepByStepLinkingIntoTheWalk() throws Exception {
        List<Playbook> playbooks = lib.items(Playbooks.TYPE);
        assertTrue(playbooks.size() >= 2, "the bundled book has playbooks");
        for (Playbook p : playbooks) {
            Flowchart f = flowchart(p);
            Document doc = page(Playbooks.TYPE.path(p.id()));
            Element section = doc.selectFirst("section.route");
            assertTrue(section != null, p.id() + " shows its route");
            assertEquals("How the flowchart gets here", section.selectFirst("h2").text());
            Elements steps = section.select("ol.route-steps > li");
            assertEquals(p.route().size(), steps.size(), p.id() + ": one step per node of " + p.route());
            String flowchartPage = doc.baseUri().replaceAll("[^/]*$", "");
            for (int i = 0; i < p.route().size(); i++) {
                Flowchart.Node node = f.nodes().get(p.route().get(i));
                Element step = steps.get(i);
                Element link = step.selectFirst("a");
                String href = link.absUrl("href");
                assertTrue(href.startsWith("https://example.org/" + Flowcharts.TYPE.path(f.id()).replaceAll("index\\.html$", "")),
                        p.id() + " step " + (i + 1) + " opens flowchart " + f.id() + ": " + href + " (from " + flowchartPage + ")");
                assertTrue(href.endsWith(walkState(f, p.route(), i)), p.id() + " step " + (i + 1) + ": " + href);
                if (node.isOutcome()) {
                    assertEquals(p.route().size() - 1, i, "the outcome is the last step");
                    assertEquals("Outcome: " + text(node.outcome()), link.text(), p.id());
                } else {
                    assertEquals(text(node.question()), link.text(), p.id() + " step " + (i + 1));
                    String answer = f.nodes().get(p.route().get(i)).options().get(choice(node, p.route().get(i + 1)) - 1).label();
                    assertEquals("Answer: " + text(answer), step.selectFirst(".route-answer").text(), p.id() + " step " + (i + 1));
                }
            }
        }
    }

    @Test
    void everyFlowchartListsPerOutcomeThePlaybooksWhoseRoutesEndThere() throws Exception {
        for (Flowchart f : lib.items(Flowcharts.TYPE)) {
            Document doc = page(Flowcharts.TYPE.path(f.id()));
            for (Flowchart.Node node : f.nodes().values()) {
                if (!node.isOutcome()) continue;
                Set<String> expected = new TreeSet<>();
                for (Playbook p : lib.items(Playbooks.TYPE)) {
                    if (p.flowchart().equals(f.id()) && p.route().get(p.route().size() - 1).equals(node.id())) expected.add(text(p.title()));
                }
                Element item = doc.select(".outcome-playbooks li").stream()
                        .filter(li -> ("#" + node.id()).equals(li.selectFirst("a").attr("href"))).findFirst().orElse(null);
                Set<String> listed = new TreeSet<>();
                if (item != null) {
                    assertEquals(text(node.outcome()), item.selectFirst("a").text());
                    item.select("a").stream().skip(1).forEach(a -> listed.add(a.text()));
                }
                assertEquals(expected, listed, f.id() + " outcome " + node.id());
            }
        }
    }

    @Test
    void aRouteStepOpensTheWalkAtItsQuestionWithTheAnswersBeforeItChosen() {
        Playbook p = lib.items(Playbooks.TYPE).stream().max(Comparator.comparingInt(q -> q.route().size())).orElseThrow();
        Flowchart f = flowchart(p);
        int last = p.route().size() - 2;
        assertTrue(last >= 1, p.id() + "'s route has two questions or more: " + p.route());
        driver = Browser.start(1280, 900);
        driver.get(http(Playbooks.TYPE.path(p.id())));
        driver.findElements(By.cssSelector("ol.route-steps > li a")).get(last).click();
        String question = text(f.nodes().get(p.route().get(last)).question());
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(5));
        wait.ignoring(StaleElementReferenceException.class).until(d -> question.equals(d.findElement(By.cssSelector(".walk-question")).getText()));
        assertTrue(driver.getCurrentUrl().contains(Flowcharts.TYPE.path(f.id()).replaceAll("index\\.html$", "")), driver.getCurrentUrl());
        assertTrue(driver.getCurrentUrl().endsWith(walkState(f, p.route(), last)), driver.getCurrentUrl());
        List<String> answered = driver.findElements(By.cssSelector(".walk-trail li")).stream().map(WebElement::getText).toList();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < last; i++) {
            Flowchart.Node node = f.nodes().get(p.route().get(i));
            expected.add(text(node.options().get(choice(node, p.route().get(i + 1)) - 1).label()));
        }
        assertEquals(expected, answered, "the answers before the question are recorded in the trail");
        assertTrue(driver.findElement(By.id("fc-n-" + p.route().get(last))).getAttribute("class").contains("fc-current"));
    }
}
