package org.handbook.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.handbook.Pipeline;
import org.handbook.RandomTries;
import org.handbook.Session;
import org.handbook.TestSites;
import org.handbook.output.BuildMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A warm process's search files cannot go stale: a site of some hundred and fifty generated pages
 * (several groups of records, {@link AnalysisCache}) is built again through one {@link Session}
 * after random edits (a word changed, added or taken out, a number, a title, a section added or
 * removed, a page added or deleted), and after each, its search/ files and the whole site are
 * byte-identical to a clean build of the same content in a folder of its own. Edits pile up, so
 * each rebuild starts from the kept state of the last.
 */
class WarmSearchPropertyTest {
    private static final List<String> WORDS = List.of("model", "latency", "budget", "review", "rollout", "adapter", "evaluation",
            "gradient", "tokens", "cluster", "privacy", "meeting", "decision", "label", "schema", "vendor", "warmup", "checkpoint",
            // words that share a stem with another: one taken out of every page leaves its stem, which the vocabulary still lists
            "models", "reviewed", "reviewing", "labels", "labelled", "decisions", "clusters");
    private static final int PAGES = 150;
    private static Path dir;
    private static Path content;
    private static Path site;
    private static Session session;
    private static int cleanBuilds;

    @AfterAll
    static void cleanUp() throws Exception {
        if (session != null) session.close();
        if (dir != null) TestSites.deleteTree(dir);
    }

    private static void start(RandomGenerator r) throws Exception {
        dir = Files.createTempDirectory("warm-search");
        content = dir.resolve("content");
        Files.createDirectories(content.resolve("chapters"));
        Files.writeString(content.resolve("handbook.yaml"), "title: Warm search\ndescription: Generated pages.\nbase-url: https://warm.example.org/\nprint: false\n");
        for (int i = 0; i < PAGES; i++) Files.writeString(chapter(i), page(r, i));
        site = dir.resolve("work/site");
        session = new Session();
        build(site, session);
    }

    private static Path chapter(int i) {
        return content.resolve("chapters/page-" + i + ".md");
    }

    private static String page(RandomGenerator r, int i) {
        StringBuilder s = new StringBuilder("---\nnumber: \"" + (i + 1) + "\"\ntitle: \"" + phrase(r, 3) + "\"\nclaim: \"" + phrase(r, 5) + ".\"\n---\n" + sentence(r) + "\n");
        for (int h = r.nextInt(4); h > 0; h--) s.append("\n## ").append(phrase(r, 2)).append("\n\n").append(sentence(r)).append(' ').append(sentence(r)).append('\n');
        return s.toString();
    }

    private static String sentence(RandomGenerator r) {
        return phrase(r, 6 + r.nextInt(10)) + " " + r.nextInt(1000) + ".";
    }

