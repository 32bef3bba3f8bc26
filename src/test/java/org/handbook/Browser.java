package org.handbook;

import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium driven by chromedriver, with the console log kept. Debian's paths by default;
 * elsewhere point the tests at your own with {@code -Dhandbook.chromium=PATH} and
 * {@code -Dhandbook.chromedriver=PATH} (or the environment variables {@code HANDBOOK_CHROMIUM},
 * {@code HANDBOOK_CHROMEDRIVER}). A browser that is not there fails the tests; none is skipped.
 */
public final class Browser {
    static final String CHROMIUM = setting("handbook.chromium", "HANDBOOK_CHROMIUM", "/usr/bin/chromium");
    static final String CHROMEDRIVER = setting("handbook.chromedriver", "HANDBOOK_CHROMEDRIVER", "/usr/bin/chromedriver");

    private Browser() {
    }

    private static String setting(String property, String variable, String debian) {
        String p = System.getProperty(property);
        if (p != null && !p.isBlank()) return p;
        String v = System.getenv(variable);
        return v != null && !v.isBlank() ? v : debian;
    }

    public static ChromeDriver start(int width, int height) {
        if (!new java.io.File(CHROMIUM).canExecute() || !new java.io.File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("the browser tests need Chromium at " + CHROMIUM + " and chromedriver at " + CHROMEDRIVER
                    + "; install them (Debian: apt-get install chromium chromium-driver) or set -Dhandbook.chromium and -Dhandbook.chromedriver");
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM);
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=" + width + "," + height, "--allow-file-access-from-files");
        // headless Chromium keeps a window at least 500 px wide: a phone's width is emulated instead, so the page lays out at it
        if (width < 500) {
            o.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics",
                    java.util.Map.of("width", width, "height", height, "pixelRatio", 1.0, "mobile", false, "touch", false)));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(CHROMEDRIVER)).build();
        ChromeDriver d = new ChromeDriver(service, o);
        d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return d;
    }

    /** Console messages that are errors or CSP violations. */
    public static List<String> problems(ChromeDriver d) {
        return d.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()
                        || e.getMessage().contains("Content Security Policy") || e.getMessage().contains("Refused to"))
                .map(LogEntry::getMessage).toList();
    }
}
