package org.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.handbook.output.BuildMode;
import org.handbook.problem.BuildFailed;
import org.handbook.problem.Problem;
import org.handbook.problem.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dev server's rebuilds run the checks that can only warn after the pages they show, and still
 * report those warnings; a check that can fail still stops the rebuild before a page changes.
 */
class SessionWarningsTest {
    private static final String PASTED = "\nA paragraph pasted from one chapter into the other, twelve words and more of it.\n";

    @Test
    void repeatedProseIsWarnedAfterThePagesOfARebuild(@TempDir Path dir) throws Exception {
        List<Problem> late = new CopyOnWriteArrayList<>();
        ServedSample served = ServedSample.start(dir, session -> session.onWarnings(late::addAll));
        Path content = served.content();
        Path out = served.out();
        try (served) {
            Session session = served.session();
            Pipeline.Options o = served.options();

            for (String chapter : List.of("chapters/first.md", "chapters/second.md")) {
                Files.writeString(content.resolve(chapter), Files.readString(content.resolve(chapter)) + PASTED);
            }
            Pipeline.Result r = Pipeline.run(o);
            assertTrue(Files.readString(out.resolve("chapters/first/index.html")).contains("pasted from one chapter"), "the page first");
            assertFalse(r.warnings().stream().anyMatch(p -> p.rule() == Rule.REPEATED_PROSE), "the repeated-prose check did not hold the page up");

            session.awaitRefresh();
            assertEquals(List.of(Rule.REPEATED_PROSE), late.stream().map(Problem::rule).toList(), "then its warning is reported");
        }
        // a build of the same inputs into the same folder repeats every warning, the late ones included
        Pipeline.Result again = Pipeline.run(new Pipeline.Options(content, TestSites.TEMPLATES, out, BuildMode.SERVE));
        assertTrue(again.unchanged(), "nothing changed since the dev server's build");
        assertTrue(again.warnings().stream().anyMatch(p -> p.rule() == Rule.REPEATED_PROSE), "its warnings kept with the site");
    }

    @Test
    void aReviewDateNotOnTheCalendarStillStopsTheRebuildBeforeThePage(@TempDir Path dir) throws Exception {
        try (ServedSample served = ServedSample.start(dir)) {

            Path chapter = served.content().resolve("chapters/first.md");
            Files.writeString(chapter, Files.readString(chapter).replace("number: \"01\"\n", "number: \"01\"\nreview-by: 2027-02-30\n") + PASTED);
            BuildFailed failed = assertThrows(BuildFailed.class, () -> Pipeline.run(served.options()));
            assertTrue(failed.problems().stream().anyMatch(p -> p.position().path().endsWith("chapters/first.md")), failed.problems().toString());
            assertFalse(Files.readString(served.out().resolve("chapters/first/index.html")).contains("pasted from one chapter"), "the page is untouched");
        }
    }
}
