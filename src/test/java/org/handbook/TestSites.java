package org.handbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.handbook.cli.Main;
import org.handbook.output.BuildMode;

/** Test helpers: copies of the sample content, the built sites the site checks share, and snapshots of an output folder. */
public final class TestSites {
    public static final Path SAMPLE = Path.of("src/test/resources/sample");
    public static final Path TEMPLATES = Path.of("templates");
    public static final Path CONTENT = Path.of("content");
    /** The sample handbook for another decision that README tells a new handbook to start from. */
    public static final Path EXAMPLE = Path.of("examples/build-or-buy");
    /** The built sites the site checks run over, by name. */
    public static final List<String> SITES = List.of("sample", "handbook", "build-or-buy");

    private TestSites() {
    }

    /** A fresh copy of the sample content under {@code dir}/content. */
    public static Path copySample(Path dir) {
        Path target = dir.resolve("content");
        copyTree(SAMPLE, target);
        return target;
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a folder and everything in it, if it is there. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    public static Pipeline.Result build(Path content, Path out) throws Exception {
        return Pipeline.run(new Pipeline.Options(content, TEMPLATES, out, BuildMode.BUILD));
    }

    /**
     * The command line in a JVM of its own, as a user runs it (default thread stacks, not the test
     * JVM's), its output to {@code log}.
     */
    public static Process handbook(Path log, String... args) throws IOException {
        return new ProcessBuilder(command(args)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** The command that runs the command line with {@code args} in a JVM of its own. */
    public static java.util.List<String> command(String... args) {
        java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "org.handbook.cli.Start"));
        cmd.addAll(java.util.Arrays.asList(args));
        return cmd;
    }

    /** How many things of {@code kind} ("text", "file", "card"...) the build made, not taking them from the build cache. */
    public static int made(Pipeline.Result r, String kind) {
        return r.cache().made().getOrDefault(kind, 0);
    }

    /** How many things of {@code kind} the build took from the build cache. */
    public static int reused(Pipeline.Result r, String kind) {
        return r.cache().reused().getOrDefault(kind, 0);
    }

    /** Every file under a folder with its bytes, by relative path. */
    public static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.exists(dir)) return files;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }

    /** Holds the folder {@code actual} to hold the same files, byte for byte, as {@code expected}. */
    public static void assertSameFiles(Path expected, Path actual) throws IOException {
        Map<String, byte[]> a = snapshot(actual);
        Map<String, byte[]> b = snapshot(expected);
        org.junit.jupiter.api.Assertions.assertFalse(b.isEmpty(), expected + " holds files");
        org.junit.jupiter.api.Assertions.assertEquals(b.keySet(), a.keySet());
        b.forEach((path, bytes) -> org.junit.jupiter.api.Assertions.assertArrayEquals(bytes, a.get(path), path));
    }

    /** Holds the site {@code out}, a rebuild, to be the site a clean build of {@code content} makes in {@code clean}. */
    public static void assertSameAsClean(Path content, Path out, Path clean) throws Exception {
        build(content, clean);
        assertSameFiles(clean, out);
    }

    /** The file in which the build cache beside {@code out} keeps the state named {@code name} for it. */
    public static Path keptState(Path out, String name) throws IOException {
        try (Stream<Path> s = Files.walk(org.handbook.cache.BuildCache.folder(out).resolve("outputs"))) {
            return s.filter(p -> p.getFileName().toString().equals(name)).findFirst().orElseThrow();
        }
    }

    /** The built sample site, made once per test run and shared by read-only tests. */
    public static synchronized Path sampleSite() throws Exception {
        return builtOnce(SAMPLE, Path.of("target/test-sites/sample"));
    }

    /** The built bundled handbook, made once per test run and shared by read-only tests. */
    public static synchronized Path handbookSite() throws Exception {
        return builtOnce(CONTENT, Path.of("target/test-sites/handbook"));
    }

    /**
     * The example handbook, built once per test run as README says to build it: with the command
     * line's {@code build --content examples/build-or-buy --out DIR}.
     */
    public static synchronized Path exampleSite() throws Exception {
        Path out = Path.of("target/test-sites/build-or-buy");
        if (BUILT.add(out)) {
            int code = Main.execute("build", "--content", EXAMPLE.toString(), "--out", out.toString());
            if (code != 0) throw new IllegalStateException("build --content " + EXAMPLE + " exited with " + code);
        }
        return out;
    }

    /** A built site by its name in {@link #SITES}. */
    public static Path site(String name) throws Exception {
        return switch (name) {
            case "sample" -> sampleSite();
            case "handbook" -> handbookSite();
            case "build-or-buy" -> exampleSite();
            default -> throw new IllegalArgumentException("no site " + name);
        };
    }

    /**
     * One page of each kind a built site has: home, 404, search, print and its first part, and for each folder its
     * index page and its first item's page.
     */
    public static List<String> pagesOfEachKind(Path site) throws IOException {
        List<String> out = new java.util.ArrayList<>();
        for (String page : List.of("index.html", "404.html", "search/index.html", "print/index.html", "print/part-1.html")) {
            if (Files.isRegularFile(site.resolve(page))) out.add(page);
        }
        for (String folder : List.of("chapters", "playbooks", "techniques", "glossary", "checklists", "flowcharts", "sources")) {
            Path dir = site.resolve(folder);
            if (Files.isRegularFile(dir.resolve("index.html"))) out.add(folder + "/index.html");
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> items = Files.list(dir)) {
                items.filter(p -> Files.isRegularFile(p.resolve("index.html"))).map(p -> p.getFileName().toString()).sorted()
                        .findFirst().ifPresent(id -> out.add(folder + "/" + id + "/index.html"));
            }
        }
        return out;
    }

    private static final java.util.Set<Path> BUILT = new java.util.HashSet<>();

    /**
     * Builds {@code out} the first time a run asks for it, over the site an earlier run left there:
     * what is unchanged is reused, and changed code or content is built afresh, not tested stale.
     */
    private static Path builtOnce(Path content, Path out) throws Exception {
        if (BUILT.add(out)) build(content, out);
        return out;
    }
}
