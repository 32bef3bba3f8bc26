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
    void searchAnswersInTheTerminalWithPhrasesAndTypes() throws Exception {
        java.io.PrintStream was = System.out;
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.execute("search", "--content", TestSites.CONTENT.toString(), "\"regression wall\"", "--limit", "3"));
            assertEquals(0, Main.execute("search", "--content", TestSites.CONTENT.toString(), "\"wall regression\""));
            assertEquals(0, Main.execute("search", "--content", TestSites.CONTENT.toString(), "PEFT", "--type", "term", "--limit", "1"));
            assertEquals(2, Main.execute("search", "--content", TestSites.CONTENT.toString(), "lora", "--type", "recipe"));
        } finally {
            System.setOut(was);
        }
        String out = buf.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(out.contains(" 1. The regression wall  [chapter"), out);
        assertTrue(out.contains("«regression» «wall»") || out.contains("«regression wall»"), "matched words marked in the excerpt: " + out);
        assertTrue(out.contains("No results for: \"wall regression\""), "a phrase is words in order: " + out);
        assertTrue(out.contains(" 1. Parameter-efficient fine-tuning  [term"), "an alias finds its term: " + out);
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
