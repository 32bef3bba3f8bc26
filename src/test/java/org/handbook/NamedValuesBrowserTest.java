package org.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Named values in real headless Chromium: the note opens from the keyboard, and the walk copies the figure, not its note. */
class NamedValuesBrowserTest extends ServedSiteTest {
    @BeforeAll
    static void serve() throws Exception {
        serve(TestSites.sampleSite(), "/");
    }

    @Test
    void aValuesNoteOpensOnFocusAndClosesOnEscape() {
        driver = Browser.start(390, 800);
        driver.get(http("chapters/second/index.html"));
        WebElement focused = null;
        for (int i = 0; i < 60; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            focused = driver.switchTo().activeElement();
            if (String.valueOf(focused.getAttribute("class")).contains("value-link")) break;
        }
        assertEquals("1,200", focused.getText(), "the first figure on the page is reachable by Tab");
        WebElement tip = driver.findElement(By.id(focused.getAttribute("aria-describedby")));
        assertTrue(tip.isDisplayed(), "the note shows on focus");
        assertTrue(tip.getText().endsWith("Source: The First Chapter, \u201CWhy facts go stale\u201D, as of 24 November 2026."), tip.getText());
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        assertFalse(tip.isDisplayed(), "Escape closes it");
    }

    @Test
    void theWalkShowsAnOutcomeWithItsFigureWrittenOut() {
        driver = Browser.start(1280, 900);
        driver.get(http("flowcharts/decide/index.html#walk=2.1"));
        WebElement summary = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.cssSelector(".walk-step .walk-summary")));
        assertEquals("Constrain the output; score 1,200 samples.", summary.getText());
    }
}
