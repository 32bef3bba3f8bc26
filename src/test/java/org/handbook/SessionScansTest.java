package org.handbook;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.handbook.problem.BuildFailed;
import org.handbook.problem.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dev server keeps what it found in each text (the values it shows, the sources it cites, the
 * items it links) for the saves that do not change it: a text left alone is still held to the
 * values, sources and items of each later save, as a clean build holds it.
 */
class SessionScansTest {

    @Test
    void aValueUsedInATextLeftAloneIsCheckedOnEverySave(@TempDir Path dir) throws Exception {
        try (ServedSample served = ServedSample.start(dir)) {
            Path first = served.content().resolve("chapters/first.md");
            Path second = served.content().resolve("chapters/second.md");
            Files.writeString(first, Files.readString(first) + "\nA share of {{answer-share}} answered.\n");
            for (int save = 0; save < 2; save++) {
                // the second save changes only the other chapter: the first is taken as the session kept it
                if (save == 1) Files.writeString(second, Files.readString(second) + "\nA sentence added.\n");
                BuildFailed failed = assertThrows(BuildFailed.class, () -> Pipeline.run(served.options()));
                assertTrue(failed.problems().stream().anyMatch(p -> p.rule() == Rule.UNKNOWN_VALUE && p.position().path().endsWith("first.md")),
                        "save " + save + ": " + failed.problems());
            }
            Path values = served.content().resolve("values.yaml");
            Files.writeString(values, Files.readString(values) + "answer-share:\n  value: 42\n  unit: \"%\"\n  about: Answers.\n  reviewed: 2026-11-24\n");
            Pipeline.run(served.options());
            assertTrue(Files.readString(served.out().resolve("chapters/first/index.html")).contains("42"), "defined, the value is shown");
        }
    }

    @Test
    void aSourceCitedOnlyByATextLeftAloneStaysCited(@TempDir Path dir) throws Exception {
        try (ServedSample served = ServedSample.start(dir)) {
            Path second = served.content().resolve("chapters/second.md");
            for (int save = 0; save < 2; save++) {
                Files.writeString(second, Files.readString(second) + "\nSave number " + save + ".\n");
                Pipeline.Result r = Pipeline.run(served.options());
                assertFalse(r.warnings().stream().anyMatch(p -> p.rule() == Rule.UNCITED_SOURCE), "save " + save + ": " + r.warnings());
            }
            Path first = served.content().resolve("chapters/first.md");
            Files.writeString(first, Files.readString(first).replace("[@hu2021lora; @dettmers2023qlora]", "[@hu2021lora]"));
            Pipeline.Result r = Pipeline.run(served.options());
            assertTrue(r.warnings().stream().anyMatch(p -> p.rule() == Rule.UNCITED_SOURCE && p.message().contains("dettmers2023qlora")), r.warnings().toString());
        }
    }

    @Test
    void aReferenceFromATextLeftAloneIsResolvedOnEverySave(@TempDir Path dir) throws Exception {
        try (ServedSample served = ServedSample.start(dir)) {
            // chapters/first.md links technique:retrieval; the save deletes the technique and leaves the chapter alone
            Files.delete(served.content().resolve("techniques/retrieval.md"));
            BuildFailed failed = assertThrows(BuildFailed.class, () -> Pipeline.run(served.options()));
            assertTrue(failed.problems().stream().anyMatch(p -> p.rule() == Rule.UNKNOWN_REFERENCE && p.position().path().endsWith("first.md")
                    && p.message().contains("retrieval")), failed.problems().toString());
        }
    }
}
