package org.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.handbook.EventStream;
import org.handbook.Pipeline;
import org.handbook.TestSites;
import org.handbook.output.BuildMode;
import org.handbook.serve.DevSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code handbook serve} end to end: a save, through the watcher and the build, to the open page's reload or overlay. */
class ServeTest {

    private static ServeCommand serve(Path dir) {
        ServeCommand cmd = new ServeCommand();
        cmd.main = new Main(org.handbook.types.Registry.standard());
        cmd.paths = new PathOptions();
        cmd.paths.content = TestSites.copySample(dir);
        cmd.paths.templates = dir.resolve("templates");
        cmd.paths.out = dir.resolve("site");
        TestSites.copyTree(TestSites.TEMPLATES, cmd.paths.templates);
        return cmd;
    }

    @Test
    void aSaveReloadsTheOpenPagesOrShowsThemWhatFailedAndTheServerGoesOn(@TempDir Path dir) throws Exception {
        ServeCommand cmd = serve(dir);
        Path chapter = cmd.paths.content.resolve("chapters/first.md");
        String text = Files.readString(chapter);
        Path css = cmd.paths.templates.resolve("pdf/pdf.css");
        String pdfCss = Files.readString(css);
        try (DevSession session = cmd.session(0); EventStream page = new EventStream(session.port())) {
            Files.writeString(chapter, text.replace("title: The First Chapter", "title: The Very First Chapter"));
            page.await("event: reload");
            assertTrue(Files.readString(cmd.paths.out.resolve("chapters/first/index.html")).contains("The Very First Chapter"));

            Files.writeString(chapter, text.replace("title: The First Chapter", "title: [The First Chapter"));
            assertTrue(page.await("event: problems").contains("chapters/first.md:3:8: error: malformed YAML"));

            // not a content problem: a template file gone, which used to end the watcher's thread for good
            Files.writeString(chapter, text);
            Files.delete(css);
            String shown = page.await("event: problems");
            assertTrue(shown.contains("data: error: cannot read or write ") && shown.contains("pdf.css (no such file)"), shown);

            Files.writeString(css, pdfCss);
            page.await("event: reload");
            assertTrue(Files.readString(cmd.paths.out.resolve("chapters/first/index.html")).contains("The First Chapter"));
        }
    }

    @Test
    void editorsSavePatternsEndInTheSiteACleanBuildMakes(@TempDir Path dir) throws Exception {
        ServeCommand cmd = serve(dir);
        Path content = cmd.paths.content;
        try (DevSession session = cmd.session(0)) {
            // a "safe write": the new text in a temporary file, the old file renamed away, the new one renamed in
            Path first = content.resolve("chapters/first.md");
            Path tmp = content.resolve("chapters/first.md___jb_tmp___");
            Files.writeString(tmp, Files.readString(first).replace("It nudges behavior.", "It nudges behavior, safely written."));
            Files.move(first, content.resolve("chapters/first.md___jb_old___"));
            Files.move(tmp, first, StandardCopyOption.ATOMIC_MOVE);
            Files.delete(content.resolve("chapters/first.md___jb_old___"));
            // a folder deleted and made again (a branch switch)
            Path techniques = content.resolve("techniques");
            Map<Path, byte[]> saved = new TreeMap<>();
            try (var s = Files.list(techniques)) {
                for (Path p : s.toList()) saved.put(p.getFileName(), Files.readAllBytes(p));
            }
            try (var s = Files.list(techniques)) {
                for (Path p : s.toList()) Files.delete(p);
            }
            Files.delete(techniques);
            Thread.sleep(300);
            Files.createDirectories(techniques);
            for (var e : saved.entrySet()) Files.write(techniques.resolve(e.getKey()), e.getValue());
            // a hundred saves in a second
            Path second = content.resolve("chapters/second.md");
            String text = Files.readString(second);
            for (int i = 0; i < 100; i++) {
                Files.writeString(second, text.replace("A decision tree beats a hunch.", "A decision tree beats a hunch, save " + i + "."));
                Thread.sleep(10);
            }

            Path clean = dir.resolve("clean");
            Pipeline.run(new Pipeline.Options(content, cmd.paths.templates, clean, BuildMode.SERVE));
            Map<String, byte[]> expected = pages(clean);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            Map<String, byte[]> served = pages(cmd.paths.out);
            while (!same(served, expected) && System.nanoTime() < deadline) {
                Thread.sleep(200);
                served = pages(cmd.paths.out);
            }
            assertEquals(expected.keySet(), served.keySet());
            Map<String, byte[]> got = served;
            assertEquals(List.of(), expected.keySet().stream().filter(k -> !java.util.Arrays.equals(expected.get(k), got.get(k))).toList(),
                    "the served site is what a clean build of the same content makes; these differ");
            assertTrue(new String(served.get("chapters/second/index.html"), java.nio.charset.StandardCharsets.UTF_8).contains("save 99."));
        }
    }

    /**
     * The site without what its slow outputs make (PDFs, the EPUB, the offline zip that holds them,
     * preview images), which serve carries over out of date on purpose and the next build re-makes.
     */
    private static Map<String, byte[]> pages(Path site) throws Exception {
        Map<String, byte[]> all;
        try {
            all = new TreeMap<>(TestSites.snapshot(site));
        } catch (java.io.UncheckedIOException | java.nio.file.NoSuchFileException e) {
            return Map.of(); // the server is writing (a patch file came and went): not a site yet, look again
        }
        all.keySet().removeIf(p -> p.endsWith(".pdf") || p.endsWith(".epub") || p.endsWith(".zip") || p.endsWith(".png"));
        return all;
    }

    private static boolean same(Map<String, byte[]> a, Map<String, byte[]> b) {
        return a.keySet().equals(b.keySet()) && a.entrySet().stream().allMatch(e -> java.util.Arrays.equals(e.getValue(), b.get(e.getKey())));
    }
}
