package org.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.handbook.cli.Main;
import org.handbook.output.BuildMode;
import org.handbook.problem.Problem;
import org.handbook.problem.Rule;
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
    void checkRunFromAnotherFolderReadsTheHandbooksOwnContent(@TempDir Path dir) throws Exception {
        // no content/ or templates/ here: both come from beside the installation, as ./handbook run from elsewhere finds them
        Path log = dir.resolve("check.log");
        Process p = new ProcessBuilder(TestSites.command("check")).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES));
        String out = Files.readString(log);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("Checked ") && !out.contains("error"), out);
        assertTrue(!Files.exists(dir.resolve("content")) && !Files.exists(dir.resolve("site")), "check reads there and writes nothing");
    }

    @Test
    void aRunRecordingTheClassArchiveTellsItsOwnExitCode(@TempDir Path dir) throws Exception {
        // the JVM exits with 1 when it cannot write the archive, whatever the command did: the launcher reads this file instead
        Path exit = dir.resolve("exit");
        java.util.List<String> cmd = TestSites.command("--version");
        cmd.addAll(1, java.util.List.of("-XX:ArchiveClassesAtExit=" + dir.resolve("no/such/folder/a.jsa"), "-Xlog:cds=off",
                "-Dhandbook.recording-archive=" + exit));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile()).start();
        assertTrue(p.waitFor(2, java.util.concurrent.TimeUnit.MINUTES));
        assertEquals(1, p.exitValue(), "the JVM's own exit code, the archive unwritten");
        assertEquals("0", Files.readString(exit).strip(), "the command's");
    }

    @Test
    void searchAnswersInTheTerminalWithPhrasesAndTypes() throws Exception {
        java.io.PrintStream was = System.out;
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.execute("search", "--content", TestSites.SAMPLE.toString(), "\"support bot\"", "--limit", "3"));
            assertEquals(0, Main.execute("search", "--content", TestSites.SAMPLE.toString(), "\"bot support\""));
            assertEquals(0, Main.execute("search", "--content", TestSites.SAMPLE.toString(), "RAG", "--type", "term", "--limit", "1"));
            assertEquals(2, Main.execute("search", "--content", TestSites.SAMPLE.toString(), "lora", "--type", "recipe"));
        } finally {
            System.setOut(was);
        }
        // the sample fixture's first section, "Why facts go stale", opens with "A support bot"; its term
        // "Retrieval-augmented generation" has the alias RAG
        String out = buf.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(out.contains(" 1. Why facts go stale  [chapter"), out);
        assertTrue(out.contains("«support» «bot»") || out.contains("«support bot»"), "matched words marked in the excerpt: " + out);
        assertTrue(out.contains("No results for: \"bot support\""), "a phrase is words in order: " + out);
        assertTrue(out.contains(" 1. Retrieval-augmented generation  [term"), "an alias finds its term: " + out);
    }

    @Test
    void newFilesCarryTheirSchemaAndCheckWithOnlyTheirPlaceholdersLeft(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        String out = dir.resolve("site").toString();
        for (String type : new String[] {"chapter", "term", "technique", "checklist", "flowchart", "playbook"}) {
            assertEquals(0, Main.execute("new", type, "fresh-" + type, "--content", content.toString(), "--out", out), type);
        }
        assertEquals(0, Main.execute("new", "technique", "second-technique", "--content", content.toString(), "--out", out),
                "a second new technique takes the next place in the menu");
        assertTrue(Files.readString(content.resolve("glossary/fresh-term.md"))
                .startsWith("---\n# yaml-language-server: $schema=../../site/schemas/term.schema.json\nterm: Fresh term\n"));
        assertTrue(Files.readString(content.resolve("checklists/fresh-checklist.yaml"))
                .startsWith("# yaml-language-server: $schema=../../site/schemas/checklist.schema.json\ntitle: Fresh checklist\n"));
        assertEquals(2, Main.execute("new", "term", "Bad Id", "--content", content.toString()));
        assertEquals(2, Main.execute("new", "recipe", "x", "--content", content.toString()));

        PrintStream was = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals(2, Main.execute("new", "term", "lora", "--content", content.toString()), "never overwrites");
        } finally {
            System.setErr(was);
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("hint: pick another id, e.g. 'lora-2'"), err.toString(StandardCharsets.UTF_8));

        Pipeline.Result checked = Pipeline.run(new Pipeline.Options(content, TestSites.TEMPLATES, dir.resolve("site"), BuildMode.CHECK));
        Map<Rule, Long> warnings = checked.warnings().stream().collect(Collectors.groupingBy(Problem::rule, Collectors.counting()));
        assertEquals(Set.of(Rule.PLACEHOLDER, Rule.UNUSED_TERM), warnings.keySet(), checked.warnings().toString());
        assertEquals(1, warnings.get(Rule.UNUSED_TERM), "the new term, until a page links it");
    }
}
