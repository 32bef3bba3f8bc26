package org.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.handbook.output.BuildMode;
import org.junit.jupiter.api.Test;

/**
 * The example of examples/ is a handbook for another decision, made by writing content only: it
 * checks clean, says its own words, and nothing of the bundled book leaks into it. (The site
 * checks, Nu, links and axe, run over it with the other sites.)
 */
class ExampleHandbookTest {

    @Test
    void itChecksWithoutAProblemOrAWarning() throws Exception {
        Pipeline.Result checked = Pipeline.run(new Pipeline.Options(TestSites.EXAMPLE, TestSites.TEMPLATES,
                Path.of("target/test-sites/build-or-buy-check"), BuildMode.CHECK));
        assertEquals(List.of(), checked.warnings());
    }

    @Test
    void noPageScriptOrSearchFileMentionsFineTuning() throws Exception {
        Path site = TestSites.exampleSite();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String path = site.relativize(f).toString().replace('\\', '/');
                if (!(path.endsWith(".html") || path.endsWith(".js") || path.startsWith("search/"))) continue;
                String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
                int at = text.indexOf("fine-tun");
                if (at >= 0) found.add(path + ": …" + text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 30)) + "…");
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void itsPagesSayWhatItsHandbookYamlCallsThings() throws Exception {
        Path site = TestSites.exampleSite();
        String home = Files.readString(site.resolve("index.html"));
        assertTrue(home.contains(">Cases</a>") && home.contains(">Options</a>"), "the navigation's labels");
        assertTrue(home.contains(">Worked cases</a></h3>") && home.contains(">The options</a></h3>"), "the home page's headings");
        String options = Files.readString(site.resolve("techniques/index.html"));
        assertTrue(options.contains("<h1>The options</h1>"), "the index page's title");
        assertTrue(options.contains("Four ways to get a piece of internal software, side by side."), "counted: " + options);
        assertTrue(options.contains("<th scope=\"col\">Code you run</th>"), "a field's label");
        assertTrue(Files.readString(site.resolve("search/index.js")).contains("\"playbook\":[\"Case\",\"Cases\"]"), "search labels");
    }

    @Test
    void itsVerdictsAreItsOwnInTheirDeclaredColours() throws Exception {
        Path site = TestSites.exampleSite();
        org.jsoup.nodes.Document index = org.jsoup.Jsoup.parse(site.resolve("playbooks/index.html").toFile());
        org.jsoup.nodes.Element badge = index.getElementById("quoting-engine").selectFirst(".card-title .verdict");
        assertEquals("Build", badge.text());
        assertTrue(badge.hasClass("tone-violet"), badge.className());
        assertEquals(List.of("Build", "Buy", "Adopt open source", "Extend what you run", "Decide later"),
                index.select(".verdict-legend dt").eachText(), "the legend lists the declared verdicts in order");
        org.jsoup.nodes.Document tree = org.jsoup.Jsoup.parse(site.resolve("flowcharts/how-to-get-it/index.html").toFile());
        assertTrue(tree.getElementById("fc-n-staff-first").hasClass("fc-tone-amber"));
        assertEquals(List.of("Decide later"), tree.getElementById("fc-n-staff-first").select("tspan.fc-verdict").eachText());
    }

    @Test
    void aNewPlaybookTakesItsOutcomesVerdictAndTheSectionsOfHandbookYaml(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path content = dir.resolve("content");
        TestSites.copyTree(TestSites.EXAMPLE, content);
        assertEquals(0, org.handbook.cli.Main.execute("new", "playbook", "crm", "--content", content.toString(), "--out", dir.resolve("site").toString()));
        String made = Files.readString(content.resolve("playbooks/crm.md"));
        assertTrue(made.matches("(?s).*\nverdict: (build|buy|adopt|extend|revisit)\n.*"), "one of its verdicts, its outcome's: " + made);
        assertTrue(made.contains("## The request\n\nTODO\n\n## What it would take to own it\n"), made);
        Pipeline.Result checked = Pipeline.run(new Pipeline.Options(content, TestSites.TEMPLATES, dir.resolve("site"), BuildMode.CHECK));
        assertEquals(java.util.Set.of(org.handbook.problem.Rule.PLACEHOLDER),
                checked.warnings().stream().map(org.handbook.problem.Problem::rule).collect(java.util.stream.Collectors.toSet()), checked.warnings().toString());
    }
}
