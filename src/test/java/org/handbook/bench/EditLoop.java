package org.handbook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.handbook.Browser;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The edit loop as an author sees it, against a running `handbook serve` (bench/edit-loop.sh starts
 * one): for each edit, headless Chromium opens the page that shows the file, listens to the dev
 * server's events, and the file is saved; the time from the save to the page's "reload" event is
 * taken in the browser (Date.now(), the same clock), and the time until the reloaded page shows the
 * edit after it. Between edits it waits for the server to finish the slow outputs, as an author
 * pausing between saves would leave it. Prints each edit, then the median and 95th percentile.
 */
public final class EditLoop {
    private static final String LISTEN = """
            localStorage.removeItem('edit-loop');
            window.editLoop = new EventSource('/__livereload');
            window.editLoop.addEventListener('reload', () => localStorage.setItem('edit-loop', String(Date.now())));
            window.addEventListener('pagehide', () => window.editLoop.close());
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
            for (int i = 0; i < edits; i++) {
                Path f = files.get(i % files.size());
                d.get(base + page(content, f));
                d.executeScript(LISTEN);
                waitFor(() -> Long.valueOf(1).equals(d.executeScript("return window.editLoop.readyState")), 10_000);
                long made = refreshes(log);
                long t0 = System.currentTimeMillis();
                EditLoopFiles.edit(f, i);
                String at = (String) waitFor(() -> d.executeScript("return localStorage.getItem('edit-loop')"), 30_000);
                long event = Long.parseLong(at) - t0;
                String mark = f.toString().endsWith(".md") ? "Edit number " + i + " of the loop." : "Edit " + i + ".";
                waitFor(() -> Boolean.TRUE.equals(d.executeScript("return document.readyState === 'complete' && document.body.textContent.includes(arguments[0])", mark)), 30_000);
                long page = System.currentTimeMillis() - t0;
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
            Thread.sleep(2);
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
