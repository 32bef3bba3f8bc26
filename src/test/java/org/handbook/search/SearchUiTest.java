package org.handbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.handbook.Browser;
import org.handbook.ServedSiteTest;
import org.handbook.Pipeline;
import org.handbook.TestSites;
import org.handbook.types.Terms;
import org.handbook.types.Words;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search box and the search page on the built handbook, over HTTP and from disk: the
 * keyboard shortcuts, results as you type with a typo, arrow keys and Enter, the results page
 * with its filters in the URL and the back button, and an axe scan with results open.
 * Screenshots go to target/screens for a person to look at.
 */
class SearchUiTest extends ServedSiteTest {
    @BeforeAll
    static void serve() throws Exception {
        serve(TestSites.handbookSite(), "/");
    }

    WebDriverWait waiting() {
        return (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class);
    }

    void screenshot(String name) throws Exception {
        Path dir = Path.of("target/screens");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    List<WebElement> options() {
        return driver.findElements(By.cssSelector("#site-search-results [role=option]"));
    }

    @Test
    void slashFocusesTheBoxAndATypoStillFindsTheSection() throws Exception {
        driver = Browser.start(1280, 900);
        driver.get(http("chapters/sft-lora-qlora/index.html"));
        new Actions(driver).sendKeys("/").perform();
        WebElement box = driver.switchTo().activeElement();
        assertEquals("site-search-input", box.getAttribute("id"), "/ focuses the search box");
        box.sendKeys("distilation");
        waiting().until(d -> options().size() > 1);
        assertEquals("true", box.getAttribute("aria-expanded"));
        String first = options().get(0).getText();
        assertTrue(first.toLowerCase().contains("distill"), first);
        assertFalse(options().get(0).findElements(By.tagName("mark")).isEmpty(), "matched words are marked");
        assertTrue(driver.findElement(By.cssSelector(".search-note")).getText().contains("Showing results for distillation"));
        screenshot("search-box-typo");
        box.sendKeys(Keys.ARROW_DOWN);
        assertEquals(options().get(0).getAttribute("id"), box.getAttribute("aria-activedescendant"));
        assertEquals("true", options().get(0).getAttribute("aria-selected"));
        String target = options().get(0).getAttribute("data-href");
        box.sendKeys(Keys.ENTER);
        waiting().until(d -> d.getCurrentUrl().contains(target.replaceFirst("^(\\.\\./)+", "")));
    }

    @Test
    void escapeClosesAndCtrlKReopens() {
        driver = Browser.start(1280, 900);
        driver.get(http("index.html"));
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys("k").keyUp(Keys.CONTROL).perform();
        WebElement box = driver.switchTo().activeElement();
        assertEquals("site-search-input", box.getAttribute("id"), "Ctrl+K focuses the search box");
        box.sendKeys("regression wall");
        waiting().until(d -> options().size() > 1);
        box.sendKeys(Keys.ESCAPE);
        assertFalse(driver.findElement(By.id("site-search-results")).isDisplayed());
        assertEquals("false", box.getAttribute("aria-expanded"));
    }

    @Test
    void enterWithoutAChoiceOpensTheResultsPageWithFiltersInTheUrl() throws Exception {
        driver = Browser.start(1280, 900);
        driver.get(http("glossary/index.html"));
        WebElement box = driver.findElement(By.id("site-search-input"));
        box.sendKeys("LoRA");
        box.sendKeys(Keys.ENTER);
        waiting().until(d -> d.getCurrentUrl().contains("search/index.html?q=LoRA"));
        waiting().until(d -> d.findElements(By.cssSelector(".search-list .search-hit")).size() >= 10);
        String all = waiting().until(d -> d.findElement(By.cssSelector(".search-filters .button")).getText());
        assertTrue(all.startsWith("All "), all);
        // what the handbook calls a term and several (the manifest carries them to the page)
        Words words = Pipeline.library(TestSites.CONTENT).words(Terms.TYPE);
        WebElement terms = waiting().until(d -> d.findElement(By.xpath("//div[@class='search-filters']/button[starts-with(normalize-space(), '"
                + words.plural() + "')]")));
        int count = Integer.parseInt(terms.getText().replaceAll("\\D", ""));
        screenshot("search-page");
        terms.click();
        waiting().until(d -> d.getCurrentUrl().contains("type=term"));
        waiting().until(d -> d.findElements(By.cssSelector(".search-list .search-hit")).stream()
                .allMatch(h -> h.getText().contains(words.label())));
        assertEquals(Math.min(count, 10), driver.findElements(By.cssSelector(".search-list .search-hit")).size());
        driver.navigate().back();
        waiting().until(d -> !d.getCurrentUrl().contains("type=term"));
        waiting().until(d -> "true".equals(d.findElement(By.cssSelector(".search-filters .button")).getAttribute("aria-pressed")));
        Results axe = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice")).analyze(driver);
        assertEquals(List.of(), axe.getViolations().stream().map(v -> v.getId() + " " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList()).toList());
    }

    List<WebElement> hits() {
        return driver.findElements(By.cssSelector(".search-list .search-hit"));
    }

    /**
     * A results page shows ten results whose records (title, text) come from a few files, not one
     * for nearly every result; "More results" adds ten and moves the focus to the first it added.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aPageOfResultsLoadsItsRecordsInAFewFilesAndMoreAddsTen() throws Exception {
        driver = Browser.start(1280, 900);
        driver.get(http("search/index.html?q=rollback+plan"));
        waiting().until(d -> hits().size() == 10);
        List<String> recordFiles = (List<String>) driver.executeScript("return performance.getEntriesByType('resource')"
                + ".map(function (r) { return new URL(r.name).pathname; })"
                + ".filter(function (p) { return p.indexOf('/search/f/') >= 0; });");
        assertTrue(recordFiles.size() <= FragmentFiles.SMALL_FILES, recordFiles.toString());
        String status = driver.findElement(By.cssSelector(".search-page-status")).getText();
        assertTrue(status.endsWith("the best 10 shown."), status);
        String tenth = hits().get(9).getAttribute("href");
        driver.findElement(By.cssSelector(".search-more")).click();
        waiting().until(d -> hits().size() == 20);
        assertEquals(tenth, hits().get(9).getAttribute("href"), "the first ten stay where they were");
        assertEquals(hits().get(10), driver.switchTo().activeElement(), "the focus is on the first result added");
        assertTrue(driver.findElement(By.cssSelector(".search-page-status")).getText().contains("the best 20 shown"));
    }

    @Test
    void searchWorksFromDiskAndOnAPhone() throws Exception {
        driver = Browser.start(390, 844);
        driver.get(site.toAbsolutePath().resolve("search/index.html").toUri() + "?q=PEFT");
        waiting().until(d -> !d.findElements(By.cssSelector(".search-list .search-hit")).isEmpty());
        String first = driver.findElement(By.cssSelector(".search-list .search-hit .result-title")).getText();
        assertEquals("Parameter-efficient fine-tuning", first, "an alias finds its term");
        WebElement box = driver.findElement(By.id("site-search-input"));
        box.sendKeys("qlor");
        waiting().until(d -> options().size() > 1);
        screenshot("search-phone");
        assertTrue(options().get(0).getText().contains("QLoRA"), "the last word completes as a prefix: " + options().get(0).getText());
        Results axe = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice")).analyze(driver);
        assertEquals(List.of(), axe.getViolations().stream().map(v -> v.getId() + " " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList()).toList());
    }

    @Test
    void withoutJavaScriptTheBoxSubmitsToAPageThatExplains() throws Exception {
        String home = Files.readString(site.resolve("index.html"));
        assertTrue(home.contains("action=\"search/index.html\" method=\"get\""), "the box is a plain form");
        String page = Files.readString(site.resolve("search/index.html"));
        assertTrue(page.contains("class=\"search-nojs\"") && page.contains("needs JavaScript"), "the page explains search without it");
    }
}
