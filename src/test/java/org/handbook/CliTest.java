package org.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.handbook.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's exit codes and the scaffolding of new content files. */
class CliTest {

    @Test
    void exitCodesSayWhatHappened(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        String out = dir.resolve("site").toString();
        assertEquals(0, Main.execute("check", "--content", content.toString()));
        assertEquals(0, Main.execute("build", "--content", content.toString(), "--out", out));
        assertTrue(Files.exists(dir.resolve("site/index.html")));
        assertEquals(2, Main.execute("build", "--no-such-option"));
        assertEquals(2, Main.execute());
        Files.writeString(content.resolve("glossary/broken.md"), "---\nterm: [\n---\n");
        assertEquals(1, Main.execute("build", "--content", content.toString(), "--out", out));
        assertEquals(0, Main.execute("--version"));
    }

    @Test
    void newFilesStartWithEveryRequiredFieldAndBuild(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        for (String type : new String[] {"chapter", "term", "technique", "checklist", "flowchart"}) {
            assertEquals(0, Main.execute("new", type, "fresh-" + type, "--content", content.toString()), type);
        }
        assertEquals(2, Main.execute("new", "term", "fresh-term", "--content", content.toString()), "never overwrites");
        assertEquals(2, Main.execute("new", "term", "Bad Id", "--content", content.toString()));
        assertEquals(2, Main.execute("new", "recipe", "x", "--content", content.toString()));
        assertTrue(Files.readString(content.resolve("glossary/fresh-term.md")).contains("term: Fresh term"));
        assertEquals(0, Main.execute("check", "--content", content.toString()), "the scaffolds are valid content");
        assertEquals(0, Main.execute("new", "playbook", "fresh-playbook", "--content", content.toString()));
        assertEquals(1, Main.execute("check", "--content", content.toString()), "a playbook must name a real outcome before it builds");
    }
}
