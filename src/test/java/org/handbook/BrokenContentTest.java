package org.handbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.handbook.cli.Main;
import org.handbook.problem.BuildFailed;
import org.handbook.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One broken input per rule: each case edits a copy of the sample content, builds it, and
 * asserts the exact position and message of the problem, and that the old site is untouched.
 */
class BrokenContentTest {

    /** A broken case: which file to write (relative to content/), its new text, and the expected problem line. */
    record Case(String name, String file, String text, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static String replace(String file, String from, String to) {
        try {
            String s = Files.readString(TestSites.SAMPLE.resolve(file));
            if (!s.contains(from)) throw new IllegalArgumentException(file + " lacks " + from);
            return s.replace(from, to);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static final String C1 = "chapters/first.md";
    static final String PB = "playbooks/stale-bot.md";
    static final String FC = "flowcharts/decide.yaml";
    static final String CL = "checklists/gate.yaml";
    static final String C2 = "chapters/second.md";
    static final String VAL = "values.yaml";

    static Stream<Case> cases() {
        return Stream.of(
            new Case("malformed YAML", C1, replace(C1, "title: The First Chapter", "title: [The First Chapter"),
                "chapters/first.md:3:8: error: malformed YAML: while parsing a flow sequence: expected ',' or ']', but got : (noticed at line 4)"),
            new Case("misspelt field", C1, replace(C1, "title: The First", "titel: The First"),
                "chapters/first.md:3:1: error: unknown field 'titel'\n    hint: did you mean 'title'?"),
            new Case("wrong type", CL, replace(CL, "required: true", "required: \"yes\""),
                "checklists/gate.yaml:13:19: error: 'sections[0].items[0].required' should be true or false\n    hint: write true or false (without quotes)"),
            new Case("yes read as boolean", C1, replace(C1, "title: The First Chapter", "title: yes"),
                "chapters/first.md:3:8: error: 'title' should be text\n    hint: YAML reads yes/no/true/false as true or false: put the text in quotes"),
            new Case("missing field", C1, replace(C1, "claim: Retrieval keeps facts fresh; fine-tuning shapes behavior.\n", ""),
                "chapters/first.md:2:1: error: missing field 'claim'"),
            new Case("unknown verdict", PB, replace(PB, "verdict: do-not-fine-tune", "verdict: do-not-finetune"),
                "playbooks/stale-bot.md:4:10: error: unknown verdict 'do-not-finetune'\n    hint: did you mean 'do-not-fine-tune'?"),
            new Case("unknown verdict of an outcome", FC, replace(FC, "verdict: fine-tune\n    summary: Train", "verdict: train\n    summary: Train"),
                "flowcharts/decide.yaml:36:14: error: unknown verdict 'train'\n    hint: handbook.yaml declares these verdicts: do-not-fine-tune, not-yet, fine-tune"),
            new Case("unknown verdict if measured", PB, replace(PB, "  verdict: fine-tune\n", "  verdict: fine-tuned\n"),
                "playbooks/stale-bot.md:18:12: error: unknown verdict 'fine-tuned'\n    hint: did you mean 'fine-tune'?"),
            new Case("unknown verdict if measured on an outcome", FC, replace(FC, "      verdict: fine-tune\n", "      verdict: fine-tuen\n"),
                "flowcharts/decide.yaml:28:16: error: unknown verdict 'fine-tuen'\n    hint: did you mean 'fine-tune'?"),
            new Case("verdict other than its outcome's", PB, replace(PB, "verdict: do-not-fine-tune", "verdict: not-yet"),
                "playbooks/stale-bot.md:4:10: error: verdict 'not-yet' differs from the verdict of outcome 'use-retrieval' of flowchart 'decide' ('do-not-fine-tune')\n"
                        + "    hint: a playbook and its outcome give the same verdicts, today's and the one if the measurement holds"),
            new Case("verdict if measured other than its outcome's", PB, replace(PB, "  verdict: fine-tune\n", "  verdict: not-yet\n"),
                "playbooks/stale-bot.md:18:12: error: 'if-measured' gives 'not-yet', outcome 'use-retrieval' of flowchart 'decide' gives 'fine-tune'"),
            new Case("measurement its outcome does not name", FC, replace(FC,
                    "    if-measured:\n      measure: Stale answers as a share of held-out questions\n      threshold: Above 5%\n      verdict: fine-tune\n", ""),
                "playbooks/stale-bot.md:18:12: error: 'if-measured' gives 'fine-tune', but outcome 'use-retrieval' of flowchart 'decide' names no measurement"),
            new Case("verdict declared twice", "handbook.yaml", replace("handbook.yaml", "  - id: fine-tune\n", "  - id: not-yet\n"),
                "handbook.yaml:18:9: error: verdict 'not-yet' is declared twice\n    hint: give each verdict its own id, or remove one"),
            new Case("verdict colour not a tone", "handbook.yaml", replace("handbook.yaml", "colour: green", "colour: \"#00ff00\""),
                "handbook.yaml:20:13: error: 'verdicts[2].colour' has an unknown value '#00ff00'"),
            new Case("sections for a collection without a body", "handbook.yaml", replace("handbook.yaml", "collections:\n", "collections:\n  checklists:\n    sections: [Before]\n"),
                "handbook.yaml:24:5: error: checklists have no Markdown body to hold sections"),
            new Case("duplicate field", C1, replace(C1, "claim: Retrieval", "title: Again\nclaim: Retrieval"),
                "chapters/first.md:4:1: error: duplicate field 'title'"),
            new Case("duplicate id", "checklists/gate.yml", replace(CL, "Release gate", "Another gate"),
                "checklists/gate.yml:1:1: error: duplicate checklist id 'gate'"),
            new Case("unknown term", C1, replace(C1, "[retrieval](technique:retrieval)", "[LoRA](term:lorra)"),
                "chapters/first.md:9:20: error: unknown term 'lorra'\n    hint: did you mean 'lora'?"),
            new Case("unknown anchor", C1, replace(C1, "chapter:second#the-end", "chapter:second#the-ending"),
                "chapters/first.md:32:54: error: no anchor '#the-ending' in chapter:second\n    hint: did you mean 'the-end'?"),
            new Case("unknown same-page anchor", C1, replace(C1, "(#stale-facts)", "(#stale-fact)"),
                "chapters/first.md:32:9: error: no heading with id '#stale-fact' on this page\n    hint: did you mean 'stale-facts'?"),
            new Case("unknown citation", C1, replace(C1, "[@lewis2020rag]", "[@lewis2021rag]"),
                "chapters/first.md:9:58: error: unknown source 'lewis2021rag' in citation\n    hint: did you mean 'lewis2020rag'?"),
            new Case("dangling next", FC, replace(FC, "next: tune", "next: tunes"),
                "flowcharts/decide.yaml:19:15: error: option 'No' leads to unknown node 'tunes'\n    hint: did you mean 'tune'?"),
            new Case("unreachable node", FC, replace(FC, "next: tune", "next: use-schema"),
                "flowcharts/decide.yaml:34:3: error: node 'tune' cannot be reached from the start"),
            new Case("cycle", FC, replace(FC, "next: tune", "next: start-here"),
                "flowcharts/decide.yaml:19:15: error: cycle: start-here -> format -> start-here"),
            new Case("path without outcome", FC, replace(FC, "  format:\n    question: Does a schema fix it?\n", "  format:\n    question: Does a schema fix it?\n    options: []\n  unused:\n    question: Old\n").replace("  use-schema:", "  use-schema-unused:"),
                "flowcharts/decide.yaml:13:3: error: path ends at question 'format' without reaching an outcome"),
            new Case("duplicate option label", FC, replace(FC, "label: \"No\"", "label: \"yes\""),
                "flowcharts/decide.yaml:18:16: error: option label 'yes' is used twice in question 'format'"),
            new Case("missing start", FC, replace(FC, "start: start-here", "start: begin"),
                "flowcharts/decide.yaml:3:8: error: start node 'begin' does not exist"),
            new Case("raw HTML", C1, replace(C1, "It nudges behavior.", "It <b>nudges</b> behavior."),
                "chapters/first.md:26:4: error: raw HTML is not allowed: <b>"),
            new Case("HTML block", C1, replace(C1, "### A detail", "<div>\nhello\n</div>\n\n### A detail"),
                "chapters/first.md:30:1: error: raw HTML is not allowed: <div>"),
            new Case("javascript link", C1, replace(C1, "[gate](checklist:gate)", "[gate](javascript:alert(1))"),
                "chapters/first.md:22:58: error: javascript: links are not allowed"),
            new Case("entity-encoded javascript link", C1, replace(C1, "[gate](checklist:gate)", "[gate](&#106;avascript:alert(1))"),
                "chapters/first.md:22:58: error: javascript: links are not allowed"),
            new Case("numeric reference without its semicolon", C1, replace(C1, "[gate](checklist:gate)", "[gate](&#106avascript:alert(1))"),
                "chapters/first.md:22:58: error: javascript: links are not allowed"),
            new Case("data link", C1, replace(C1, "[gate](checklist:gate)", "[gate](data:text/html;base64,PHNjcmlwdD4=)"),
                "chapters/first.md:22:58: error: data: links are not allowed"),
            new Case("relative link", C1, replace(C1, "[gate](checklist:gate)", "[gate](../second.md)"),
                "chapters/first.md:22:58: error: relative link '../second.md' is not allowed"),
            new Case("external image", C1, replace(C1, "It nudges behavior.", "![logo](https://example.org/x.png)"),
                "chapters/first.md:26:1: error: images are not supported: 'https://example.org/x.png'"),
            new Case("embed not alone", "chapters/second.md", replace("chapters/second.md", "![](flowchart:decide)", "See ![](flowchart:decide)"),
                "chapters/second.md:8:5: error: an embed must stand alone in its own paragraph"),
            new Case("empty file", "glossary/empty.md", "",
                "glossary/empty.md:1:1: error: file is empty"),
            new Case("no front matter", "glossary/plain.md", "Just text.\n",
                "glossary/plain.md:1:1: error: missing front matter"),
            new Case("unclosed front matter", "glossary/open.md", "---\nterm: Open\n\nText.\n",
                "glossary/open.md:1:1: error: front matter is not closed"),
            new Case("missing playbook section", PB, replace(PB, "## What would change the verdict", "## What might change it"),
                "playbooks/stale-bot.md:20:1: error: playbook is missing the section '## What would change the verdict'"),
            new Case("unknown outcome", PB, replace(PB, "outcome: use-retrieval", "outcome: use-retrieve"),
                "playbooks/stale-bot.md:12:10: error: flowchart 'decide' has no node 'use-retrieve'\n    hint: did you mean 'use-retrieval'?"),
            new Case("unknown technique in front matter", PB, replace(PB, "techniques: [retrieval]", "techniques: [retreival]"),
                "playbooks/stale-bot.md:6:14: error: unknown technique 'retreival'\n    hint: did you mean 'retrieval'?"),
            new Case("duplicate checklist item", CL, replace(CL, "id: regressions", "id: baseline"),
                "checklists/gate.yaml:14:13: error: duplicate item id 'baseline' in checklist 'gate'"),
            new Case("alias used twice", "glossary/qlora.md", replace("glossary/qlora.md", "term: QLoRA", "term: QLoRA\naliases: [low-rank adaptation]"),
                "glossary/qlora.md:3:11: error: 'low-rank adaptation' already names the term 'lora'"),
            new Case("duplicate chapter number", "chapters/second.md", replace("chapters/second.md", "number: \"02\"", "number: \"01\""),
                "chapters/second.md:2:9: error: chapter number '01' is also used by 'first'"),
            new Case("bad file name", "glossary/Bad Name.md", "---\nterm: Bad\n---\nA bad name.\n",
                "glossary/Bad Name.md:1:1: error: file name 'Bad Name.md' is not a valid id"),
            new Case("unknown flowchart node in a link", C1, replace(C1, "flowchart:decide#start-here", "flowchart:decide#start"),
                "chapters/first.md:22:5: error: no anchor '#start' in flowchart:decide"),
            new Case("glossary embedded in a term", "glossary/lora.md", replace("glossary/lora.md", "[@hu2021lora].", "[@hu2021lora].\n\n![](glossary:index)"),
                "glossary/lora.md:10:1: error: embed cycle: term:lora → ![](glossary:index) → term:lora"),
            new Case("checklist embedded in its own item", CL, replace(CL, "why: Without it you cannot tell whether tuning paid. See [chapter 1](chapter:first).",
                "why: |\n          Without it you cannot tell.\n\n          ![](checklist:gate)"),
                "checklists/gate.yaml:15:11: error: embed cycle: item 'baseline' of checklist:gate → ![](checklist:gate) → item 'baseline' of checklist:gate"),
            new Case("source URL with a space", "sources.yaml", replace("sources.yaml", "URL: https://arxiv.org/abs/2106.09685", "URL: \"https://arxiv.org/abs/2106 09685\""),
                "sources.yaml:9:8: error: 'https://arxiv.org/abs/2106 09685' is not a valid web address: it has a space or line break at character 27"),
            new Case("source URL with a line separator", "sources.yaml", replace("sources.yaml", "URL: https://arxiv.org/abs/2106.09685", "URL: \"https://arxiv.org/abs/2106\\u2028.09685\""),
                "sources.yaml:9:8: error: 'https://arxiv.org/abs/2106\\u2028.09685' is not a valid web address: it has a space or line break at character 27"),
            new Case("source URL in angle brackets", "sources.yaml", replace("sources.yaml", "URL: https://arxiv.org/abs/2106.09685", "URL: <https://arxiv.org/abs/2106.09685>"),
                "sources.yaml:9:8: error: '<https://arxiv.org/abs/2106.09685>' is not a valid web address: it is in angle brackets"),
            new Case("source URL without scheme", "sources.yaml", replace("sources.yaml", "URL: https://arxiv.org/abs/2106.09685", "URL: arxiv.org/abs/2106.09685"),
                "sources.yaml:9:8: error: 'arxiv.org/abs/2106.09685' is not an absolute web address\n    hint: write the whole address, starting with https://"),
            new Case("DOI with its resolver", "sources.yaml", replace("sources.yaml", "URL: https://arxiv.org/abs/2106.09685", "DOI: https://doi.org/10.48550/arXiv.2106.09685"),
                "sources.yaml:9:8: error: 'https://doi.org/10.48550/arXiv.2106.09685' is not a DOI\n    hint: write the DOI alone, without the resolver: DOI: 10.48550/arXiv.2106.09685"),
            new Case("base URL with a space", "handbook.yaml", replace("handbook.yaml", "base-url: https://example.org/sample/", "base-url: https://exa mple.org/sample/"),
                "handbook.yaml:5:11: error: 'https://exa mple.org/sample/' is not a valid web address: it has a space or line break at character 12"),
            new Case("link a browser cannot open", C1, replace(C1, "[gate](checklist:gate)", "[gate](https://example.org/a|b)"),
                "chapters/first.md:22:58: error: 'https://example.org/a|b' is not a valid web address: illegal character in path ('|' at character 22)"),
            new Case("impossible date", "handbook.yaml", replace("handbook.yaml", "updated: 2026-11-24", "updated: 2026-02-30"),
                "handbook.yaml:8:10: error: 'updated' is not a date: '2026-02-30'"),
            new Case("Markdown nested too deep", C1, replace(C1, "### A detail", ">".repeat(100) + " deep\n\n### A detail"),
                "chapters/first.md:30:65: error: Markdown nested more than 64 levels deep (quotes, lists or emphasis inside each other)"),
            new Case("outcome link unknown", FC, replace(FC, "chapter:first]", "chapter:frist]"),
                "flowcharts/decide.yaml:24:54: error: unknown chapter 'frist'\n    hint: did you mean 'first'?"),
            new Case("unknown value in Markdown", C2, replace(C2, "{{eval-size}}", "{{eval-sise}}"),
                "chapters/second.md:22:20: error: unknown value 'eval-sise'\n    hint: did you mean 'eval-size'?"),
            new Case("unknown value in a YAML text", FC, replace(FC, "{{eval-size}}", "{{eval-sized}}"),
                "flowcharts/decide.yaml:32:42: error: unknown value 'eval-sized'\n    hint: did you mean 'eval-size'?"),
            new Case("unknown value in a quoted front-matter text", PB, replace(PB, "{{refresh-share}}", "{{refresh-shares}}"),
                "playbooks/stale-bot.md:8:43: error: unknown value 'refresh-shares'\n    hint: did you mean 'refresh-share'?"),
            new Case("malformed value reference", C2, replace(C2, "{{agreement-gate}}", "{{Agreement Gate}}"),
                "chapters/second.md:22:96: error: malformed value reference '{{Agreement Gate}}'"),
            new Case("unclosed value reference in Markdown", C2, replace(C2, "{{eval-size}} questions", "{{eval-size questions"),
                "chapters/second.md:22:20: error: unclosed value reference '{{eval-size questions be'\n    hint: close it with }}, as in {{name}}"),
            new Case("unclosed value reference in a YAML text", FC, replace(FC, "score {{eval-size}} samples", "score {{eval-size} samples"),
                "flowcharts/decide.yaml:32:42: error: unclosed value reference '{{eval-size} samples.'"),
            new Case("value from an unknown source", VAL, replace(VAL, "source: lewis2020rag", "source: lewis2021rag"),
                "values.yaml:11:11: error: unknown source 'lewis2021rag'\n    hint: did you mean 'lewis2020rag'?"),
            new Case("value from an unknown anchor", VAL, replace(VAL, "chapter:first#stale-facts", "chapter:first#stale-fact"),
                "values.yaml:5:11: error: no anchor '#stale-fact' in chapter:first\n    hint: did you mean 'stale-facts'?"),
            new Case("value name that is not an id", VAL, replace(VAL, "eval-size:", "Eval_size:"),
                "values.yaml:2:1: error: 'Eval_size' is not a valid name\n    hint: use lower-case letters, digits and hyphens, e.g. 'eval-size'"),
            new Case("value date off the calendar", VAL, replace(VAL, "value: 2027-01-14", "value: 2027-02-30"),
                "values.yaml:14:10: error: 'value' is not a date: '2027-02-30'"),
            new Case("value without what it is about", VAL, replace(VAL, "  about: Held-out questions the retrieval evaluation scores.\n", ""),
                "values.yaml:3:3: error: 'eval-size': missing field 'about'"),
            new Case("route from elsewhere than the start", PB, replace(PB, "route: [start-here, use-retrieval]", "route: [format, use-schema]"),
                "playbooks/stale-bot.md:13:9: error: route starts at 'format', not at the start of flowchart 'decide'\n    hint: begin the route with 'start-here'"),
            new Case("route leaving the tree", PB, replace(PB, "route: [start-here, use-retrieval]", "route: [start-here, use-retrieve]"),
                "playbooks/stale-bot.md:13:21: error: route leaves flowchart 'decide': it has no node 'use-retrieve'\n    hint: did you mean 'use-retrieval'?"),
            new Case("route skipping a question", PB, replace(PB, "route: [start-here, use-retrieval]", "route: [start-here, tune]"),
                "playbooks/stale-bot.md:13:21: error: no answer to question 'start-here' leads to 'tune'\n    hint: its answers lead to: use-retrieval, format"),
            new Case("route ending at a question", PB, replace(PB, "route: [start-here, use-retrieval]", "route: [start-here, format]"),
                "playbooks/stale-bot.md:13:21: error: route ends at question 'format', not at an outcome"),
            new Case("route ending at another outcome", PB, replace(PB, "route: [start-here, use-retrieval]", "route: [start-here, format, use-schema]"),
                "playbooks/stale-bot.md:13:29: error: route ends at 'use-schema', but the playbook's outcome is 'use-retrieval'"),
            new Case("outcome linking a playbook whose route ends elsewhere", FC, replace(FC, "links: [chapter:second]", "links: [chapter:second, playbook:stale-bot]"),
                "flowcharts/decide.yaml:33:29: error: outcome 'use-schema' links playbook 'stale-bot', but its route ends at 'use-retrieval'"),
            new Case("playbook without a route", PB, replace(PB, "route: [start-here, use-retrieval]\n", ""),
                "playbooks/stale-bot.md:11:1: error: playbook 'stale-bot' has no route through flowchart 'decide'"));
    }

    /** A copy of the sample content under {@code dir} with the case's file written, and a previous build in {@code dir}/site. */
    private static Path broken(Case c, Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Files.write(content.resolve(c.file()), c.text().getBytes(StandardCharsets.UTF_8));
        Path out = dir.resolve("site");
        Files.createDirectories(out);
        Files.writeString(out.resolve("index.html"), "previous build");
        return content;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheProblemAtItsPositionAndLeavesTheSiteAlone(Case c, @TempDir Path dir) throws Exception {
        Path content = broken(c, dir);
        Path out = dir.resolve("site");
        Map<String, byte[]> before = TestSites.snapshot(out);

        BuildFailed failed = assertThrows(BuildFailed.class, () -> TestSites.build(content, out));

        String prefix = content.toAbsolutePath() + "/";
        List<String> reported = failed.problems().stream().map(Problem::format).map(s -> s.replace(prefix, "")).toList();
        assertTrue(reported.stream().anyMatch(s -> s.startsWith(c.expected())),
                "expected a problem starting with\n" + c.expected() + "\nbut got\n" + String.join("\n", reported));
        assertSnapshotEquals(before, TestSites.snapshot(out));
        try (Stream<Path> siblings = Files.list(dir)) {
            assertEquals(List.of("content", "site"), siblings.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging folder is left behind");
        }
    }

    /** The rules of routes and named values, as a writer meets them: on the command line, exit code 1, nothing written. */
    static Stream<Case> routeAndValueCases() {
        return cases().filter(c -> c.name().matches(".*\\b(route|value|outcome)\\b.*"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routeAndValueCases")
    void theCommandLinePrintsItAndExitsWithOne(Case c, @TempDir Path dir) throws Exception {
        Path content = broken(c, dir);
        Path out = dir.resolve("site");
        Map<String, byte[]> before = TestSites.snapshot(out);
        PrintStream was = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.execute("build", "--content", content.toString(), "--out", out.toString());
        } finally {
            System.setErr(was);
        }
        String printed = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, code, printed);
        assertTrue(printed.contains(c.expected()), "expected\n" + c.expected() + "\nin\n" + printed);
        assertFalse(printed.contains("\tat org."), "no stack trace: " + printed);
        assertSnapshotEquals(before, TestSites.snapshot(out));
    }

    @Test
    void invalidUtf8IsReportedAtTheBadByte(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        byte[] bytes = "---\nterm: Caf\u00e9\n---\nA place.\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(content.resolve("glossary/cafe.md"), bytes);
        BuildFailed failed = assertThrows(BuildFailed.class, () -> TestSites.build(content, dir.resolve("site")));
        assertTrue(failed.problems().stream().map(Problem::format)
                .anyMatch(s -> s.endsWith("glossary/cafe.md:2:10: error: file is not valid UTF-8\n    hint: save the file as UTF-8 (most editors: 'Save with encoding' > UTF-8)")),
                failed.problems().toString());
    }

    @Test
    void bomAndCrlfAreAccepted(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Path f = content.resolve("glossary/lora.md");
        String crlf = Files.readString(f).replace("\n", "\r\n");
        Files.write(f, ("\uFEFF" + crlf).getBytes(StandardCharsets.UTF_8));
        TestSites.build(content, dir.resolve("site"));
        assertTrue(Files.readString(dir.resolve("site/glossary/index.html")).contains("small low-rank matrices"));
    }

    @Test
    void everyProblemOfARunIsReportedTogetherInFileOrder(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Files.writeString(content.resolve(C1), replace(C1, "[@lewis2020rag]", "[@nope]").replace("claim:", "claims:"));
        Files.writeString(content.resolve(FC), replace(FC, "next: tune", "next: nowhere"));
        Files.writeString(content.resolve(PB), replace(PB, "checklist: gate", "checklist: gates"));
        BuildFailed failed = assertThrows(BuildFailed.class, () -> TestSites.build(content, dir.resolve("site")));
        List<String> positions = failed.problems().stream().map(p -> p.position().path().replaceAll(".*/content/", "")
                + ":" + p.position().line()).toList();
        assertEquals(List.of("chapters/first.md:2", "chapters/first.md:4", "chapters/first.md:9", "flowcharts/decide.yaml:19",
                "flowcharts/decide.yaml:34", "playbooks/stale-bot.md:10"), positions);
    }

    @Test
    void anEmbedCycleThroughSeveralFilesIsReportedWithItsChain(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Files.writeString(content.resolve("glossary/lora.md"), replace("glossary/lora.md", "[@hu2021lora].", "[@hu2021lora].\n\n![](checklist:gate)"));
        Files.writeString(content.resolve(CL), replace(CL, "why: Without it you cannot tell whether tuning paid. See [chapter 1](chapter:first).",
                "why: |\n          Without it you cannot tell.\n\n          ![](glossary:index)"));
        BuildFailed failed = assertThrows(BuildFailed.class, () -> TestSites.build(content, dir.resolve("site")));
        List<String> reported = failed.problems().stream().map(Problem::format).map(s -> s.replace(content.toAbsolutePath() + "/", "")).toList();
        assertEquals(List.of("checklists/gate.yaml:15:11: error: embed cycle: term:lora → ![](checklist:gate) → item 'baseline' of checklist:gate"
                + " → ![](glossary:index) → term:lora"), reported.stream().map(s -> s.lines().findFirst().orElseThrow()).toList());
    }

    private static void assertSnapshotEquals(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet(), "the site's files are unchanged");
        expected.forEach((k, v) -> assertArrayEquals(v, actual.get(k), k + " is unchanged"));
    }
}
