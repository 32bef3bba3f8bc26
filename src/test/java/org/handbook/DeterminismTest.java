package org.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input gives a byte-identical site, however the parallel render was scheduled. */
class DeterminismTest {

    @Test
    void buildingTwiceGivesIdenticalBytes(@TempDir Path dir) throws Exception {
        assertBuildsIdentically(TestSites.SAMPLE, dir);
    }

    static void assertBuildsIdentically(Path content, Path dir) throws Exception {
        TestSites.build(content, dir.resolve("a"));
        TestSites.build(content, dir.resolve("b"));
        TestSites.assertSameFiles(dir.resolve("a"), dir.resolve("b"));
    }

    @Test
    void aCachedRebuildRendersOnlyWhatChangedAndMatchesACleanBuild(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Path out = dir.resolve("site");
        Pipeline.Result first = TestSites.build(content, out);
        assertEquals(first.pages(), first.rendered() + 1, "a first build renders every page but the 404 page");
        assertEquals(0, TestSites.build(content, out).rendered(), "nothing changed, nothing rendered");

        Path chapter = content.resolve("chapters/second.md");
        java.nio.file.Files.writeString(chapter, java.nio.file.Files.readString(chapter).replace("Use the", "Then use the"));
        Pipeline.Result edited = TestSites.build(content, out);
        assertEquals(2, edited.rendered(), "only the edited chapter and the print part that holds it: its reading time in whole minutes did not change");
        Path afterEdit = dir.resolve("after-edit");
        TestSites.build(content, afterEdit);
        // the search index follows the edit, not the last build
        TestSites.assertSameFiles(afterEdit.resolve("search"), out.resolve("search"));

        Path glossary = content.resolve("glossary/lora.md");
        java.nio.file.Files.writeString(glossary, java.nio.file.Files.readString(glossary).replace("small low-rank", "tiny low-rank"));
        Pipeline.Result definition = TestSites.build(content, out);
        // a definition shows on the glossary and in the tooltips of the pages that mention the term: those again, no others
        assertTrue(definition.rendered() > 1 && definition.rendered() < first.rendered(), "re-rendered " + definition.rendered());

        Path clean = dir.resolve("clean");
        TestSites.build(content, clean);
        TestSites.assertSameFiles(clean, out);
    }

    @Test
    void bundledHandbookBuildsIdenticallyToo(@TempDir Path dir) throws Exception {
        assertBuildsIdentically(TestSites.CONTENT, dir);
    }
}
