package org.handbook.bench;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.handbook.Browser;
import org.handbook.serve.DevServer;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a reader's search costs in headless Chromium on a built site served over HTTP: for each
 * query, a fresh browser (cold cache) opens the search page, then the query runs through the
 * site's engine; it prints the bytes of search files fetched (as served, and gzipped as a web
 * server would send them), the time to results, and the same for a second query and a repeat.
 * Last, the results page opened from disk ({@code file://}) with each query: the results it shows.
 */
public final class SearchBenchmark {
    private SearchBenchmark() {
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: SearchBenchmark SITE_DIR QUERY [QUERY ...]");
            System.exit(2);
        }
        Path site = Path.of(args[0]);
        DevServer server = new DevServer(site, 0, "/");
        server.start();
        try {
            for (String q : List.of(args).subList(1, args.length)) {
                ChromeDriver d = Browser.start(1280, 900);
                try {
                    d.get("http://127.0.0.1:" + server.port() + "/search/index.html");
                    Map<String, Object> cold = run(d, q);
                    if (System.getenv("SEARCH_BENCH_FILES") != null) {
                        for (String p : (List<String>) cold.get("paths")) System.out.printf("    %6d %s%n", Files.size(site.resolve(p.substring(1))), p);
                    }
                    Map<String, Object> second = run(d, q + " evaluation");
                    Map<String, Object> warm = run(d, q);
                    System.out.printf("%-28s cold %6.1f KiB (gzip %5.1f KiB) %4.0f ms %2s files | next query %5.1f KiB %4.0f ms | warm repeat %4.1f ms%n",
                            "\"" + q + "\"", kib(cold, "bytes"), gzipKiB(site, cold), num(cold, "ms"), cold.get("files"),
                            kib(second, "bytes"), num(second, "ms"), num(warm, "ms"));
                    System.out.printf("TSV\t%s\t%s\t%.0f\t%.0f\t%.0f%n", q, cold.get("files"), num(cold, "bytes"), gzipKiB(site, cold) * 1024, num(cold, "ms"));
                } finally {
                    d.quit();
                }
            }
        } finally {
            server.close();
        }
        ChromeDriver d = Browser.start(1280, 900);
        try {
            for (String q : List.of(args).subList(1, args.length)) {
                d.get(site.toAbsolutePath().resolve("search/index.html").toUri() + "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
                new WebDriverWait(d, Duration.ofSeconds(30)).until(x -> !x.findElement(By.cssSelector(".search-page-status")).getText().isEmpty()
                        && !x.findElement(By.cssSelector(".search-page-status")).getText().startsWith("Searching"));
                int hits = d.findElements(By.cssSelector(".search-list .search-hit")).size();
                System.out.printf("%-28s from disk (file://): %d results shown, \"%s\"%n", "\"" + q + "\"", hits,
                        d.findElement(By.cssSelector(".search-page-status")).getText());
                System.out.printf("FILETSV\t%s\t%d%n", q, hits);
            }
        } finally {
            d.quit();
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> run(ChromeDriver d, String q) {
        return (Map<String, Object>) d.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "performance.clearResourceTimings(); performance.setResourceTimingBufferSize(10000);"
                + "var t = performance.now();"
                + "handbook.search.query(arguments[0], {limit: 10}).then(function () {"
                + "  var ms = performance.now() - t;"
                + "  var rs = performance.getEntriesByType('resource').filter(function (r) { return r.name.indexOf('/search/') > 0; });"
                + "  done({ms: ms, files: rs.length, bytes: rs.reduce(function (s, r) { return s + r.encodedBodySize; }, 0),"
                + "        paths: rs.map(function (r) { return new URL(r.name).pathname; })}); });", q);
    }

    static double num(Map<String, Object> m, String k) {
        return ((Number) m.get(k)).doubleValue();
    }

    static double kib(Map<String, Object> m, String k) {
        return num(m, k) / 1024;
    }

    @SuppressWarnings("unchecked")
    static double gzipKiB(Path site, Map<String, Object> m) throws Exception {
        long total = 0;
        for (String p : (List<String>) m.get("paths")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write(Files.readAllBytes(site.resolve(p.substring(1))));
            }
            total += out.size();
        }
        return total / 1024.0;
    }
}
