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

    private static int parsed(Pipeline.Result r) {
        return r.cache().made().getOrDefault(TextFactsCache.KIND, 0);
    }

    private static int fromCache(Pipeline.Result r) {
        return r.cache().reused().getOrDefault(TextFactsCache.KIND, 0);
    }


    @Test
    void aRebuildParsesOnlyTheEditedText(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Path out = dir.resolve("work/site");
        Pipeline.Result first = TestSites.build(content, out);
        int texts = parsed(first);
        assertTrue(texts > 10, "the sample's texts were parsed: " + texts);
        assertEquals(0, fromCache(first));

        Path chapter = content.resolve("chapters/first.md");
        Files.writeString(chapter, Files.readString(chapter) + "\n## Added later\n\nA new section about [LoRA](term:lora) adapters [@hu2021lora].\n");
        Pipeline.Result edit = TestSites.build(content, out);
        assertEquals(1, parsed(edit), "only the edited chapter is parsed");
        assertEquals(texts - 1, fromCache(edit));
        TestSites.assertSameAsClean(content, out, dir.resolve("clean/site"));
    }

    @Test
    void factsThatFailTheirChecksumAreNotUsed(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Path out = dir.resolve("work/site");
        int texts = parsed(TestSites.build(content, out));
        Path facts = TestSites.keptState(out, "text-facts");
        byte[] bytes = Files.readAllBytes(facts);
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(facts, bytes);
        Path chapter = content.resolve("chapters/second.md");
        Files.writeString(chapter, Files.readString(chapter) + "\nOne more line.\n");

        Pipeline.Result r = TestSites.build(content, out);
        assertEquals(texts, parsed(r), "every text is parsed again");
        assertEquals(0, fromCache(r));
        TestSites.assertSameAsClean(content, out, dir.resolve("clean/site"));

        // and kept whole again for the next build
        Files.writeString(chapter, Files.readString(chapter) + "\nAnd another.\n");
        assertEquals(1, parsed(TestSites.build(content, out)));
    }
}
