package org.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.handbook.output.BuildMode;
import org.handbook.write.OutputFile;
import org.handbook.write.OutputLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dev server's rebuilds: the page a save changed first, in place; the PDFs and the search index after, in the background. */
class SessionTest {

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aSaveIsInThePageFirstAndInThePdfAfter(@TempDir Path dir) throws Exception {
        try (ServedSample served = ServedSample.start(dir)) {

            Path chapter = served.content().resolve("chapters/first.md");
            Files.writeString(chapter, Files.readString(chapter) + "\nA sentence added while writing.\n");
            Pipeline.Result r = Pipeline.run(served.options());
            assertTrue(Files.readString(served.out().resolve("chapters/first/index.html")).contains("A sentence added while writing."),
                    "the page is written before the build returns");
            assertFalse(r.files().stream().map(OutputFile::path).anyMatch(p -> p.endsWith(".pdf") || p.startsWith("search/") && !p.equals("search/index.html")),
                    "no PDF or search file holds the page up");
            assertEquals(1, r.rendered(), "the chapter alone: the one-page book is drawn with the slow outputs");

            served.session().awaitRefresh();
            assertTrue(pdfText(served.out().resolve("handbook.pdf")).contains("A sentence added while writing."), "then the book's PDF follows");
            assertTrue(Files.readString(served.out().resolve("print/part-1.html")).contains("A sentence added while writing."), "and the book to print");
        }
    }

    @Test
    void aChecklistSaveIsInItsPageFirstAndInItsDownloadsAfter(@TempDir Path dir) throws Exception {
        try (ServedSample served = ServedSample.start(dir)) {

            Path gate = served.content().resolve("checklists/gate.yaml");
            Files.writeString(gate, Files.readString(gate).replace("An owner signs the decision.", "An owner signs the decision twice."));
            Pipeline.Result r = Pipeline.run(served.options());
            assertTrue(Files.readString(served.out().resolve("checklists/gate/index.html")).contains("An owner signs the decision twice."),
                    "the page is written before the build returns");
            assertEquals(java.util.List.of(), r.files().stream().map(OutputFile::path).filter(p -> p.startsWith("checklists/gate/gate.") || p.startsWith("schemas/")).toList(),
                    "neither the downloads nor the schemas hold the open page up");

            served.session().awaitRefresh();
            assertTrue(Files.readString(served.out().resolve("checklists/gate/gate.md")).contains("An owner signs the decision twice."), "then the downloads follow");
            assertTrue(Files.readString(served.out().resolve("checklists/gate/gate.csv")).contains("An owner signs the decision twice."), "both of them");
        }
    }

