package org.handbook.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.handbook.Pipeline;
import org.handbook.TestSites;
import org.handbook.markdown.TextFactsCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild parses only the texts that changed: the others' facts come from the build cache, and
 * the site is byte-identical to a clean build's. Facts that fail their checksum are not used.
 */
class TextFactsCacheTest {

    @Test
    void aRebuildParsesOnlyTheEditedText(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Path out = dir.resolve("work/site");
        Pipeline.Result first = TestSites.build(content, out);
        int texts = TestSites.made(first, TextFactsCache.KIND);
        assertTrue(texts > 10, "the sample's texts were parsed: " + texts);
        assertEquals(0, TestSites.reused(first, TextFactsCache.KIND));

        Path chapter = content.resolve("chapters/first.md");
        Files.writeString(chapter, Files.readString(chapter) + "\n## Added later\n\nA new section about [LoRA](term:lora) adapters [@hu2021lora].\n");
        Pipeline.Result edit = TestSites.build(content, out);
        assertEquals(1, TestSites.made(edit, TextFactsCache.KIND), "only the edited chapter is parsed");
        assertEquals(texts - 1, TestSites.reused(edit, TextFactsCache.KIND));
        TestSites.assertSameAsClean(content, out, dir.resolve("clean/site"));
    }

    @Test
    void factsThatFailTheirChecksumAreNotUsed(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Path out = dir.resolve("work/site");
        int texts = TestSites.made(TestSites.build(content, out), TextFactsCache.KIND);
        Path facts = TestSites.keptState(out, "text-facts");
        byte[] bytes = Files.readAllBytes(facts);
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(facts, bytes);
        Path chapter = content.resolve("chapters/second.md");
        Files.writeString(chapter, Files.readString(chapter) + "\nOne more line.\n");

        Pipeline.Result r = TestSites.build(content, out);
        assertEquals(texts, TestSites.made(r, TextFactsCache.KIND), "every text is parsed again");
        assertEquals(0, TestSites.reused(r, TextFactsCache.KIND));
        TestSites.assertSameAsClean(content, out, dir.resolve("clean/site"));

        // and kept whole again for the next build
        Files.writeString(chapter, Files.readString(chapter) + "\nAnd another.\n");
        assertEquals(1, TestSites.made(TestSites.build(content, out), TextFactsCache.KIND));
    }
}
