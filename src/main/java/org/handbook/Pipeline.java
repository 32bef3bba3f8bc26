package org.handbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.handbook.check.ContentChecks;
import org.handbook.checklist.ChecklistExports;
import org.handbook.link.Library;
import org.handbook.load.ContentLoader;
import org.handbook.load.SchemaCheck;
import org.handbook.markdown.ParsedContent;
import org.handbook.model.Content;
import org.handbook.problem.BuildFailed;
import org.handbook.problem.Problem;
import org.handbook.problem.Problems;
import org.handbook.problem.Severity;
import org.handbook.render.Assets;
import org.handbook.render.Fingerprints;
import org.handbook.render.PdfDocuments;
import org.handbook.render.RenderCache;
import org.handbook.render.SiteRenderer;
import org.handbook.render.Templates;
import org.handbook.search.RecordExtractor;
import org.handbook.search.SearchAnalysis;
import org.handbook.search.SearchExport;
import org.handbook.search.SearchRecord;
import org.handbook.search.TermScores;
import org.handbook.write.OutputFile;
import org.handbook.write.SiteWriter;

/**
 * The whole build in one readable method: load, parse, check, link, render, write. Each step is
 * timed; any error stops the build before anything is written.
 */
public final class Pipeline {

    /** Where to read from and write to. */
    public record Options(Path content, Path templates, Path out, boolean liveReload) {
    }

    /** What a successful build produced; {@code totalMillis} is wall time (some steps overlap). */
    public record Result(List<OutputFile> files, List<Problem> warnings, Map<String, Long> millis, int pages, int rendered,
                         String baseUrl, long totalMillis) {
    }

    private final Map<String, Long> millis = java.util.Collections.synchronizedMap(new LinkedHashMap<>());

    private Pipeline() {
    }

    /** Builds the site in memory and, when {@code write} is set, swaps it into the output. */
    public static Result run(Options o, boolean write) throws BuildFailed, IOException {
        return new Pipeline().build(o, write);
    }

    /** The checked, linked content alone, for commands that read it without building pages. */
    public static Library library(Path content) throws BuildFailed {
        return new Pipeline().link(content, new Problems());
    }

    private Library link(Path dir, Problems problems) throws BuildFailed {
        Content content = timed("load", () -> new ContentLoader(dir, problems).load());
        ParsedContent parsed = timed("parse", () -> ParsedContent.parse(content));
        timed("check", () -> {
            ContentChecks.run(content, parsed, problems);
            return null;
        });
        if (problems.hasErrors() || content.config() == null) throw new BuildFailed(problems.sorted());
        return timed("link", () -> Library.build(content, parsed, problems));
    }

    private Result build(Options o, boolean write) throws BuildFailed, IOException {
        long start = System.nanoTime();
        Problems problems = new Problems();
        Library library = link(o.content(), problems);
        List<OutputFile> files = new ArrayList<>();
        RenderCache cache = write ? RenderCache.open(o.out()) : RenderCache.none();
        SiteRenderer renderer;
        try (SiteWriter writer = write ? SiteWriter.begin(o.out()) : null) {
            Templates templates = new Templates(o.templates());
            Assets assets = new Assets(o.templates());
            String fingerprint = timed("fingerprint", () -> Fingerprints.site(o.templates(), library, o.liveReload()));
            renderer = new SiteRenderer(library, templates, assets, o.liveReload(), cache, fingerprint);
            // the PDFs take longest: they start now and the rest of the build runs beside them
            // (on a failed build they finish unused on their daemon threads)
            CompletableFuture<List<OutputFile>> pdfs = write
                    ? timedAsync("pdf", new PdfDocuments(library, templates, renderer, cache, o.templates(), o.liveReload()).start())
                    : CompletableFuture.completedFuture(List.of());
            files.addAll(timed("render", renderer::render));
            files.addAll(assets.files());
            files.addAll(timed("downloads", () -> ChecklistExports.files(library)));
            for (String name : SchemaCheck.NAMES) files.add(new OutputFile("schemas/" + name + ".schema.json", SchemaCheck.resource(name)));
            if (write) {
                files.addAll(timed("index", () -> searchIndex(library, cache)));
                // the pages go into the new site while the PDFs are still being made
                timedWrite(() -> writer.add(files));
                List<OutputFile> made = joined(pdfs);
                files.addAll(made);
                timedWrite(() -> {
                    writer.add(made);
                    writer.commit();
                    cache.save();
                });
            }
        } catch (Templates.TemplateProblem e) {
            problems.add(e.problem());
            throw new BuildFailed(problems.sorted());
        }
        int pages = (int) files.stream().filter(f -> f.path().endsWith(".html")).count();
        List<Problem> warnings = problems.sorted().stream().filter(p -> p.severity() == Severity.WARNING).toList();
        return new Result(List.copyOf(files), warnings, Map.copyOf(millis), pages, renderer.renderedPages(),
                library.config().baseUrl(), (System.nanoTime() - start) / 1_000_000);
    }

    /** The search index, or the last build's when no record changed. */
    private static List<OutputFile> searchIndex(Library library, RenderCache cache) {
        List<SearchRecord> records = RecordExtractor.extract(library);
        try (SearchAnalysis analysis = new SearchAnalysis(library)) {
            return cache.reuseFolder("search/", "search/", SearchExport.fingerprint(records, analysis), SearchExport::exported)
                    .orElseGet(() -> SearchExport.export(new TermScores(records, analysis, SearchExport.SCALE)));
        }
    }

    /** {@code work}, timed from now until it completes. */
    private <T> CompletableFuture<T> timedAsync(String step, CompletableFuture<T> work) {
        long t = System.nanoTime();
        return work.whenComplete((r, e) -> millis.merge(step, (System.nanoTime() - t) / 1_000_000, Long::sum));
    }

    /** The result of work run beside the main steps, with its template problems reported as such. */
    private static <T> T joined(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    /** Writing that may fail, timed as part of the write step (which the wait for the PDFs splits in two). */
    private void timedWrite(Write work) throws IOException {
        long t = System.nanoTime();
        try {
            work.run();
        } finally {
            millis.merge("write", (System.nanoTime() - t) / 1_000_000, Long::sum);
        }
    }

    private interface Write {
        void run() throws IOException;
    }

    private <T> T timed(String step, Supplier<T> work) {
        long t = System.nanoTime();
        try {
            return work.get();
        } finally {
            millis.merge(step, (System.nanoTime() - t) / 1_000_000, Long::sum);
        }
    }
}
