package org.handbook;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Valid content that once crashed the build: it must build, and show. */
class HostileContentTest {

    @Test
    void textWithoutSpacesBuildsWithItsSearchExcerpts(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Path chapter = content.resolve("chapters/first.md");
        String cjk = "日本語の文章は単語の間に空白を置かずに書かれるので、抜粋は文字の境目で切る。".repeat(12);
        String token = "https://example.org/" + "a-long-path-segment".repeat(30);
        String emoji = "😀".repeat(400);
        Files.writeString(chapter, Files.readString(chapter) + "\n## 日本語\n\n" + cjk + "\n\n## Token\n\n" + token + "\n\n## Emoji\n\n" + emoji + "\n");
        Path out = dir.resolve("site");
        TestSites.build(content, out);
        assertTrue(Files.readString(out.resolve("chapters/first/index.html")).contains(cjk));
        String fragments = String.join("\n", TestSites.snapshot(out.resolve("search/f")).values().stream()
                .map(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8)).toList());
        assertTrue(fragments.contains(cjk.substring(0, 100)), "the excerpt of the CJK section is in the search index");
    }
}
