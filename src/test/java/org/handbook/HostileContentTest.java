package org.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void markdownNestedTooDeepIsAContentProblemOnAUsersStackToo(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Path chapter = content.resolve("chapters/first.md");
        String text = Files.readString(chapter);
        StringBuilder lists = new StringBuilder();
        for (int i = 0; i < 3000; i++) lists.append("  ".repeat(i)).append("- item\n");
        Files.writeString(chapter, text.replace("### A detail", ">".repeat(100_000) + " deep\n\n### A detail"));
        Files.writeString(content.resolve("chapters/second.md"), Files.readString(content.resolve("chapters/second.md")) + "\n" + lists);
        Path term = content.resolve("glossary/lora.md");
        Files.writeString(term, Files.readString(term) + "\n" + "*_".repeat(20_000) + "x" + "_*".repeat(20_000) + "\n\n"
                + "[".repeat(20_000) + "x" + "](term:qlora)".repeat(20_000) + "\n");
        Path log = dir.resolve("check.log");
        // the test JVM runs with larger stacks (-Xss4m); a user's does not, so the command runs in a JVM of its own
        Process p = TestSites.handbook(log, "check", "--content", content.toString(), "--templates", TestSites.TEMPLATES.toString());
        assertTrue(p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES));
        String out = Files.readString(log);
        assertEquals(1, p.exitValue(), out);
        assertTrue(out.contains("chapters/first.md:30:129: error: Markdown nested more than 64 levels deep"), out);
        assertTrue(out.contains("chapters/second.md:") && out.contains(": error: Markdown nested more than 64 levels deep"), out);
        assertFalse(out.contains("internal error") || out.contains("\tat "), out);
    }
}
