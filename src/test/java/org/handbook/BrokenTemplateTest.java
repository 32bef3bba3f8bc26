package org.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.handbook.cache.BuildCache;
import org.handbook.cli.Main;
import org.handbook.output.BuildMode;
import org.handbook.problem.BuildFailed;
import org.handbook.problem.Problem;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A template a maintainer broke: the build names the template, its line and column, and leaves
 * the old site as it was. The PDF templates run beside the pages, so their error arrives after
 * the pages went into the new site's staging folder, which must go too.
 */
class BrokenTemplateTest {

    /** A copy of the templates with {@code ${no_such_value}} put into {@code template} before the first {@code before}, on {@code line}. */
    static Path broken(Path dir, String template, String before, int line) throws Exception {
        Path templates = dir.resolve("templates");
        TestSites.copyTree(TestSites.TEMPLATES, templates);
        Path file = templates.resolve(template);
        String text = Files.readString(file);
        int at = text.indexOf(before);
        assertEquals(line, text.substring(0, at).split("\n", -1).length, template + ": the marker's line");
        Files.writeString(file, text.substring(0, at) + "${no_such_value}" + text.substring(at));
        return templates;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "checklist.ftlh|<h1|7|a page template",
        "pdf/checklist.ftlh|<h1>|3|a checklist PDF's template",
        "pdf/handbook.ftlh|${body?no_esc}|3|the book PDF's template"})
    void aBrokenTemplateIsReportedAtItsLineAndTheSiteIsLeftAlone(String template, String before, int line, String what,
                                                                 @TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Path templates = broken(dir, template, before, line);
        Path out = dir.resolve("site");
        Files.createDirectories(out);
        Files.writeString(out.resolve("index.html"), "previous build");
        Map<String, byte[]> old = TestSites.snapshot(out);

        BuildFailed failed = assertThrows(BuildFailed.class,
                () -> Pipeline.run(new Pipeline.Options(content, templates, out, BuildMode.BUILD)));

        // the pool has terminated when the build returns; its threads are on their way out
        for (Thread t : Thread.getAllStackTraces().keySet()) if (t.getName().startsWith("handbook-build")) t.join(5000);
        assertEquals(List.of(), Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith("handbook-build")).toList(), "the build's pool is gone with it, PDFs and all");
        List<String> reported = failed.problems().stream().map(Problem::format).toList();
        assertEquals(1, reported.stream().filter(p -> p.contains(template + ":" + line + ":")
                && p.contains("template error") && p.contains("no_such_value")).count(), what + ": " + reported);
        assertEquals(old.keySet(), TestSites.snapshot(out).keySet(), "the old site is untouched");
        assertEquals("previous build", Files.readString(out.resolve("index.html")));
        try (Stream<Path> siblings = Files.list(dir)) {
            // the build cache beside the site may keep what the build made before it failed (a PDF): it is keyed by its inputs;
            // the output folder's lock file stays too
            assertEquals(List.of("content", "site", "templates"), siblings.map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals(BuildCache.FOLDER) && !name.equals(".site.lock")).sorted().toList(),
                    "no staging folder is left behind");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"pdf/checklist.ftlh|<h1>|3", "pdf/meeting-pack.ftlh|<h1>|4", "pdf/handbook.ftlh|${body?no_esc}|3"})
    void checkRunsThePdfTemplatesAndFailsAsBuildDoes(String template, String before, int line, @TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Path templates = broken(dir, template, before, line);
        PrintStream was = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.execute("check", "--content", content.toString(), "--templates", templates.toString(), "--out", dir.resolve("site").toString());
        } finally {
            System.setErr(was);
        }
        String report = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, code, report);
        assertTrue(report.matches("(?s).*" + Pattern.quote(template + ":" + line + ":") + "\\d+: error: template error: .*no_such_value.*"), report);
        assertFalse(Files.exists(dir.resolve("site")), "check writes nothing");
    }
}
