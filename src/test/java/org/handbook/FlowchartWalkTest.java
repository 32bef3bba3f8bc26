package org.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sample flowchart ("decide") walked in headless Chromium, by mouse and by keyboard, over
 * HTTP and from disk: the question on screen, the path on the picture, the shared URL, Back,
 * and the decision record.
 */
class FlowchartWalkTest extends ServedSiteTest {
    @BeforeAll
    static void serve() throws Exception {
        serve(TestSites.sampleSite(), "/");
    }

    String page() {
        return http("flowcharts/decide/index.html");
    }

    String heading() {
        return driver.findElement(By.cssSelector(".walk-question")).getText();
    }

    /** Waits for the walk to show {@code expected}: answers take effect on the hashchange event, a moment later. */
    void shows(String expected, String message) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class)
                    .until(d -> heading().equals(expected));
        } catch (TimeoutException e) {
            assertEquals(expected, heading(), message);
        }
    }

    /** Clicks an answer once the question offering it shows: the previous answer may still be taking effect. */
    void answer(String label) {
        By option = By.xpath("//button[contains(@class,'walk-option')][normalize-space()='" + label + "']");
        new WebDriverWait(driver, Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class)
                .until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(option)).click();
    }

    String classOf(String id) {
        return driver.findElement(By.id(id)).getAttribute("class");
    }

    @Test
    void clickingAnswersReachesTheOutcomeAndDrawsThePath() {
        driver = Browser.start(1280, 900);
        driver.get(page());
        shows("What is wrong with the answers?", "");
        assertTrue(classOf("fc-n-start-here").contains("fc-current"));
        answer("Format drifts");
        shows("Does a schema fix it?", "");
        assertEquals("h3", driver.switchTo().activeElement().getTagName(), "focus moves to the new question");
        assertEquals("Question 2: Does a schema fix it?", driver.findElement(By.cssSelector(".walk-status")).getAttribute("textContent"));
        answer("No");
        shows("Fine-tune", "");
        assertTrue(driver.getCurrentUrl().endsWith("#walk=2.2"), driver.getCurrentUrl());
        assertTrue(driver.findElement(By.cssSelector(".walk-step .verdict")).getText().contains("Fine-tune"));
        assertTrue(classOf("fc-n-tune").contains("fc-current"));
        assertTrue(classOf("fc-n-format").contains("fc-visited"));
        assertTrue(classOf("fc-e-start-here-1").contains("fc-taken"), "the second option of the first question");
        assertTrue(classOf("fc-e-format-1").contains("fc-taken"));
        assertFalse(classOf("fc-e-format-0").contains("fc-taken"));
        List<String> trail = driver.findElements(By.cssSelector(".walk-trail a")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("Format drifts", "No"), trail);
        List<String> next = driver.findElements(By.cssSelector(".walk-step .node-links a")).stream().map(WebElement::getText).toList();
        assertEquals(2, next.size(), "the outcome's links to read next: " + next);
    }

    @Test
    void keyboardAloneWalksTheTreeFromDisk() {
        driver = Browser.start(1280, 900);
        driver.get(site.toAbsolutePath().resolve("flowcharts/decide/index.html").toUri().toString());
        WebElement focused = null;
        for (int i = 0; i < 60; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            focused = driver.switchTo().activeElement();
            if (focused.getText().equals("Format drifts")) break;
        }
        assertEquals("Format drifts", focused.getText(), "the first answer is reachable by Tab");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        shows("Does a schema fix it?", "Enter chose the answer");
        assertEquals("Does a schema fix it?", driver.switchTo().activeElement().getText(), "focus is on the new question");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertEquals("Yes", driver.switchTo().activeElement().getText());
        new Actions(driver).sendKeys(Keys.SPACE).perform();
        shows("Use structured output", "");
        assertTrue(driver.getCurrentUrl().endsWith("#walk=2.1"), driver.getCurrentUrl());
    }

    @Test
    void backButtonBackControlTrailAndSharedUrl() {
        driver = Browser.start(1280, 900);
        driver.get(page());
        answer("Format drifts");
        answer("No");
        driver.navigate().back();
        shows("Does a schema fix it?", "Back goes to the previous question");
        driver.findElement(By.cssSelector("[data-walk='back']")).click();
        shows("What is wrong with the answers?", "");
        assertTrue(driver.findElement(By.cssSelector("[data-walk='back']")).getAttribute("disabled") != null, "nothing to go back to");
        answer("Facts are stale");
        shows("Use retrieval", "");
        driver.findElement(By.cssSelector(".walk-trail a")).click();
        shows("What is wrong with the answers?", "a trail entry goes back to that question");

        driver.get(page() + "#walk=2.2");
        driver.navigate().refresh();
        shows("Fine-tune", "a shared URL opens at its outcome");
        driver.findElement(By.cssSelector("[data-walk='restart']")).click();
        shows("What is wrong with the answers?", "");
        driver.get(page() + "#walk=9.9");
        shows("What is wrong with the answers?", "a path that does not fit starts over");
    }

    @Test
    void outcomeGivesADecisionRecordToCopyAndPrint() {
        driver = Browser.start(1280, 900);
        driver.get(page() + "#walk=2.2");
        driver.navigate().refresh();
        driver.findElement(By.cssSelector(".record-markdown summary")).click();
        String md = driver.findElement(By.cssSelector(".record-text")).getAttribute("value");
        assertTrue(md.startsWith("# Decision record: What are you trying to change?\n"), md);
        assertTrue(md.contains("1. What is wrong with the answers? **Format drifts**"), md);
        assertTrue(md.contains("2. Does a schema fix it? **No**"), md);
        assertTrue(md.contains("## Outcome: Fine-tune (Fine-tune)"), md);
        assertTrue(md.contains("/techniques/sft/index.html)"), md);
        assertTrue(md.contains("## Attendees"), md);

        driver.findElement(By.xpath("//button[normalize-space()='Copy the decision record as Markdown']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !d.findElement(By.cssSelector(".walk-status")).getAttribute("textContent").isEmpty());

        // printing the record: the print stylesheet shows the record and hides the rest
        driver.executeScript("document.body.classList.add('print-record')");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertTrue(driver.findElement(By.cssSelector(".decision-record")).isDisplayed());
        assertFalse(driver.findElement(By.cssSelector(".walk")).isDisplayed());
        assertFalse(driver.findElement(By.cssSelector(".decision-table")).isDisplayed());
        String record = driver.findElement(By.cssSelector(".decision-record")).getText();
        assertTrue(record.contains("Does a schema fix it? No"), record);
        assertTrue(record.contains("Attendees"), record);
    }

    @Test
    void anOutcomeWithAMeasurementShowsBothVerdictsAndRecordsTheMeasurement() {
        driver = Browser.start(1280, 900);
        driver.get(page() + "#walk=1");
        driver.navigate().refresh();
        shows("Use retrieval", "the first answer leads to the outcome with a measurement");
        assertEquals("Don't fine-tune", driver.findElement(By.cssSelector(".walk-verdict .verdict")).getText());
        String measured = driver.findElement(By.cssSelector(".walk .node-if-measured")).getText();
        assertTrue(measured.startsWith("Fine-tune if the measurement holds"), measured);
        assertTrue(measured.contains("Measure: Stale answers as a share of held-out questions. Holds when: Above 5%."), measured);
        driver.findElement(By.cssSelector(".record-markdown summary")).click();
        String md = driver.findElement(By.cssSelector(".record-text")).getAttribute("value");
        assertTrue(md.contains("## Outcome: Use retrieval (Don't fine-tune)"), md);
        assertTrue(md.contains("Fine-tune if the measurement holds: Measure: Stale answers as a share of held-out questions."), md);
    }

    @Test
    void outcomeStateHasNoAxeViolations() {
        driver = Browser.start(390, 844);
        driver.get(page() + "#walk=2.2");
        driver.navigate().refresh();
        Results r = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice")).analyze(driver);
        assertEquals(List.of(), r.getViolations().stream().map(v -> v.getId() + " " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList()).toList());
    }
}
