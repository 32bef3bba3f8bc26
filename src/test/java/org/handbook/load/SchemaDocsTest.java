package org.handbook.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What editors show on hover and offer while typing: every property of every schema has a
 * description and examples, and each example is a value the property accepts.
 */
class SchemaDocsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    @Test
    void everyPropertyHasADescriptionAndExamplesItAccepts() throws IOException {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/schemas"))) {
            for (Path f : files.sorted().toList()) walk(f.getFileName().toString(), JSON.readTree(f.toFile()), "", wrong);
        }
        assertEquals(List.of(), wrong);
    }

    private void walk(String file, JsonNode node, String path, List<String> wrong) {
        if (!node.isObject()) return;
        node.path("properties").fields().forEachRemaining(e -> {
            String at = file + ":" + path + "/" + e.getKey();
            JsonNode p = e.getValue();
            if (!p.path("description").isTextual() || p.get("description").asText().isBlank()) wrong.add(at + " has no description");
            if (!p.path("examples").isArray() || p.get("examples").isEmpty()) wrong.add(at + " has no examples");
            else if (!p.has("$ref")) p.get("examples").forEach(x -> accepts(at, p, x, wrong));
            walk(file, p, path + "/" + e.getKey(), wrong);
        });
        for (String key : List.of("items", "additionalProperties")) walk(file, node.path(key), path + "/" + key, wrong);
        for (String key : List.of("$defs", "patternProperties")) node.path(key).forEach(x -> walk(file, x, path, wrong));
        for (String key : List.of("oneOf", "anyOf", "allOf")) node.path(key).forEach(x -> walk(file, x, path, wrong));
    }

    private static void accepts(String at, JsonNode property, JsonNode example, List<String> wrong) {
        ObjectNode schema = property.deepCopy();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        List<Error> errors = REGISTRY.getSchema(schema).validate(example);
        if (!errors.isEmpty()) wrong.add(at + ": example " + example + " is refused: " + errors);
    }
}
