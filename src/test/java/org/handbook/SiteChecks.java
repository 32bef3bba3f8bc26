package org.handbook;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A link and anchor checker for a built site: every relative href and src must name a file
 * that exists, and every #fragment an id on the target page.
 */
final class SiteChecks {
    /** A flowchart walk's state ({@code #walk=2.1}, answers by number) stands for the walk itself: the page must have one. */
    private static String walkState(String fragment) {
        return fragment.matches("walk=[0-9]*(\\.[0-9]+)*") ? "walk" : fragment;
    }

    private static final Pattern REF = Pattern.compile("\\s(href|src)=\"([^\"]*)\"");
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");

    private SiteChecks() {
    }

    static List<Path> pages(Path site) throws IOException {
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    /** Broken links, as "page: href (reason)". */
    static List<String> brokenLinks(Path site) throws IOException {
        Map<Path, Set<String>> ids = new HashMap<>();
        List<String> broken = new ArrayList<>();
        for (Path page : pages(site)) {
            String html = Files.readString(page);
            boolean notFoundPage = page.getFileName().toString().equals("404.html");
            Matcher m = REF.matcher(html);
            while (m.find()) {
                String url = m.group(2).replace("&amp;", "&");
                if (url.startsWith("https://") || url.startsWith("http://") || url.startsWith("mailto:")) continue;
                if (url.startsWith("/__livereload")) continue;
                // the 404 page is served at any depth, so its links start at the site's base path
                Path from = page;
                if (notFoundPage && url.startsWith("/")) {
                    url = url.replaceFirst("^/([^/]+/)?", "");
                    from = site.resolve("index.html");
                }
                if (url.isEmpty()) {
                    broken.add(site.relativize(page) + ": empty link");
                    continue;
                }
                int hash = url.indexOf('#');
                String path = hash < 0 ? url : url.substring(0, hash);
                String fragment = hash < 0 ? null : URLDecoder.decode(url.substring(hash + 1), StandardCharsets.UTF_8);
                Path target = path.isEmpty() ? from : from.getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
                if (!target.startsWith(site.normalize()) && !target.startsWith(site.toAbsolutePath().normalize())) {
                    broken.add(site.relativize(page) + ": " + url + " (leaves the site)");
                } else if (!Files.isRegularFile(target)) {
                    broken.add(site.relativize(page) + ": " + url + " (no such file)");
                } else if (fragment != null && target.toString().endsWith(".html")
                        && !ids.computeIfAbsent(target, SiteChecks::idsOf).contains(walkState(fragment))) {
                    broken.add(site.relativize(page) + ": " + url + " (no such anchor)");
                }
            }
        }
        return broken;
    }

    /** Ids that appear more than once on a page. */
    static List<String> duplicateIds(Path site) throws IOException {
        List<String> dups = new ArrayList<>();
        for (Path page : pages(site)) {
            Set<String> seen = new HashSet<>();
            Matcher m = ID.matcher(Files.readString(page));
            while (m.find()) if (!seen.add(m.group(1))) dups.add(site.relativize(page) + ": #" + m.group(1));
        }
        return dups;
    }

    private static Set<String> idsOf(Path page) {
        try {
            Set<String> ids = new HashSet<>();
            Matcher m = ID.matcher(Files.readString(page));
            while (m.find()) ids.add(m.group(1));
            return ids;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
