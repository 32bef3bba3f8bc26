package org.handbook.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.handbook.Pipeline;
import org.handbook.RandomTries;
import org.handbook.Session;
import org.handbook.TestSites;
import org.handbook.output.BuildMode;
import org.handbook.problem.BuildFailed;
import org.handbook.problem.Problem;
import org.handbook.problem.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build in a warm process (one {@link Session} kept from build to build, as the build daemon
 * keeps one per site) after any edit gives the site and the warnings of a clean build of the same
 * files: every file byte for byte (the offline copy's entries kept by the bytes of their files
 * included), every warning with its text and place, in order (the repeated-prose check, which
 * reads again only the files an edit changed, included). Paragraphs pasted between the sample's
 * files, and taken out again, give the check runs to find, lose and move.
 */
class WarmBuildPropertyTest {
    private static final List<String> PASTED = List.of(
            "A paragraph pasted from one file into another, twelve words and more of it, so the check finds it.",
            "Teams that tune first and measure later pay twice for the same lesson, and the bill comes at the end.");
    private static final List<String> FILES = List.of("chapters/first.md", "chapters/second.md", "techniques/sft.md",
            "techniques/retrieval.md", "playbooks/stale-bot.md", "glossary/rag.md");
    private static final List<String> WORDS = List.of("revised", "Quietly", "LoRA", "retrieval", "adapters");

    @Test
    void aWarmBuildAfterAnyEditEqualsACleanBuild(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Path templates = dir.resolve("templates");
        TestSites.copyTree(TestSites.TEMPLATES, templates);
        for (String f : FILES.subList(0, 3)) paste(content.resolve(f), PASTED.get(0));
        Edits edits = new Edits(content, templates);
        Path site = dir.resolve("warm/site");
        int[] cleanBuilds = {0};
        int[] repeats = {0};
        try (Session session = Session.forBuilds()) {
            assertTrue(count(build(content, templates, site, session), repeats) > 0, "the pasted paragraphs are warned about");
            RandomTries.run("warm build after an edit", 10, r -> {
                Map<Path, byte[]> before = new java.util.HashMap<>();
                for (Path f : Edits.files(content)) before.put(f, Files.readAllBytes(f));
                String edit = edit(r, content, edits);
                Path clean = dir.resolve("clean-" + cleanBuilds[0]++).resolve("site");
                Outcome expected = build(content, templates, clean, null);
                Outcome warm = build(content, templates, site, session);
                assertEquals(expected.problems(), warm.problems(), edit + ": the warnings, or the errors");
                if (expected.problems().stream().anyMatch(p -> p.contains(": error: "))) {
                    // an edit that breaks the content fails both builds alike, and is taken back
                    for (Map.Entry<Path, byte[]> e : before.entrySet()) Files.write(e.getKey(), e.getValue());
                    return;
                }
                assertSame(edit, TestSites.snapshot(clean), TestSites.snapshot(site));
                count(warm, repeats);
                TestSites.deleteTree(clean.getParent());
            });
        }
        assertFalse(repeats[0] == 0, "some builds warned about repeated prose");
    }

    /** A build's warnings (or its errors), formatted, in the order the build gives them. */
    private record Outcome(List<String> problems, List<Problem> warnings) {
    }

    private static Outcome build(Path content, Path templates, Path out, Session session) throws Exception {
        Pipeline.Options o = new Pipeline.Options(content, templates, out, BuildMode.BUILD);
        try {
            Pipeline.Result r = Pipeline.run(session == null ? o : o.in(session));
            return new Outcome(r.warnings().stream().map(Problem::format).toList(), r.warnings());
        } catch (BuildFailed e) {
            return new Outcome(e.problems().stream().map(Problem::format).toList(), List.of());
        }
    }

    private static int count(Outcome o, int[] repeats) {
        int n = (int) o.warnings().stream().filter(p -> p.rule() == Rule.REPEATED_PROSE).count();
        repeats[0] += n;
        return n;
    }

    /** One edit: a paragraph pasted into a file or taken out of it, or any edit {@link Edits} makes. */
    private static String edit(RandomGenerator r, Path content, Edits edits) throws Exception {
        Path f = content.resolve(RandomTries.pick(r, FILES));
        String text = Files.readString(f);
        String pasted = RandomTries.pick(r, PASTED);
        return switch (r.nextInt(3)) {
            case 0 -> {
                paste(f, pasted);
                yield "pasted into " + f;
            }
            case 1 -> {
                Files.writeString(f, text.replace("\n" + pasted + "\n", ""));
                yield "took the paragraph out of " + f;
            }
            default -> edits.apply(RandomTries.pick(r, List.of(Edits.Target.values())), r.nextInt(1 << 20), r.nextInt(1 << 20), RandomTries.pick(r, WORDS));
        };
    }

    private static void paste(Path f, String paragraph) throws Exception {
        Files.writeString(f, Files.readString(f) + "\n" + paragraph + "\n");
    }

    private static void assertSame(String edit, Map<String, byte[]> clean, Map<String, byte[]> warm) {
        List<String> differ = new ArrayList<>();
        clean.forEach((path, bytes) -> {
            if (!java.util.Arrays.equals(bytes, warm.get(path))) differ.add(path);
        });
        warm.keySet().stream().filter(p -> !clean.containsKey(p)).forEach(p -> differ.add(p + " (only in the warm build)"));
        assertEquals(List.of(), differ, edit + ": the warm build differs from a clean build");
    }
}
