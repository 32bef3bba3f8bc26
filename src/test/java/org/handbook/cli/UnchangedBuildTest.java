package org.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;
import org.handbook.Pipeline;
import org.handbook.RandomTries;
import org.handbook.TestSites;
import org.handbook.casestudy.CaseStudies;
import org.handbook.output.BuildMode;
import org.handbook.types.Registry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The rebuild answered before picocli: the same reading of a command line as picocli's, and the same answer as a full build. */
class UnchangedBuildTest {
    private static final List<String> OPTIONS = List.of("--content", "--out", "--templates");
    private static final List<String> VALUES = List.of("content", "site", "templates", "a b", "x=y", "ü/ñ", "../up", "/abs/dir",
            "-dash", "--out", "@file", "", "dir/");
    private static final List<String> OTHERS = List.of("--format", "json", "--verbose", "-h", "--help", "-V", "--", "extra", "--contents=x",
            "check", "build");

    /** A command line of random folder options, in random forms and order, sometimes with something the fast path leaves alone. */
    private static String[] commandLine(RandomGenerator r) {
        List<String> args = new ArrayList<>();
        args.add(r.nextInt(12) == 0 ? RandomTries.pick(r, OTHERS) : "build");
        int n = r.nextInt(5);
        for (int i = 0; i < n; i++) {
            if (r.nextInt(8) == 0) {
                args.add(RandomTries.pick(r, OTHERS));
                continue;
            }
            String option = RandomTries.pick(r, OPTIONS);
            String value = RandomTries.pick(r, VALUES);
            if (r.nextBoolean()) args.add(option + "=" + value);
            else {
                args.add(option);
                if (r.nextInt(10) > 0) args.add(value);
            }
        }
        return args.toArray(String[]::new);
    }

    /** What picocli makes of the same command line, or empty where it refuses it or it is not a build. */
    private static Optional<Pipeline.Options> picocli(String[] args) {
        CommandLine line = new CommandLine(new Main(Registry.standard()));
        line.addSubcommand(BuildCommand.class);
        line.setCaseInsensitiveEnumValuesAllowed(true);
        try {
            CommandLine.ParseResult parsed = line.parseArgs(args);
            if (!parsed.hasSubcommand() || parsed.subcommand().isUsageHelpRequested() || parsed.subcommand().isVersionHelpRequested()) {
                return Optional.empty();
            }
            BuildCommand build = parsed.subcommand().commandSpec().commandLine().getCommand();
            return Optional.of(build.paths.options(org.handbook.output.BuildMode.BUILD, Registry.standard()));
        } catch (CommandLine.ParameterException e) {
            return Optional.empty();
        }
    }

    @Test
    void readsACommandLineAsPicocliDoesOrLeavesItToPicocli() {
        int[] read = {0};
        RandomTries.run("fast command line = picocli's", 2_000, r -> {
            String[] args = commandLine(r);
            Optional<Pipeline.Options> fast = UnchangedBuild.options(args);
            Optional<Pipeline.Options> full = picocli(args);
            if (fast.isEmpty()) return;
            read[0]++;
            assertTrue(full.isPresent(), () -> "read, but picocli refuses it: " + List.of(args));
            assertEquals(full.get().content(), fast.get().content(), () -> List.of(args).toString());
            assertEquals(full.get().out(), fast.get().out(), () -> List.of(args).toString());
            assertEquals(full.get().templates(), fast.get().templates(), () -> List.of(args).toString());
        });
        // the plain forms are read, so the fast path is taken at all
        assertTrue(read[0] > 100, "command lines read: " + read[0]);
        assertTrue(UnchangedBuild.options(new String[] {"build"}).isPresent());
        assertTrue(UnchangedBuild.options(new String[] {"build", "--out=public", "--content", "docs"}).isPresent());
    }

    private static String[] run(String[] args, boolean fast) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        String code;
        if (fast) {
            OptionalInt answer = UnchangedBuild.answer(args, o, e);
            code = answer.isPresent() ? String.valueOf(answer.getAsInt()) : "none";
        } else {
            PrintStream stdout = System.out;
            PrintStream stderr = System.err;
            System.setOut(o);
            System.setErr(e);
            try {
                code = String.valueOf(Main.execute(args));
            } finally {
                System.setOut(stdout);
                System.setErr(stderr);
            }
        }
        return new String[] {code, out.toString(StandardCharsets.UTF_8).replaceAll("in \\d+ ms", "in N ms"), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void answersOnlyAnUnchangedBuildAndAsTheFullBuildDoes(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Path out = dir.resolve("site");
        String[] args = {"build", "--content", content.toString(), "--out", out.toString(), "--templates", TestSites.TEMPLATES.toString()};
        assertEquals("none", run(args, true)[0], "no build yet: the full command line builds");
        assertFalse(Files.exists(out), "the fast path writes no site");
        assertEquals("0", run(args, false)[0]);

        String[] full = run(args, false);
        String[] fast = run(args, true);
        assertTrue(full[1].contains("nothing changed since the last build"), full[1]);
        assertEquals(List.of(full), List.of(fast), "the same exit code, summary and warnings");

        Map<String, byte[]> before = TestSites.snapshot(out);
        Path chapter;
        try (var s = Files.list(content.resolve("chapters"))) {
            chapter = s.sorted().findFirst().orElseThrow();
        }
        Files.writeString(chapter, Files.readString(chapter) + "\nOne more line.\n");
        assertEquals("none", run(args, true)[0], "a changed chapter is the full build's to rebuild");
        Map<String, byte[]> after = TestSites.snapshot(out);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));

        assertEquals("0", run(args, false)[0]);
        assertEquals("none", run(append(args, "--format", "json"), true)[0], "another problem format is picocli's to read");
        assertEquals("0", run(args, true)[0]);
    }

    @Test
    void aBuildWithOtherTypesIsNotTheLastOne(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Path out = dir.resolve("site");
        String[] args = {"build", "--content", content.toString(), "--out", out.toString(), "--templates", TestSites.TEMPLATES.toString()};
        assertEquals("0", run(args, false)[0]);
        Pipeline.Options standard = UnchangedBuild.options(args).orElseThrow();
        assertTrue(Pipeline.ifUnchanged(standard).isPresent(), "the same types: nothing to do");
        Pipeline.Options more = new Pipeline.Options(standard.content(), standard.templates(), out, BuildMode.BUILD, CaseStudies.registry());
        assertTrue(Pipeline.ifUnchanged(more).isEmpty(), "a type more: the build's record is not this build's");
    }

    private static String[] append(String[] args, String... more) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
