package org.handbook.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.handbook.Pipeline;
import org.handbook.RandomTries;
import org.handbook.TestSites;
import org.handbook.output.BuildMode;
import org.handbook.problem.BuildFailed;
import org.handbook.problem.Problem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Mutated content through every loader, the Markdown checks, linking and every output in memory
 * (pages, PDFs, search, downloads), as {@code handbook check} runs them: whatever the bytes, a
 * run ends in a site or in problems that each name a file, line and column, never in an uncaught exception and never in a hang (each run is bounded). Tries per
 * property: {@value #TRIES} in {@code mvn verify}, {@code -Dhandbook.tries=N} for more
 * (bench/fuzz-long.sh); a failure names its seed ({@link RandomTries}); figures go to
 * target/fuzz-figures.txt.
 */
class ContentFuzzTest {
    /** The sample's content files, one of which each try mutates. */
    static final List<String> FILES = contentFiles();
    /** Longer than any honest run on a machine at a load of 30 (the 1000-row table of links took 185 s there); a run past it is a hang. */
    static final Duration BOUND = Duration.ofSeconds(Long.getLong("handbook.fuzzBound", 300));
    /** Tries per property in {@code mvn verify}: a few minutes on a busy machine. */
    static final int TRIES = 20;

    private static final ExecutorService RUNNER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fuzz-run");
        t.setDaemon(true);
        return t;
    });
    private static final AtomicLong TRIED = new AtomicLong();
    private static final AtomicLong BUILT = new AtomicLong();
    private static final AtomicLong REFUSED = new AtomicLong();

    private static List<String> contentFiles() {
        try (Stream<Path> s = Files.walk(TestSites.SAMPLE)) {
            return s.filter(Files::isRegularFile).map(p -> TestSites.SAMPLE.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A mutation of a file's bytes; a position is now and then the very start or end, where parsers slip. */
    static Mutation mutation(RandomGenerator r) {
        double where = switch (r.nextInt(8)) {
            case 0 -> 0;
            case 1 -> 1;
            default -> Math.round(r.nextDouble() * 10_000) / 10_000.0;
        };
        return switch (r.nextInt(8)) {
            case 0 -> {
                byte[] bytes = new byte[1 + r.nextInt(16)];
                r.nextBytes(bytes);
                yield new Mutation.Insert(where, bytes);
            }
            case 1 -> new Mutation.InsertText(where, RandomTries.pick(r, Snippets.ALL));
            case 2 -> new Mutation.Delete(where, 1 + r.nextInt(200));
            case 3 -> new Mutation.Truncate(where);
            case 4 -> new Mutation.FlipBit(where, r.nextInt(8));
            case 5 -> new Mutation.InvalidUtf8(where, r.nextInt(Mutation.InvalidUtf8.KINDS.length));
            case 6 -> new Mutation.LineEnds(r.nextInt(5));
            default -> new Mutation.Hostile(r.nextInt(Mutation.Hostile.KINDS), 1 + r.nextInt(20));
        };
    }

    /** One to three mutations, applied in turn. */
    static List<Mutation> mutations(RandomGenerator r) {
        return Stream.generate(() -> mutation(r)).limit(1 + r.nextInt(3)).toList();
    }

    /** A change to the content folder around a file. */
    static TreeChange treeChange(RandomGenerator r) {
        return switch (r.nextInt(4)) {
            case 0 -> new TreeChange.Copy(RandomTries.pick(r, List.of(".yml", ".yaml", ".md", ".markdown", ".md~")));
            case 1 -> new TreeChange.Remove();
            case 2 -> new TreeChange.Link(r.nextInt(4));
            default -> new TreeChange.Special(r.nextBoolean());
        };
    }

    @Test
    void mutatedFilesEndInASiteOrLocatedProblems() {
        RandomTries.run("mutated files", TRIES, r -> mutated(RandomTries.pick(r, FILES), mutations(r)));
    }

    @Test
    void changedFoldersEndInASiteOrLocatedProblems() {
        RandomTries.run("changed folders", TRIES, r -> changed(RandomTries.pick(r, FILES), treeChange(r)));
    }

    /** Each hostile input, every run (the sampling above may miss one): in a Markdown file, and the YAML ones in a YAML file. */
    @Test
    void everyHostileInputEndsInASiteOrLocatedProblems() throws Exception {
        String md = "chapters/first.md";
        for (int kind = 0; kind < Mutation.Hostile.KINDS; kind++) mutated(md, List.of(new Mutation.Hostile(kind, 20)));
        for (int kind = 0; kind < Mutation.Hostile.YAML_KINDS; kind++) mutated("checklists/gate.yaml", List.of(new Mutation.Hostile(kind, 20)));
        for (int kind = 0; kind < Mutation.InvalidUtf8.KINDS.length; kind++) mutated(md, List.of(new Mutation.InvalidUtf8(0.5, kind)));
        for (int kind = 0; kind < 5; kind++) mutated(md, List.of(new Mutation.LineEnds(kind)));
    }

    /** {@code file} of a copy of the sample, changed by {@code mutations}, through check. */
    static void mutated(String file, List<Mutation> mutations) throws Exception {
        Path dir = Files.createTempDirectory("fuzz");
        try {
            Path content = TestSites.copySample(dir);
            Path f = content.resolve(file);
            byte[] bytes = Files.readAllBytes(f);
            for (Mutation m : mutations) bytes = m.apply(bytes);
            Files.write(f, bytes);
            run(content, file + " " + mutations);
        } finally {
            delete(dir);
        }
    }

    /** A copy of the sample with {@code change} made around {@code file}, through check. */
    static void changed(String file, TreeChange change) throws Exception {
        Path dir = Files.createTempDirectory("fuzz");
        try {
            Path content = TestSites.copySample(dir);
            change.apply(content, content.resolve(file));
            run(content, file + " " + change);
        } finally {
            delete(dir);
        }
    }

    /** Runs {@code handbook check}'s build on the content, within {@link #BOUND}. */
    static void run(Path content, String what) throws Exception {
        TRIED.incrementAndGet();
        Future<?> run = RUNNER.submit(() -> {
            try {
                Pipeline.run(new Pipeline.Options(content, TestSites.TEMPLATES, content.resolveSibling("site"), BuildMode.CHECK));
                BUILT.incrementAndGet();
            } catch (BuildFailed e) {
                REFUSED.incrementAndGet();
                assertLocated(e.problems(), content, what);
            }
            return null;
        });
        try {
            run.get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            run.cancel(true);
            throw new AssertionError("no result within " + BOUND.toSeconds() + " s (a hang): " + what);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AssertionError a) throw a;
            throw new AssertionError("uncaught " + e.getCause() + " for " + what, e.getCause());
        }
    }

    /** Every problem names a file of the content (or the folder itself), a line and a column, and says something. */
    static void assertLocated(List<Problem> problems, Path content, String what) {
        assertTrue(!problems.isEmpty(), "a failed build without problems: " + what);
        String root = content.toAbsolutePath().normalize().toString();
        for (Problem p : problems) {
            assertTrue(p.position().path().startsWith(root) && p.position().line() >= 1 && p.position().column() >= 1
                    && p.message() != null && !p.message().isBlank(), "not located: " + p.format() + " for " + what);
        }
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    @AfterAll
    static void figures() throws IOException {
        String line = String.format("fuzz: %d inputs tried, %d built, %d refused with located problems%n", TRIED.get(), BUILT.get(), REFUSED.get());
        System.out.print(line);
        Files.writeString(Path.of("target/fuzz-figures.txt"), line, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }
}