    private static String phrase(RandomGenerator r, int words) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words; i++) out.add(word(r));
        String s = String.join(" ", out);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * A common word; now and then a rare one, in one of two forms of one stem (its last use in one
     * form taken out, the word goes and the stem stays), or one no page has had yet (a new stem).
     */
    private static String word(RandomGenerator r) {
        return switch (r.nextInt(40)) {
            case 0 -> "zq" + (char) ('a' + r.nextInt(26)) + (char) ('a' + r.nextInt(3)) + (r.nextBoolean() ? "s" : "");
            case 1 -> "zq" + Integer.toString(r.nextInt(1 << 20), 36);
            default -> WORDS.get(r.nextInt(WORDS.size()));
        };
    }

    private static void build(Path out, Session s) throws Exception {
        Pipeline.Options o = new Pipeline.Options(content, TestSites.TEMPLATES, out, BuildMode.BUILD);
        Pipeline.run(s == null ? o : o.in(s));
    }

    /** One random edit of the content; returns what it did. */
    private static String edit(RandomGenerator r) throws Exception {
        List<Path> pages;
        try (Stream<Path> s = Files.list(content.resolve("chapters"))) {
            pages = s.sorted().toList();
        }
        Path page = pages.get(r.nextInt(pages.size()));
        String text = Files.readString(page);
        int body = text.indexOf("---\n", 4) + 4;
        List<String> lines = new ArrayList<>(Arrays.asList(text.substring(body).split("\n", -1)));
        int kind = r.nextInt(12);
        switch (kind) {
            case 0, 8 -> {
                // a number for a number: the page's length and every norm stay, as when a figure is corrected
                Files.writeString(page, text.replaceFirst(" [0-9]+\\.", " " + r.nextInt(1000) + "."));
                return "a number in " + page.getFileName();
            }
            case 1, 2, 9 -> {
                String[] words = text.substring(body).split(" ");
                String old = words[r.nextInt(words.length)];
                if (!old.matches("[a-z0-9]+")) return "nothing";
                Files.writeString(page, text.substring(0, body) + text.substring(body).replaceFirst("\\b" + old + "\\b", word(r)));
                return "'" + old + "' changed in " + page.getFileName();
            }
            case 3 -> {
                int at = 1 + r.nextInt(Math.max(1, lines.size() - 1));
                lines.add(at, "\n## " + phrase(r, 2) + "\n\n" + sentence(r) + "\n");
                Files.writeString(page, text.substring(0, body) + String.join("\n", lines));
                return "a section added to " + page.getFileName();
            }
            case 4 -> {
                int cut = text.lastIndexOf("\n## ");
                if (cut < body) return "nothing";
                Files.writeString(page, text.substring(0, cut + 1));
                return "the last section of " + page.getFileName() + " taken out";
            }
            case 5 -> {
                Files.writeString(page, text.replaceFirst("title: \"[^\"]*\"", "title: \"" + phrase(r, 3) + "\""));
                return "the title of " + page.getFileName();
            }
            case 7, 10 -> {
                // a rare word taken out of the page: often its last use in that form
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\bzq[a-z0-9]+").matcher(text.substring(body));
                if (!m.find()) return "nothing";
                Files.writeString(page, text.substring(0, body) + text.substring(body).replaceAll("\\b" + m.group() + "\\b", word(r)));
                return "'" + m.group() + "' taken out of " + page.getFileName();
            }
            case 6 -> {
                int n = PAGES + r.nextInt(1000);
                Files.writeString(chapter(n), page(r, n));
                return "page-" + n + " added";
            }
            default -> {
                Files.writeString(page, text + sentence(r) + "\n");
                return "a sentence added to " + page.getFileName();
            }
        }
    }

    @Test
    void aWarmRebuildsSearchFilesEqualACleanBuilds() {
        RandomTries.run("warm search after random edits", 12, r -> {
            if (session == null) start(r);
            List<String> edits = new ArrayList<>();
            // mostly one edit that keeps the records and their statistics, as most saves do, so the rebuild takes the last scores
            for (int n = r.nextInt(4) == 0 ? 2 : 1; n > 0; n--) edits.add(edit(r));
            if (r.nextInt(10) == 0) {
                // a page deleted (one no other page links: the generated pages link none)
                try (Stream<Path> s = Files.list(content.resolve("chapters"))) {
                    List<Path> pages = s.sorted().toList();
                    Path gone = pages.get(r.nextInt(pages.size()));
                    Files.delete(gone);
                    edits.add(gone.getFileName() + " deleted");
                }
            }
            build(site, session);
            Path clean = dir.resolve("clean-" + cleanBuilds++).resolve("site");
            build(clean, null);
            assertTrue(TestSites.snapshot(clean).keySet().stream().filter(p -> p.startsWith("search/")).count() > 4, "the clean build has search files");
            try {
                TestSites.assertSameFiles(clean, site);
            } catch (AssertionError e) {
                throw new AssertionError(edits + ": the warm rebuild differs from a clean build: " + e.getMessage(), e);
            }
            TestSites.deleteTree(clean.getParent());
        });
    }
}
