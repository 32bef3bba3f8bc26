package org.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.handbook.TestSites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code check --format}: the same problems as text, JSON lines, GitHub annotations and SARIF,
 * each with its file, line, column, severity, rule id, message and hint. The content lies under
 * the working folder, as in a repository, so paths are relative.
 */
class ProblemFormatTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private Path dir;
    private Path content;
    private String file;

    /** Output of one run: exit code, standard output, standard error. */
    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void brokenContent() throws Exception {
        Files.createDirectories(Path.of("target"));
        dir = Files.createTempDirectory(Path.of("target"), "format-");
        content = TestSites.copySample(dir);
        Path chapter = content.resolve("chapters/first.md");
        Files.writeString(chapter, Files.readString(chapter).replace("[retrieval](technique:retrieval)", "[LoRA](term:lorra)"));
        Path term = content.resolve("glossary/rag.md");
        Files.writeString(term, Files.readString(term) + "\nTODO: say when not to use it.\n");
        file = dir.resolve("content").toString().replace('\\', '/');
    }

    @AfterEach
    void remove() throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    private Run check(String format) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int code = Main.execute("check", "--content", content.toString(), "--out", dir.resolve("site").toString(), "--format", format);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void textIsForPeopleOnStandardError() {
        Run r = check("text");
        assertEquals(1, r.code());
        assertTrue(r.err().contains(file + "/chapters/first.md:9:20: error: unknown term 'lorra'\n    hint: did you mean 'lora'?"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void jsonLinesCarryEveryFieldAndTheRuleId() throws Exception {
        Run r = check("json");
        assertEquals(1, r.code());
        List<JsonNode> lines = new ArrayList<>();
        for (String line : r.out().split("\n")) lines.add(JSON.readTree(line));
        JsonNode error = lines.stream().filter(n -> n.get("rule").asText().equals("unknown-reference")).findFirst().orElseThrow();
        assertEquals(file + "/chapters/first.md", error.get("file").asText());
        assertEquals(9, error.get("line").asInt());
        assertEquals(20, error.get("column").asInt());
        assertEquals("error", error.get("severity").asText());
        assertEquals("unknown term 'lorra'", error.get("message").asText());
        assertEquals("did you mean 'lora'?", error.get("hint").asText());
        JsonNode warning = lines.stream().filter(n -> n.get("rule").asText().equals("placeholder")).findFirst().orElseThrow();
        assertEquals("warning", warning.get("severity").asText());
        assertTrue(r.err().contains("Build failed"), "the rest goes to standard error");
    }

    @Test
    void githubAnnotationsPutEachProblemOnItsLine() {
        Run r = check("github");
        assertEquals(1, r.code());
        assertTrue(r.out().contains("::error file=" + file + "/chapters/first.md,line=9,col=20,title=unknown-reference::"
                + "unknown term 'lorra'%0Ahint: did you mean 'lora'?\n"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("::warning file=" + file + "/glossary/rag.md,") && l.contains("title=placeholder::")), r.out());
        assertTrue(r.out().lines().allMatch(l -> l.startsWith("::error ") || l.startsWith("::warning ")), "annotations only: " + r.out());
    }

    @Test
    void sarifIsAValidLogOfEveryProblem() throws Exception {
        Run r = check("sarif");
        assertEquals(1, r.code());
        JsonNode log = JSON.readTree(r.out());
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                .getSchema(JSON.readTree(Files.readString(Path.of("src/test/resources/sarif/sarif-schema-2.1.0.json"))));
        List<Error> errors = schema.validate(log);
        assertEquals(List.of(), errors.stream().map(Error::toString).toList(), "valid against the SARIF 2.1.0 schema");
        JsonNode results = log.get("runs").get(0).get("results");
        JsonNode error = null;
        for (JsonNode res : results) if (res.get("ruleId").asText().equals("unknown-reference")) error = res;
        assertEquals("error", error.get("level").asText());
        JsonNode location = error.get("locations").get(0).get("physicalLocation");
        assertEquals(file + "/chapters/first.md", location.get("artifactLocation").get("uri").asText());
        assertEquals(9, location.get("region").get("startLine").asInt());
        assertEquals(20, location.get("region").get("startColumn").asInt());
        JsonNode rule = log.get("runs").get(0).get("tool").get("driver").get("rules").get(error.get("ruleIndex").asInt());
        assertEquals("unknown-reference", rule.get("id").asText(), "the rule index points at the rule");
        boolean warned = false;
        for (JsonNode res : results) warned |= res.get("level").asText().equals("warning") && res.get("ruleId").asText().equals("placeholder");
        assertTrue(warned, "warnings are results too");
    }
}
