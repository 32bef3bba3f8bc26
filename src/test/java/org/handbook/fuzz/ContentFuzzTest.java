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
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.handbook.Pipeline;
import org.handbook.TestSites;
import org.handbook.output.BuildMode;
import org.handbook.problem.BuildFailed;
import org.handbook.problem.Problem;

/**
 * Mutated content through every loader, the Markdown checks, linking and every output in memory
 * (pages, PDFs, search, downloads), as {@code handbook check} runs them: whatever the bytes, a run ends in a site or in problems that each name a file, line and
 * column, never in an uncaught exception and never in a hang (each run is bounded). Tries per
 * property: jqwik's default from src/test/resources/junit-platform.properties, or
 * {@code -Djqwik.tries.default=N} (bench/fuzz-long.sh); figures go to target/fuzz-figures.txt.
 */
class ContentFuzzTest {
    /** The sample's content files, one of which each try mutates. */
    static final List<String> FILES = contentFiles();
    /** Longer than any honest run on a busy machine; a run past it is a hang. */
    static final Duration BOUND = Duration.ofSeconds(Long.getLong("handbook.fuzzBound", 60));

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

    @Provide
    static Arbitrary<Mutation> mutation() {
        Arbitrary<Double> where = Arbitraries.doubles().between(0, 1).ofScale(4);
        return Arbitraries.oneOf(
                Combinators.combine(where, Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(16)).as(Mutation.Insert::new),
                Combinators.combine(where, Arbitraries.of(Snippets.ALL)).as(Mutation.InsertText::new),
                Combinators.combine(where, Arbitraries.integers().between(1, 200)).as(Mutation.Delete::new),
                where.map(Mutation.Truncate::new),
                Combinators.combine(where, Arbitraries.integers().between(0, 7)).as(Mutation.FlipBit::new),
                Combinators.combine(where, Arbitraries.integers().between(0, 5)).as(Mutation.InvalidUtf8::new),
                Arbitraries.integers().between(0, 4).map(Mutation.LineEnds::new),
                Combinators.combine(Arbitraries.integers().between(0, Mutation.Hostile.KINDS - 1), Arbitraries.integers().between(1, 20))
                        .as(Mutation.Hostile::new));
    }

    @Provide
    static Arbitrary<TreeChange> treeChange() {
        return Arbitraries.oneOf(Arbitraries.of(".yml", ".yaml", ".md", ".markdown", ".md~").map(TreeChange.Copy::new),
                Arbitraries.just(new TreeChange.Remove()), Arbitraries.integers().between(0, 3).map(TreeChange.Link::new),
                Arbitraries.of(true, false).map(TreeChange.Special::new));
    }

    @Property(shrinking = net.jqwik.api.ShrinkingMode.BOUNDED)
    void mutatedFilesEndInASiteOrLocatedProblems(@ForAll("files") String file, @ForAll("mutations") List<Mutation> mutations) throws Exception {
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

    @Property(shrinking = net.jqwik.api.ShrinkingMode.BOUNDED)
    void changedFoldersEndInASiteOrLocatedProblems(@ForAll("files") String file, @ForAll("treeChange") TreeChange change) throws Exception {
        Path dir = Files.createTempDirectory("fuzz");
        try {
            Path content = TestSites.copySample(dir);
            change.apply(content, content.resolve(file));
            run(content, file + " " + change);
        } finally {
            delete(dir);
        }
    }

    /** Each hostile input, every run (the sampling above may miss one): in a Markdown file, and the YAML ones in a YAML file. */
    @Example
    void everyHostileInputEndsInASiteOrLocatedProblems() throws Exception {
        String md = "chapters/first.md";
        for (int kind = 0; kind < Mutation.Hostile.KINDS; kind++) mutatedFilesEndInASiteOrLocatedProblems(md, List.of(new Mutation.Hostile(kind, 20)));
        for (int kind = 0; kind < Mutation.Hostile.YAML_KINDS; kind++) {
            mutatedFilesEndInASiteOrLocatedProblems("checklists/gate.yaml", List.of(new Mutation.Hostile(kind, 20)));
        }
        for (int kind = 0; kind < Mutation.InvalidUtf8.KINDS.length; kind++) mutatedFilesEndInASiteOrLocatedProblems(md, List.of(new Mutation.InvalidUtf8(0.5, kind)));
        for (int kind = 0; kind < 5; kind++) mutatedFilesEndInASiteOrLocatedProblems(md, List.of(new Mutation.LineEnds(kind)));
    }

    @Provide
    static Arbitrary<String> files() {
        return Arbitraries.of(FILES);
    }

    @Provide
    static Arbitrary<List<Mutation>> mutations() {
        return mutation().list().ofMinSize(1).ofMaxSize(3);
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

    @AfterContainer
    static void figures() throws IOException {
        String line = String.format("fuzz: %d inputs tried, %d built, %d refused with located problems%n", TRIED.get(), BUILT.get(), REFUSED.get());
        System.out.print(line);
        Files.writeString(Path.of("target/fuzz-figures.txt"), line, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }
}
