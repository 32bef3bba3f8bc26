package org.handbook.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.handbook.Browser;
import org.handbook.ServedSiteTest;
import org.handbook.TestSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** The sample checklist ("gate") ticked in headless Chromium: ticks and notes kept, progress, reset, Markdown. */
class ChecklistPageTest extends ServedSiteTest {

    @BeforeAll
    static void serve() throws Exception {
        serve(TestSites.sampleSite(), "/");
    }

    String page() {
        return http("/", "checklists/gate/index.html");
    }

    WebElement box(String item) {
        return driver.findElement(By.id("check-" + item));
    }

    String progress() {
        return driver.findElement(By.cssSelector(".checklist-progress")).getText();
    }

    @Test
    void ticksAndNotesSurviveAReloadAndResetClearsThem() {
        driver = Browser.start(1280, 900);
        driver.get(page());
        assertEquals("0 of 3 ticked; 0 of 1 required.", progress());
        driver.findElement(By.cssSelector("label[for='check-baseline']")).click();
        box("owner").click();
        assertEquals("2 of 3 ticked; 1 of 1 required.", progress());
        WebElement note = driver.findElement(By.cssSelector("#owner .item-note summary"));
        note.click();
        driver.findElement(By.cssSelector("#owner .note-input")).sendKeys("Signed by Dana on Monday");

        driver.navigate().refresh();
        assertTrue(box("baseline").isSelected(), "a tick survives a reload");
        assertFalse(box("regressions").isSelected());
        assertTrue(box("owner").isSelected());
        assertEquals("Signed by Dana on Monday", driver.findElement(By.cssSelector("#owner .note-input")).getAttribute("value"));
        assertEquals("2 of 3 ticked; 1 of 1 required.", progress());

        String md = driver.findElement(By.cssSelector(".checklist-text")).getAttribute("value");
        assertTrue(md.startsWith("# Release gate\n"), md);
        assertTrue(md.contains("- [x] The best non-training baseline is scored. **(required)**"), md);
        assertTrue(md.contains("- [ ] The regression wall passes on 1,200 questions."), md);
        assertTrue(md.contains("- [x] An owner signs the decision.\n  - Note: Signed by Dana on Monday"), md);

        ((JavascriptExecutor) driver).executeScript("window.confirm = function () { return true; }");
        driver.findElement(By.cssSelector("[data-action='reset']")).click();
        assertEquals("0 of 3 ticked; 0 of 1 required.", progress());
        driver.navigate().refresh();
        assertFalse(box("baseline").isSelected(), "reset is kept too");
        assertEquals("", driver.findElement(By.cssSelector("#owner .note-input")).getAttribute("value"));
    }

    @Test
    void itemsRemovedFromTheContentAreDroppedFromStorage() {
        driver = Browser.start(1280, 900);
        driver.get(page());
        JavascriptExecutor js = driver;
        String key = (String) js.executeScript("return Object.keys(localStorage).filter(function (k) { return k.indexOf(':checklist:gate') > 0; })[0]");
        js.executeScript("localStorage.setItem(arguments[0], JSON.stringify({version: 1, items: {baseline: {done: true}, gone: {done: true, note: 'old'}}}))", key);
        driver.navigate().refresh();
        assertTrue(box("baseline").isSelected());
        String stored = (String) js.executeScript("return localStorage.getItem(arguments[0])", key);
        assertFalse(stored.contains("gone"), stored);
    }

    @Test
    void printBlankShowsEmptySquaresAndPrintFilledShowsTicksAndNotes() {
        driver = Browser.start(1280, 900);
        driver.get(page());
        box("baseline").click();
        driver.findElement(By.cssSelector("#baseline .item-note summary")).click();
        driver.findElement(By.cssSelector("#baseline .note-input")).sendKeys("done in review");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        JavascriptExecutor js = driver;
        String filled = (String) js.executeScript("return getComputedStyle(document.getElementById('check-baseline')).backgroundColor");
        assertEquals("rgb(0, 0, 0)", filled, "a ticked box prints filled");
        assertTrue(driver.findElement(By.cssSelector("#baseline .note-print")).isDisplayed());
        assertFalse(driver.findElement(By.cssSelector(".checklist-tools")).isDisplayed());
        js.executeScript("document.body.classList.add('print-blank')");
        assertEquals("rgb(255, 255, 255)", js.executeScript("return getComputedStyle(document.getElementById('check-baseline')).backgroundColor"));
        assertFalse(driver.findElement(By.cssSelector("#baseline .note-print")).isDisplayed());
    }
}
