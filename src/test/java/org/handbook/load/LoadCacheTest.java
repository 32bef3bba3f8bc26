package org.handbook.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.handbook.Pipeline;
import org.handbook.TestSites;
import org.handbook.cache.BuildCache;
import org.handbook.model.Markdown;
import org.handbook.problem.Position;
import org.handbook.problem.Problem;
import org.handbook.problem.Rule;
import org.handbook.problem.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild loads only the files that changed: the others' records, problems and source maps come
 * from the build cache, read back as they were, and the site is byte-identical to a clean build's.
 * Entries that fail their checksum, or pass it and do not read back, are loaded again.
 */
class LoadCacheTest {

    @Test
    void aRebuildLoadsOnlyTheEditedFile(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Path out = dir.resolve("work/site");
        Pipeline.Result first = TestSites.build(content, out);
        int files = TestSites.made(first, LoadCache.KIND);
        assertTrue(files > 10, "the sample's files were loaded: " + files);
        assertEquals(0, TestSites.reused(first, LoadCache.KIND));

        Path playbook;
        try (Stream<Path> s = Files.list(content.resolve("playbooks"))) {
            playbook = s.sorted().findFirst().orElseThrow();
        }
        Files.writeString(playbook, Files.readString(playbook).replaceFirst("(?m)^title: .*$", "title: \"A title set by the test\""));
        Pipeline.Result edit = TestSites.build(content, out);
        assertEquals(1, TestSites.made(edit, LoadCache.KIND), "only the edited playbook is loaded");
        assertEquals(files - 1, TestSites.reused(edit, LoadCache.KIND));
        TestSites.assertSameAsClean(content, out, dir.resolve("clean/site"));
    }

    @Test
    void everyKeptEntryReadsBackAsItWasWritten(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site");
        TestSites.build(TestSites.copySample(dir), out);
        byte[] bytes = BuildCache.open(out, false).state(out, LoadCache.STATE, LoadCache.KEY).orElseThrow();
        Map<String, int[]> index = LoadCache.index(bytes);
        assertTrue(index.size() > 10);
        Path content = dir.resolve("content");
        List<Path> files;
        try (Stream<Path> s = Files.walk(content)) {
            files = s.filter(Files::isRegularFile).toList();
        }
        java.util.Set<String> matched = new java.util.HashSet<>();
        for (Path f : files) {
            String text = Files.readString(f);
            for (Map.Entry<String, int[]> e : index.entrySet()) {
                int[] where = e.getValue();
                ContentLoader.FileLoad load;
                try {
                    load = LoadCodec.decode(bytes, where[0], where[1], text);
                } catch (IOException notThisFile) {
                    continue;   // another file's entry: its stretches are outside this text
                }
                byte[] kept = Arrays.copyOfRange(bytes, where[0], where[0] + where[1]);
                if (Arrays.equals(kept, LoadCodec.encode(load, text))) matched.add(e.getKey());
            }
        }
        assertEquals(index.keySet(), matched, "every entry, read back and written again, gives its bytes");
    }

    @Test
    void problemsAndAnUnboundBodyReadBack() throws Exception {
        String text = "---\ntitle: [\n---\nA body that is long enough to be kept as a stretch of the file's text.\n";
        Markdown body = new Markdown(text.substring(text.indexOf("A body")), "chapters/x.md", 4, 1);
        ContentLoader.FileLoad load = new ContentLoader.FileLoad(null, List.of(new Problem(Severity.ERROR, Rule.SCHEMA,
                new Position("chapters/x.md", 2, 8), "a message", "a hint")), body);
        byte[] bytes = LoadCodec.encode(load, text);
        ContentLoader.FileLoad back = LoadCodec.decode(bytes, 0, bytes.length, text);
        assertEquals(load, back);
        assertTrue(bytes.length + body.text().length() - 16 < LoadCodec.encode(load, "").length, "the body is kept as where it is");
        assertThrows(IOException.class, () -> LoadCodec.decode(bytes, 0, bytes.length, "a shorter text"));
        for (int cut = 0; cut < bytes.length; cut++) {
            int n = cut;
            assertThrows(IOException.class, () -> LoadCodec.decode(bytes, 0, n, text), "cut at " + n);
        }
    }

    @Test
    void corruptEntriesAreLoadedAgain(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Path out = dir.resolve("work/site");
        int files = TestSites.made(TestSites.build(content, out), LoadCache.KIND);

        // a flipped bit: the checksum fails, nothing is used
        Path state = TestSites.keptState(out, LoadCache.STATE);
        byte[] bytes = Files.readAllBytes(state);
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(state, bytes);
        Path chapter = content.resolve("chapters/second.md");
        Files.writeString(chapter, Files.readString(chapter) + "\nOne more line.\n");
        Pipeline.Result r = TestSites.build(content, out);
        assertEquals(files, TestSites.made(r, LoadCache.KIND), "every file is loaded again");
        assertEquals(0, TestSites.reused(r, LoadCache.KIND));
        TestSites.assertSameAsClean(content, out, dir.resolve("clean/site"));

        // entries that pass the checksum (kept so by a generator with a bug, say) but do not read back
        byte[] kept = BuildCache.open(out, false).state(out, LoadCache.STATE, LoadCache.KEY).orElseThrow();
        Random random = new Random(15);
        for (int[] where : LoadCache.index(kept).values()) {
            for (int i = where[0]; i < where[0] + where[1]; i++) kept[i] = (byte) random.nextInt(256);
        }
        BuildCache.open(out, true).keepState(out, LoadCache.STATE, LoadCache.KEY, kept);
        Files.writeString(chapter, Files.readString(chapter) + "\nAnd another.\n");
        r = TestSites.build(content, out);
        assertEquals(files, TestSites.made(r, LoadCache.KIND), "no garbage is read as a file");
        TestSites.assertSameAsClean(content, out, dir.resolve("clean2/site"));

        // and kept whole again for the next build
        Files.writeString(chapter, Files.readString(chapter) + "\nAnd one more.\n");
        assertEquals(1, TestSites.made(TestSites.build(content, out), LoadCache.KIND));
    }
}