    @Test
    void anUnchangedPageIsTakenFromMemoryAndPutBackIfTheSiteLostIt(@TempDir Path dir) throws Exception {
        try (ServedSample served = ServedSample.start(dir)) {
            Path playbook = served.out().resolve("playbooks/stale-bot/index.html");
            byte[] before = Files.readAllBytes(playbook);
            Files.delete(playbook);
            Path source = served.out().resolve("sources/index.html");
            Files.writeString(source, "not what the build wrote");

            Path chapter = served.content().resolve("chapters/first.md");
            Files.writeString(chapter, Files.readString(chapter) + "\nA sentence added while writing.\n");
            Pipeline.Result r = Pipeline.run(served.options());
            assertEquals(1, r.rendered(), "the chapter alone is rendered: the other pages' bytes are kept from the last build, not read back");
            assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(playbook)), "a page the site lost is written again, as it was");
            assertTrue(r.files().stream().filter(f -> f.path().equals("sources/index.html")).findFirst().map(f -> new String(f.bytes(), java.nio.charset.StandardCharsets.UTF_8)).orElseThrow().contains("<html"),
                    "the build's own copy of a page is what it gives, whatever the site holds");
        }
    }

    @Test
    void aBrokenRegisterOrValueFailsEverySaveUntilMended(@TempDir Path dir) throws Exception {
        try (ServedSample served = ServedSample.start(dir)) {
            Path sources = served.content().resolve("sources.yaml");
            Path values = served.content().resolve("values.yaml");
            String goodSources = Files.readString(sources);
            String goodValues = Files.readString(values);
            Files.writeString(sources, goodSources + "- id: hu2021lora\n  type: book\n  title: The same id again\n");
            Files.writeString(values, goodValues.replaceFirst("reviewed: [0-9-]+", "reviewed: 2026-02-30"));
            Path chapter = served.content().resolve("chapters/first.md");
            for (int save = 0; save < 2; save++) {
                // the second save changes only the chapter: the register and the values are taken from the session's memo
                Files.writeString(chapter, Files.readString(chapter) + "\nSave number " + save + ".\n");
                org.handbook.problem.BuildFailed failed = assertThrows(org.handbook.problem.BuildFailed.class, () -> Pipeline.run(served.options()));
                String problems = failed.problems().toString();
                assertTrue(problems.contains("duplicate source id 'hu2021lora'"), "save " + save + ": " + problems);
                assertTrue(failed.problems().stream().anyMatch(p -> p.position().path().endsWith("values.yaml")), "save " + save + ": " + problems);
            }
            Files.writeString(sources, goodSources);
            Files.writeString(values, goodValues);
            Pipeline.run(served.options());
            assertTrue(Files.readString(served.out().resolve("chapters/first/index.html")).contains("Save number 1."), "mended, the page shows the last save");
        }
    }

    @Test
    void aRefreshOvertakenByANewerSaveWritesNothing(@TempDir Path dir) throws Exception {
        try (ServedSample served = ServedSample.start(dir)) {
            Path chapter = served.content().resolve("chapters/first.md");
            String text = Files.readString(chapter);
            for (int i = 0; i < 3; i++) {
                Files.writeString(chapter, text + "\nSave number " + i + ".\n");
                Pipeline.run(served.options());
            }
            served.session().awaitRefresh();
            String book = pdfText(served.out().resolve("handbook.pdf"));
            assertTrue(book.contains("Save number 2."), "the last save's book");
            assertFalse(book.contains("Save number 1."), "not an older one written after it");
        }
    }

    @Test
    void aNewerBuildInterruptsTheRefreshItOvertook() throws Exception {
        try (Session session = new Session()) {
            CountDownLatch started = new CountDownLatch(1);
            CompletableFuture<String> ended = new CompletableFuture<>();
            session.refresh(session.begin(), "a PDF", () -> {
                started.countDown();
                try {
                    Thread.sleep(TimeUnit.MINUTES.toMillis(5));
                    ended.complete("ran to the end");
                } catch (InterruptedException e) {
                    ended.complete("interrupted");
                }
            });
            assertTrue(started.await(30, TimeUnit.SECONDS));
            session.begin();
            assertEquals("interrupted", ended.get(60, TimeUnit.SECONDS), "the overtaken refresh stops, leaving the machine to the newer build");
        }
    }

    @Test
    void aSaveWaitsForAnotherWriterOfTheSiteAndPatchesNoSiteItDidNotWrite(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Path out = dir.resolve("site");
        Path chapter = content.resolve("chapters/first.md");
        String text = Files.readString(chapter);
        ExecutorService saves = Executors.newSingleThreadExecutor();
        try (Session session = new Session()) {
            Pipeline.Options o = new Pipeline.Options(content, TestSites.TEMPLATES, out, BuildMode.SERVE).in(session);
            Pipeline.run(o);
            session.awaitRefresh();
            Future<Pipeline.Result> save;
            try (OutputLock other = OutputLock.acquire(out)) {
                Files.writeString(chapter, text + "\nWritten while another build held the site.\n");
                save = saves.submit(() -> Pipeline.run(o));
                Thread.sleep(1500);
                assertFalse(save.isDone(), "the save waits for the other writer");
                assertFalse(Files.readString(out.resolve("chapters/first/index.html")).contains("Written while another build"));
            }
            save.get(120, TimeUnit.SECONDS);
            assertTrue(Files.readString(out.resolve("chapters/first/index.html")).contains("Written while another build"), "then it writes");
            session.awaitRefresh();

            // another build replaces the site while a save waits: the save patches nothing and says so; the next save builds whole
            try (OutputLock other = OutputLock.acquire(out)) {
                Files.writeString(chapter, text + "\nA save that finds another site.\n");
                save = saves.submit(() -> Pipeline.run(o));
                Thread.sleep(1500);
                Path replaced = Files.move(out, dir.resolve("elsewhere"));
                TestSites.copyTree(replaced, out);
            }
            Future<Pipeline.Result> waiting = save;
            ExecutionException failed = assertThrows(ExecutionException.class, () -> waiting.get(120, TimeUnit.SECONDS));
            assertTrue(failed.getCause() instanceof IOException && failed.getCause().getMessage().contains("another build replaced the site"),
                    "the waiting save says why it wrote nothing: " + failed.getCause());
            assertFalse(Files.readString(out.resolve("chapters/first/index.html")).contains("A save that finds another site."),
                    "the other build's site is left as it was");
            Pipeline.run(o);
            assertTrue(Files.readString(out.resolve("chapters/first/index.html")).contains("A save that finds another site."),
                    "the next save builds the site whole");
        } finally {
            saves.shutdownNow();
        }
    }

    @Test
    void aTemplateChangeRendersEveryPageAgainAndParsesNoText(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Path templates = dir.resolve("templates");
        TestSites.copyTree(TestSites.TEMPLATES, templates);
        Path out = dir.resolve("site");
        try (Session session = new Session()) {
            Pipeline.Options o = new Pipeline.Options(content, templates, out, BuildMode.SERVE).in(session);
            Pipeline.Result first = Pipeline.run(o);
            session.awaitRefresh();
            assertTrue(session.texts.madeLastBuild() > 0, "the first build parses every text");

            Path layout = templates.resolve("layout.ftlh");
            Files.writeString(layout, Files.readString(layout).replace("</body>", "<p>A footer line from the template.</p></body>"));
            Pipeline.Result r = Pipeline.run(o);
            assertEquals(0, session.texts.madeLastBuild(), "no text parsed again");
            assertEquals(0, session.files.madeLastBuild(), "no file loaded again");
            assertTrue(Files.readString(out.resolve("chapters/first/index.html")).contains("A footer line from the template."),
                    "the page is written before the build returns");
            session.awaitRefresh();
            java.util.List<String> without;
            try (var files = Files.walk(out)) {
                without = files.filter(f -> f.toString().endsWith(".html")).filter(f -> {
                    try {
                        return !Files.readString(f).contains("A footer line from the template.");
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).map(Path::toString).toList();
            }
            assertEquals(java.util.List.of(), without, "every page rendered again, the print pages with the slow outputs");
            long print;
            try (var files = Files.list(out.resolve("print"))) {
                print = files.filter(f -> f.toString().endsWith(".html")).count();
            }
            assertEquals(first.pages(), r.rendered() + 1 + print,
                    "before the build returns, every page counted but the print pages (the 404 page is drawn every build, uncounted)");
        }
    }
}
