package org.handbook.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.handbook.Pipeline;
import org.handbook.TestSites;
import org.handbook.output.BuildMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build whose inputs are all as the last build into the same, untouched folder found them makes nothing. */
class NothingChangedTest {

    private static Pipeline.Result build(Path content, Path templates, Path out, BuildMode mode) throws Exception {
        return Pipeline.run(new Pipeline.Options(content, templates, out, mode));
    }

    @Test
    void aBuildWithNothingChangedMakesNothingAndSaysWhatTheLastOneWarned(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Path templates = dir.resolve("templates");
        TestSites.copyTree(TestSites.TEMPLATES, templates);
        Path out = dir.resolve("site");
        Files.writeString(content.resolve("glossary/unused.md"), "---\nterm: Unused thing\n---\nA term nothing mentions.\n");
        Pipeline.Result first = build(content, templates, out, BuildMode.BUILD);
        assertFalse(first.unchanged());
        assertFalse(first.warnings().isEmpty(), "the unused term is warned about");
        var site = TestSites.snapshot(out);

        Pipeline.Result again = build(content, templates, out, BuildMode.BUILD);
        assertTrue(again.unchanged(), "nothing changed");
        assertEquals(List.of(), again.files());
        assertEquals(first.warnings(), again.warnings(), "the same warnings, again");
        assertEquals(first.pages(), again.pages());
        assertEquals(site.keySet(), TestSites.snapshot(out).keySet());

        assertFalse(build(content, templates, out, BuildMode.SERVE).unchanged(), "serve draws pages of its own: another build");
        assertFalse(build(content, templates, out, BuildMode.BUILD).unchanged(), "and back");
        assertTrue(build(content, templates, out, BuildMode.BUILD).unchanged());

        Path template = templates.resolve("chapter.ftlh");
        Files.writeString(template, Files.readString(template) + "\n");
        assertFalse(build(content, templates, out, BuildMode.BUILD).unchanged(), "a template changed");

        Files.writeString(content.resolve("glossary/unused.md"), "---\nterm: Unused thing\n---\nA term nothing mentions, still.\n");
        assertFalse(build(content, templates, out, BuildMode.BUILD).unchanged(), "a content file changed");

        Files.writeString(content.resolve("stray.txt"), "a file no type reads");
        assertFalse(build(content, templates, out, BuildMode.BUILD).unchanged(), "any file under content/ counts");
        assertTrue(build(content, templates, out, BuildMode.BUILD).unchanged());
    }

    @Test
    void aDeletedOrReplacedSiteIsBuiltAgain(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Path out = dir.resolve("site");
        TestSites.build(content, out);
        TestSites.deleteTree(out);
        Pipeline.Result afterDelete = TestSites.build(content, out);
        assertFalse(afterDelete.unchanged(), "site/ was deleted");
        assertTrue(Files.isRegularFile(out.resolve("index.html")));

        // another folder put in its place (a copy restored from elsewhere) is not the one the last build wrote
        Path copy = dir.resolve("copy");
        TestSites.copyTree(out, copy);
        TestSites.deleteTree(out);
        Files.move(copy, out);
        assertFalse(TestSites.build(content, out).unchanged());
    }

    @Test
    void aFileDeletedAddedOrChangedInsideTheSiteIsBuiltAgain(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Path out = dir.resolve("site");
        TestSites.build(content, out);
        Path page = out.resolve("chapters/first/index.html");
        byte[] bytes = Files.readAllBytes(page);
        TestSites.deleteTree(page.getParent());
        assertFalse(TestSites.build(content, out).unchanged(), "a page's folder deleted inside the site");
        assertArrayEquals(bytes, Files.readAllBytes(page), "and made again");
        Files.writeString(out.resolve("chapters/stray.html"), "not the generator's");
        assertFalse(TestSites.build(content, out).unchanged(), "a file put into the site");
        assertFalse(Files.exists(out.resolve("chapters/stray.html")));
        Files.write(page, new byte[bytes.length]);
        assertFalse(TestSites.build(content, out).unchanged(), "a page written over, as long as it was");
        assertArrayEquals(bytes, Files.readAllBytes(page));
        assertTrue(TestSites.build(content, out).unchanged(), "then, untouched, nothing to do");
        TestSites.assertSameAsClean(content, out, dir.resolve("clean/site"));
    }

    @Test
    void aCorruptRecordOfTheLastBuildIsNotTrusted(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Path out = dir.resolve("site");
        TestSites.build(content, out);
        Path record;
        try (Stream<Path> s = Files.walk(BuildCache.folder(out).resolve("outputs"))) {
            record = s.filter(p -> p.getFileName().toString().equals("last-build")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(record);
        bytes[bytes.length - 2] ^= 1;
        Files.write(record, bytes);
        assertFalse(TestSites.build(content, out).unchanged(), "a record that fails its checksum reads as none");
        assertTrue(TestSites.build(content, out).unchanged());
    }
}
