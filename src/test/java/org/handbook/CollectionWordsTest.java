package org.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handbook.problem.BuildFailed;
import org.handbook.problem.Problem;
import org.handbook.share.Sharing;
import org.handbook.types.Words;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a handbook calls its collections comes from its handbook.yaml, over the generator's generic
 * words: index pages, navigation, breadcrumbs, item pages, field labels, search labels and
 * sharing cards say it, and counts are counted.
 */
class CollectionWordsTest {
    private static final String WORDS = """
            collections:
              playbooks:
                label: Case
                plural: Cases
                title: Worked cases
                nav: Cases
                description: "{count} {case|cases}, worked through."
                intro: Read them in order.
              techniques:
                fields:
                  changes-weights: Code you run
            """;

    @Test
    void countsAreWordsUpToTwelveAndOpenASentenceCapitalised() {
        assertEquals("Ten decisions worked in a meeting.", Words.counted("{count} decisions worked in a meeting.", 10, "en"));
        assertEquals("We have three. Three more.", Words.counted("We have {count}. {count} more.", 3, "en"));
        assertEquals("It holds 136 terms.", Words.counted("It holds {count} terms.", 136, "en"));
        assertEquals("Es sind 4 Fälle.", Words.counted("Es sind {count} Fälle.", 4, "de"));
        assertEquals("No count here.", Words.counted("No count here.", 4, "en"));
        assertEquals("One case. 14 cases.", Words.counted("{count} {case|cases}.", 1, "en") + " " + Words.counted("{count} {case|cases}.", 14, "en"));
    }

    @Test
    void theGenericWordsCountTheItemsOfTheContent() throws Exception {
        Path site = TestSites.sampleSite();
        String playbooks = Files.readString(site.resolve("playbooks/index.html"));
        assertTrue(playbooks.contains("<h1>Playbooks</h1>"), "the declared title");
        assertTrue(playbooks.contains("One decision, each worked from the question as it is asked to a verdict."),
                "the sample's one playbook, counted");
    }

    @Test
    void aHandbookNamesItsCollectionsEverywhereTheyAreShown(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Files.writeString(content.resolve("handbook.yaml"), withCollections(content, WORDS));
        Path site = dir.resolve("site");
        TestSites.build(content, site);

        String index = Files.readString(site.resolve("playbooks/index.html"));
        assertTrue(index.contains("<h1>Worked cases</h1>"), "the index page's title");
        assertTrue(index.contains("<p class=\"claim\">One case, worked through. Read them in order.</p>"), "description counted, then intro");
        assertTrue(index.contains("<meta name=\"description\" content=\"One case, worked through.\">"), "the description search engines get");

        String item = Files.readString(site.resolve("playbooks/stale-bot/index.html"));
        assertTrue(item.contains("<p class=\"eyebrow\">Case</p>"), "the item page says what one item is called");
        assertTrue(item.contains("<li><a href=\"../../playbooks/index.html\">Worked cases</a></li>"), "the breadcrumb");
        assertTrue(Files.readString(site.resolve("chapters/first/index.html")).contains(">Cases</a></li>"), "the navigation");
        assertTrue(Files.readString(site.resolve("index.html")).contains(">Worked cases</a></h3>"), "the home page's heading");
        assertTrue(Files.readString(site.resolve("techniques/index.html")).contains("<th scope=\"col\">Code you run</th>"), "a field's label");

        String manifest = Files.readString(site.resolve("search/index.js"));
        assertTrue(manifest.contains("\"playbook\":[\"Case\",\"Cases\"]"), "search results and filters say it too: " + manifest);
        assertTrue(manifest.contains("\"chapter\":[\"Chapter\",\"Chapters\"]"), "other types keep the declared words");
        Sharing sharing = new Sharing(Pipeline.library(content));
        assertEquals("Case", sharing.card("playbooks/stale-bot/index.html", "playbook", "t", "d").section(), "a card's eyebrow");
        assertEquals("Worked cases", sharing.card("playbooks/index.html", "playbooks", "t", "d").section());
        for (String page : List.of("index.html", "playbooks/index.html", "playbooks/stale-bot/index.html")) {
            assertFalse(Files.readString(site.resolve(page)).contains(">Playbooks<"), page + " still says Playbooks");
        }
    }

    @Test
    void anUnknownCollectionOrFieldIsAProblemWhereItIsWritten(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Files.writeString(content.resolve("handbook.yaml"), withCollections(content,
                "collections:\n  playbook:\n    label: Case\n  techniques:\n    fields:\n      costs: Price\n  glossary:\n    fields:\n      term: Word\n"));
        BuildFailed failed = assertThrows(BuildFailed.class, () -> TestSites.build(content, dir.resolve("site")));
        String prefix = content.toAbsolutePath() + "/";
        List<String> reported = failed.problems().stream().map(Problem::format).map(s -> s.replace(prefix, "")).toList();
        assertEquals(List.of(
                "handbook.yaml:23:3: error: unknown collection 'playbook'\n    hint: did you mean 'playbooks'?",
                "handbook.yaml:27:7: error: the pages of techniques label no field 'costs'\n    hint: did you mean 'cost'?",
                "handbook.yaml:30:7: error: the pages of glossary label no field 'term'\n    hint: remove it: glossary labels none of its fields"),
                reported);
    }

    /** The sample's handbook.yaml with {@code block} in place of its collections block (its last). */
    private static String withCollections(Path content, String block) throws java.io.IOException {
        String yaml = Files.readString(content.resolve("handbook.yaml"));
        return yaml.substring(0, yaml.indexOf("collections:")) + block;
    }
}
