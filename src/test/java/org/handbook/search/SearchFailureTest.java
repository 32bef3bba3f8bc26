package org.handbook.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.handbook.Browser;
import org.handbook.TestSites;
import org.handbook.serve.DevServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search on a served copy of the handbook with a file missing, as after a partial copy or on a
 * page cached from before a rebuild: the box and the search page say search is unavailable
 * instead of waiting forever, and the same search works once the file is back.
 */
class SearchFailureTest {
    static final String UNAVAILABLE = "Search unavailable, try reloading";
    static final String QUERY = "distillation";

    @TempDir
    static Path dir;
    static Path site;
    static DevServer server;
    ChromeDriver driver;

    @BeforeAll
    static void serveACopy() throws Exception {
        site = dir.resolve("site");
        TestSites.copyTree(TestSites.handbookSite(), site);
        server = new DevServer(site, 0, "/");
        server.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @AfterEach
    void quit() {
        if (driver != null) driver.quit();
    }

    static String http(String path) {
        return "http://127.0.0.1:" + server.port() + "/" + path;
    }

    WebDriverWait waiting() {
        return (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class);
    }

    /** The search files the box's search for a query (seven results) loads in a fresh browser, in the order they arrived. */
    @SuppressWarnings("unchecked")
    static List<String> filesOf(String query) {
        ChromeDriver d = Browser.start(1280, 900);
        try {
            d.get(http("index.html"));
            return (List<String>) d.executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "handbook.search.query(arguments[0], {limit: 7}).then(function () {"
                    + "  done(performance.getEntriesByType('resource')"
                    + "    .map(function (r) { return new URL(r.name).pathname.substring(1); })"
                    + "    .filter(function (p) { return p.indexOf('search/') === 0; })); });", query);
        } finally {
            d.quit();
        }
    }

    String pageStatus() {
        return driver.findElement(By.cssSelector(".search-page-status")).getText();
    }

    void searchPageSaysUnavailableThenRecovers(Path missing) throws Exception {
        Path away = missing.resolveSibling(missing.getFileName() + ".away");
        Files.move(missing, away);
        try {
            driver = Browser.start(1280, 900);
            driver.get(http("search/index.html?q=" + QUERY));
            waiting().until(d -> pageStatus().contains(UNAVAILABLE));
            assertTrue(driver.findElements(By.cssSelector(".search-list .search-hit")).isEmpty(), "no half results");
            WebElement box = driver.findElement(By.id("site-search-input"));
            box.sendKeys(QUERY);
            waiting().until(d -> d.findElement(By.id("site-search-results")).getText().contains(UNAVAILABLE));
        } finally {
            Files.move(away, missing, StandardCopyOption.REPLACE_EXISTING);
        }
        // the file is back: searching again (Enter on the page, a key in the box) loads it and answers
        driver.findElement(By.id("search-page-input")).sendKeys(Keys.ENTER);
        waiting().until(d -> !d.findElements(By.cssSelector(".search-list .search-hit")).isEmpty());
        assertFalse(pageStatus().contains(UNAVAILABLE), pageStatus());
        WebElement box = driver.findElement(By.id("site-search-input"));
        box.sendKeys("x");
        box.sendKeys(Keys.BACK_SPACE);
        waiting().until(d -> d.findElements(By.cssSelector("#site-search-results .search-option .result")).size() > 1);
    }

    @Test
    void aMissingShardSaysSearchIsUnavailableAndARetryWorks() throws Exception {
        List<String> files = filesOf(QUERY);
        String last = files.get(files.size() - 1);
        assertTrue(!last.equals("search/index.js"), files.toString());
        searchPageSaysUnavailableThenRecovers(site.resolve(last));
    }

    @Test
    void aMissingManifestSaysSearchIsUnavailableAndARetryWorks() throws Exception {
        searchPageSaysUnavailableThenRecovers(site.resolve("search/index.js"));
    }

    @Test
    void aShardThatLoadsButDoesNotRunSaysSearchIsUnavailable() throws Exception {
        // a truncated copy: the script loads but breaks off before it hands its data over
        List<String> files = filesOf(QUERY);
        Path shard = site.resolve(files.get(1));
        byte[] whole = Files.readAllBytes(shard);
        Files.write(shard, java.util.Arrays.copyOf(whole, whole.length / 2));
        try {
            driver = Browser.start(1280, 900);
            driver.get(http("search/index.html?q=" + QUERY));
            waiting().until(d -> pageStatus().contains(UNAVAILABLE));
        } finally {
            Files.write(shard, whole);
        }
    }
}
