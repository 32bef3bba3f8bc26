package org.handbook.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.handbook.problem.Problem;
import org.handbook.problem.Rule;
import org.handbook.problem.Severity;

/**
 * A run's problems as a SARIF 2.1.0 log, the format GitHub code scanning reads: every rule the
 * generator has (so a result's rule index is stable), and a result per problem at its file, line
 * and column, relative to the repository root.
 */
final class Sarif {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private Sarif() {
    }

    static String log(List<Problem> problems, String version) {
        ObjectNode log = MAPPER.createObjectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "handbook");
        driver.put("version", version);
        ArrayNode rules = driver.putArray("rules");
        for (Rule r : Rule.values()) {
            ObjectNode rule = rules.addObject();
            rule.put("id", r.id());
            rule.putObject("shortDescription").put("text", r.description());
        }
        ArrayNode results = run.putArray("results");
        for (Problem p : problems) {
            ObjectNode result = results.addObject();
            result.put("ruleId", p.rule().id());
            result.put("ruleIndex", p.rule().ordinal());
            result.put("level", p.severity() == Severity.ERROR ? "error" : "warning");
            String hint = p.hint() == null || p.hint().isEmpty() ? "" : "\nhint: " + p.hint();
            result.putObject("message").put("text", p.message() + hint);
            ObjectNode location = result.putArray("locations").addObject().putObject("physicalLocation");
            ObjectNode artifact = location.putObject("artifactLocation");
            artifact.put("uri", uri(p.position().path()));
            if (!p.position().path().startsWith("/")) artifact.put("uriBaseId", "%SRCROOT%");
            ObjectNode region = location.putObject("region");
            region.put("startLine", p.position().line());
            region.put("startColumn", p.position().column());
        }
        try {
            return MAPPER.writeValueAsString(log);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A path as a URI reference: relative paths stay relative (to the repository), characters such as spaces escaped. */
    static String uri(String path) {
        try {
            return path.startsWith("/") ? new URI("file", "", path, null).toASCIIString() : new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + path, e);
        }
    }
}
