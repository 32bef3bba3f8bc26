package org.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The built sample site in real headless Chromium, over HTTP from the dev server and from disk:
 * navigation, keyboard tooltips, live reload, and no console errors or CSP violations.
 */
class BrowserTest extends ServedSiteTest {
    @BeforeAll
    static void serve() throws Exception {
        serve(TestSites.sampleSite(), "/sample/");
    }

    @Test
    void readerFollowsTheBookFromCoverToSecondChapterAndBack() {
        driver = Browser.start(1280, 900);
        driver.get(http("index.html"));
        assertEquals("Sample Handbook: A small handbook that exercises every feature", driver.getTitle());
        driver.findElement(By.cssSelector(".cover .button")).click();
        assertEquals("The First Chapter", driver.findElement(By.tagName("h1")).getText());
        driver.findElement(By.cssSelector(".pager-next")).click();
        assertEquals("The Second Chapter", driver.findElement(By.tagName("h1")).getText());
        driver.findElement(By.cssSelector(".crumbs a")).click();
        assertTrue(driver.getCurrentUrl().endsWith("/index.html"));
        driver.findElement(By.linkText("Glossary")).click();
        assertEquals("Glossary", driver.findElement(By.tagName("h1")).getText());
        assertTrue(driver.findElement(By.id("lora")).isDisplayed());
    }

    @Test
    void breadcrumbSeparatorsFollowTheirCrumbOnAPhone() {
        driver = Browser.start(390, 844);
        driver.get(http("chapters/second/index.html"));
        // each crumb's box starts where its link or title does (no separator before it) and ends on the line its
        // text ends on (the separator after it is never carried to a line of its own)
        Object wrong = ((JavascriptExecutor) driver).executeScript("var out = [];"
                + " document.querySelectorAll('.crumbs li').forEach(function (li, i) {"
                + "   var own = li.getClientRects(), text = li.firstElementChild.getClientRects();"
                + "   if (Math.abs(own[0].left - text[0].left) > 0.5) out.push(i + ': something before its text');"
                + "   if (Math.abs(own[own.length - 1].top - text[text.length - 1].top) > 0.5) out.push(i + ': its end on a line of its own');"
                + " }); return out.join('; ');");
        assertEquals("", wrong);
        assertEquals(2, driver.findElements(By.cssSelector(".crumbs li")).size(), "the trail: Home and the page");
    }

    @Test
    void glossaryTooltipOpensOnFocusAndClosesOnEscape() {
        driver = Browser.start(1280, 900);
        driver.get(http("chapters/first/index.html"));
        WebElement body = driver.findElement(By.tagName("body"));
        WebElement focused = null;
        for (int i = 0; i < 40; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            focused = driver.switchTo().activeElement();
            if ("term-link".equals(focused.getAttribute("class"))) break;
        }
        assertEquals("term-link", focused.getAttribute("class"), "a glossary term is reachable by Tab");
        WebElement tip = driver.findElement(By.id(focused.getAttribute("aria-describedby")));
        assertTrue(tip.isDisplayed(), "tooltip shows on focus");
        assertTrue(tip.getText().contains("Fine-tuning"), tip.getText());
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        assertFalse(tip.isDisplayed(), "Escape closes the tooltip");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        assertTrue(tip.isDisplayed(), "focusing the term again reopens it");
        assertTrue(body.isDisplayed());
    }

    @Test
    void siteWorksOpenedFromDisk() {
        driver = Browser.start(1280, 900);
        driver.get(site.toAbsolutePath().resolve("index.html").toUri().toString());
        assertTrue(driver.findElement(By.tagName("html")).getAttribute("class").contains("js"), "script ran under the CSP from file://");
        driver.findElement(By.cssSelector(".contents-link")).click();
        assertEquals("The First Chapter", driver.findElement(By.tagName("h1")).getText());
        driver.findElement(By.cssSelector("a.xref-technique")).click();
        assertEquals("Retrieval (RAG)", driver.findElement(By.tagName("h1")).getText());
        String css = (String) ((JavascriptExecutor) driver).executeScript(
                "return getComputedStyle(document.querySelector('.site-header')).borderBottomStyle");
        assertEquals("solid", css, "the stylesheet loaded from disk");
    }

    @Test
    void liveReloadRefreshesAnOpenPage() {
        driver = Browser.start(1280, 900);
        driver.get(http("index.html"));
        // the sample is built without the live-reload tag; add the dev server's script by hand
        addLiveReload("index.html");
        server.reload();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return window.marker === undefined")));
    }

    @Test
    void liveReloadReachesAPageOpenedAfterManyOthers() throws Exception {
        driver = Browser.start(1280, 900);
        // more pages than the six connections a browser opens to one host: the pages it keeps for
        // "back" must not hold their event streams, or the next page's stream or reload never loads
        List<String> pages = TestSites.pagesOfEachKind(site).stream().filter(p -> p.endsWith(".html")).limit(9).toList();
        assertTrue(pages.size() > 6, pages.toString());
        for (String page : pages) {
            driver.get(http(page));
            addLiveReload(page);
        }
        server.reload();
        new WebDriverWait(driver, Duration.ofSeconds(10)).withMessage(() -> "the last page did not reload")
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return window.marker === undefined")));
    }

    /**
     * Adds the dev server's live-reload script to the open page and waits until its event stream is
     * open: the server keeps a stream before the browser sees it open, so a reload after this reaches
     * the page. (Counting the server's streams instead raced with the heartbeat dropping the last
     * page's closed stream.)
     */
    private void addLiveReload(String page) {
        ((JavascriptExecutor) driver).executeScript("var E = window.EventSource; window.streams = [];"
                + " window.EventSource = function (url) { var s = new E(url); window.streams.push(s); return s; };"
                + " var s = document.createElement('script'); s.src = '/__livereload.js'; document.head.appendChild(s); window.marker = 42;");
        new WebDriverWait(driver, Duration.ofSeconds(20)).withMessage(() -> page + " got no live-reload stream")
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return window.streams.length === 1 && window.streams[0].readyState === 1")));
    }
}
