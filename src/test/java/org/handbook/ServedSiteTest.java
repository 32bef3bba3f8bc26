package org.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.handbook.serve.DevServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A built site served by the dev server for browser tests: each test opens {@link #driver}, and
 * after it the browser must have logged no console error and no CSP violation.
 */
public abstract class ServedSiteTest {
    protected static DevServer server;
    protected static Path site;
    protected ChromeDriver driver;

    /** Serves {@code built} under {@code basePath} until the test class ends. */
    protected static void serve(Path built, String basePath) throws Exception {
        site = built;
        server = new DevServer(site, 0, basePath);
        server.start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) server.close();
        server = null;
    }

    @AfterEach
    void quitBrowser() {
        if (driver != null) {
            List<String> problems = new ArrayList<>(Browser.problems(driver));
            driver.quit();
            driver = null;
            assertEquals(List.of(), problems, "console errors or CSP violations");
        }
    }

    /** The URL of a site path on the dev server, from its root. */
    protected static String http(String path) {
        return http("/", path);
    }

    /** The URL of a site path on the dev server, under base path {@code base}. */
    protected static String http(String base, String path) {
        return "http://127.0.0.1:" + server.port() + base + path;
    }
}
