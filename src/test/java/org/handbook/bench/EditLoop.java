package org.handbook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.handbook.Browser;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The edit loop as an author sees it, against a running `handbook serve` (bench/edit-loop.sh starts
 * one): for each edit, headless Chromium opens the page that shows the file and the file is saved.
 * Every time is taken where it happens, on the one wall clock of the machine: the save just before
 * the file is written, the reload event by the page's own live-reload stream (a listener added
 * ahead of the page's, before its scripts run), and the reloaded page showing the edit by that page
 * (the first frame after its DOM holds the edit's words); nothing is timed by polling the browser.
 * Between edits it waits for the server to finish the slow outputs, as an author pausing between
 * saves would leave it. Prints each edit, then the median and 95th percentile of each time.
 */
public final class EditLoop {
    /**
     * Runs in every page before its own scripts: the page's EventSource is made to note the time of
     * its "reload" event first, and a page whose text holds the expected edit notes its first frame.
     */
    private static final String PROBE = """
            (() => {
              const Plain = window.EventSource;
              if (Plain) {
                window.EventSource = class extends Plain {
                  constructor(url, init) {
                    super(url, init);
                    window.editLoopSource = this;
                    this.addEventListener('reload', () => localStorage.setItem('edit-loop-event', String(Date.now())));
                  }
                };
              }
              document.addEventListener('DOMContentLoaded', () => {
                const mark = localStorage.getItem('edit-loop-mark');
                if (mark && document.body.textContent.includes(mark)) {
                  requestAnimationFrame(() => localStorage.setItem('edit-loop-shown', String(Date.now())));
                }
              });
            })();
            """;

    private EditLoop() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path content = Path.of(args[1]);
        Path log = Path.of(args[2]);
        int edits = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        List<Path> files = EditLoopFiles.of(content);
        List<Long> events = new ArrayList<>();
        List<Long> shown = new ArrayList<>();
        ChromeDriver d = Browser.start(1280, 900);
        try {
            d.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", PROBE));
            for (int i = 0; i < edits; i++) {
                Path f = files.get(i % files.size());
                String mark = f.toString().endsWith(".md") ? "Edit number " + i + " of the loop." : "Edit " + i + ".";
                // no mark while the page loads, so only the reloaded page can note that it shows the edit
                if (i > 0) d.executeScript("localStorage.clear()");
                d.get(base + page(content, f));
                d.executeScript("localStorage.setItem('edit-loop-mark', arguments[0])", mark);
                // open: the server holds the stream before the browser sees its headers, so no reload can miss it
                waitFor(() -> Long.valueOf(1).equals(d.executeScript("return window.editLoopSource && window.editLoopSource.readyState")), 10_000);
                long made = refreshes(log);
                long saved = System.currentTimeMillis();
                EditLoopFiles.edit(f, i);
                long event = Long.parseLong((String) waitFor(() -> d.executeScript("return localStorage.getItem('edit-loop-event')"), 30_000)) - saved;
                long page = Long.parseLong((String) waitFor(() -> d.executeScript("return localStorage.getItem('edit-loop-shown')"), 30_000)) - saved;
                events.add(event);
                shown.add(page);
                System.out.printf("edit %2d  %-38s reload event %4d ms, page shows it %4d ms%n", i, content.relativize(f), event, page);
                waitFor(() -> refreshes(log) > made ? Boolean.TRUE : null, 120_000);
                Thread.sleep(300);
            }
        } finally {
            d.quit();
        }
        System.out.printf("save -> reload event: median %d ms, p95 %d ms (%d edits)%n", percentile(events, 50), percentile(events, 95), edits);
        System.out.printf("save -> page shows the edit: median %d ms, p95 %d ms%n", percentile(shown, 50), percentile(shown, 95));
    }

    /** The page that shows a content file: its own page, or the glossary for a term. */
    private static String page(Path content, Path f) {
        String folder = content.relativize(f).getName(0).toString();
        String id = f.getFileName().toString().replaceFirst("\\.[a-z]+$", "");
        return folder.equals("glossary") ? "glossary/index.html" : folder + "/" + id + "/index.html";
    }

    /** How many times the server has said it made the slow outputs. */
    private static long refreshes(Path log) throws Exception {
        return Files.readAllLines(log).stream().filter(l -> l.startsWith("Made ")).count();
    }

    private interface Probe {
        Object get() throws Exception;
    }

    /** Asks until the answer is there; only when to ask again is decided here, never a time that is reported. */
    private static Object waitFor(Probe probe, long millis) throws Exception {
        long end = System.currentTimeMillis() + millis;
        while (true) {
            try {
                Object v = probe.get();
                if (v != null && !Boolean.FALSE.equals(v)) return v;
            } catch (WebDriverException e) {
                // the page is reloading: ask again
            }
            if (System.currentTimeMillis() > end) throw new IllegalStateException("timed out");
            Thread.sleep(5);
        }
    }

    /** The value at or below which {@code p} percent of the values lie (nearest rank). */
    static long percentile(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
