package org.handbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.handbook.cache.BuildCache;
import org.handbook.cache.BuildDay;
import org.handbook.cache.Keeps;
import org.handbook.cache.LastBuild;
import org.handbook.cache.Memo;
import org.handbook.cache.Reads;
import org.handbook.check.ContentChecks;
import org.handbook.checklist.ChecklistExports;
import org.handbook.link.Library;
import org.handbook.load.Content;
import org.handbook.epub.EpubOutput;
import org.handbook.load.ContentLoader;
import org.handbook.load.KnownTexts;
import org.handbook.load.LoadCache;
import org.handbook.markdown.ParsedContent;
import org.handbook.markdown.TextFactsCache;
import org.handbook.offline.OfflineOutput;
import org.handbook.output.AssetsOutput;
import org.handbook.output.BuildContext;
import org.handbook.output.BuildMode;
import org.handbook.output.Output;
import org.handbook.output.PagesOutput;
import org.handbook.output.PrintPageOutput;
import org.handbook.output.SchemasOutput;
import org.handbook.pdf.PdfOutput;
import org.handbook.problem.BuildFailed;
import org.handbook.problem.Problem;
import org.handbook.problem.Problems;
import org.handbook.problem.Severity;
import org.handbook.render.Assets;
import org.handbook.render.Fingerprints;
import org.handbook.render.PageTraces;
import org.handbook.render.RenderCache;
import org.handbook.render.SiteRenderer;
import org.handbook.render.Templates;
import org.handbook.search.SearchOutput;
import org.handbook.share.PreviewCardsOutput;
import org.handbook.types.Registry;
import org.handbook.write.OutputFile;
import org.handbook.write.SiteWriter;
import org.handbook.write.Spool;

/**
 * The build: load, parse, check and link the content, then make every {@link Output} on one
 * pool this build owns, each timed, writing each output's files as it finishes, and swap the new
 * site in. Any error stops the build before the site changes, and cancels the outputs still to run.
 */
public final class Pipeline {

    /**
     * Where to read from and write to, what the build is for, the content types it knows, and the
     * warm state it may take unchanged work from (null: none, a build that runs once).
     */
    public record Options(Path content, Path templates, Path out, BuildMode mode, Registry types, Session session) {
        public Options(Path content, Path templates, Path out, BuildMode mode, Registry types) {
            this(content, templates, out, mode, types, null);
        }

        public Options(Path content, Path templates, Path out, BuildMode mode) {
            this(content, templates, out, mode, Registry.standard());
        }

        /** The same build, keeping its work in {@code s} for the next. */
        public Options in(Session s) {
            return new Options(content, templates, out, mode, types, s);
        }

        /** Whether a dev server builds: it writes a rebuild's pages first, the slow outputs after, and always builds once. */
        boolean serving() {
            return session != null && session.serves();
        }
    }

    /**
     * What a successful build produced; {@code totalMillis} is wall time (outputs overlap).
     * {@code unchanged}: nothing it reads changed since the last build into the same folder, so it
     * made nothing ({@code files} is empty) and repeats that build's warnings and counts.
     */
    public record Result(List<OutputFile> files, List<Problem> warnings, Map<String, Long> millis, int pages, int rendered,
                         String baseUrl, long totalMillis, BuildCache.Stats cache, boolean unchanged) {
    }

    /** The outputs of a build, the longest first so it starts first. */
    static List<Output> outputs() {
        return List.of(new PdfOutput(), new EpubOutput(), new PagesOutput(), new PrintPageOutput(), new SearchOutput(), new ChecklistExports(),
                new SchemasOutput(), new AssetsOutput(), new PreviewCardsOutput(), new OfflineOutput());
    }

    private final Map<String, Long> millis = Collections.synchronizedMap(new LinkedHashMap<>());
    /** The steps' times so far. */
    Map<String, Long> millis() {
        return Map.copyOf(millis);
    }

    /** Each output's files, for the dev server, which writes the slow ones after the pages (kept only when serving). */
    private final Map<Output, List<OutputFile>> made = new java.util.concurrent.ConcurrentHashMap<>();
    private boolean serving;

    Pipeline() {
    }

    /** Builds the site; under {@link BuildMode#CHECK} in memory only. */
    public static Result run(Options o) throws BuildFailed, IOException {
        return new Pipeline().build(o);
    }

    /** The checked, linked content alone, for commands that read it without building pages. */
    public static Library library(Path content) throws BuildFailed {
        return library(content, Registry.standard());
    }

    /** The checked, linked content of a handbook with these content types. */
    public static Library library(Path content, Registry types) throws BuildFailed {
        Problems problems = new Problems();
        return new Pipeline().link(content, types, problems, null, LoadCache.none(), KnownTexts.none(), TextFactsCache.none(), w -> w.run(problems));
    }

    /** Loads, parses, checks and links; the checks that can only warn go to {@code warningsOnly}, to run now or later. */
    private Library link(Path dir, Registry types, Problems problems, Session session, LoadCache loads, KnownTexts known, TextFactsCache facts,
                         Consumer<ContentChecks.WarningsOnly> warningsOnly) throws BuildFailed {
        Content content = timed("load", () -> new ContentLoader(dir, types, problems, session == null ? Memo.none() : session.files, loads, known).load());
        ParsedContent parsed = timed("parse", () -> ParsedContent.parse(content, session == null ? Memo.none() : session.texts, facts));
        timed("check", () -> {
            warningsOnly.accept(ContentChecks.allButWarnings(content, parsed, problems, BuildDay.today(), session == null ? ContentChecks.Kept.none() : session.checks));
            return null;
        });
        if (problems.hasErrors() || content.config() == null) throw new BuildFailed(problems.sorted());
        return timed("link", () -> Library.build(content, parsed, problems, session == null ? Library.Memos.none() : session.links));
    }

    /**
     * The result of a build with nothing to do (no file it reads changed since the last build into
     * the same, untouched folder), or empty when {@code o} has work to do; writes nothing but the
     * repair of a killed build. What {@code build} tries first, before setting up its command line.
     */
    public static Optional<Result> ifUnchanged(Options o) throws IOException {
        if (!o.mode().writes() || o.serving()) return Optional.empty();
        Pipeline p = new Pipeline();
        long start = System.nanoTime();
        SiteWriter.repair(o.out());
        // the site's shape is walked beside opening the cache and scanning the inputs: each reads thousands of entries
        java.util.concurrent.CompletableFuture<String> shape = java.util.concurrent.CompletableFuture.supplyAsync(() -> LastBuild.shape(o.out()));
        BuildCache kept = BuildCache.open(o.out(), true);
        // a first build would scan its files twice, here and in the build
        if (!LastBuild.recorded(kept, o.out())) return Optional.empty();
        return p.timed("scan", () -> Inputs.unchanged(o, kept)).flatMap(scan -> p.unchanged(o, kept, scan, start, shape::join));
    }

    private BuildCache open(Options o) throws IOException {
        // what a killed build left is repaired first, also when nothing changed since the last good build
        if (o.mode().writes()) SiteWriter.repair(o.out());
        return BuildCache.open(o.out(), o.mode().writes());
    }

    private Optional<Result> unchanged(Options o, BuildCache kept, LastBuild.Scan scan, long start, Supplier<String> shape) {
        // a dev server's session builds once whatever the last build left, so it knows what it wrote
        if (scan == null || o.serving()) return Optional.empty();
        return LastBuild.unchanged(kept, o.out(), scan, shape).map(b -> new Result(List.of(), b.warnings(), Map.copyOf(millis), b.pages(), 0,
                b.baseUrl(), (System.nanoTime() - start) / 1_000_000, kept.stats(), true));
    }

    private Result build(Options o) throws BuildFailed, IOException {
        long start = System.nanoTime();
        serving = o.serving();
        if (o.session() != null && !o.serving()) o.session().awaitLastBuild();
        BuildCache kept = open(o);
        Inputs inputs = o.mode().writes() ? timed("scan", () -> Inputs.scan(o, kept)) : null;
        Optional<Result> unchanged = unchanged(o, kept, inputs == null ? null : inputs.scan(), start, () -> LastBuild.shape(o.out()));
        if (unchanged.isPresent()) return unchanged.get();
        Problems problems = new Problems();
        // a warm process's later builds (a dev server's, a build daemon's) take unchanged texts and files from its session,
        // and keep no facts or loads: only its first reads them (a fresh process after it parses what changed since)
        boolean warm = o.session() != null && (o.session().wroteLast(o.out()) || !o.serving() && o.session().texts.holdsAny());
        TextFactsCache facts = warm ? TextFactsCache.none() : timed("parse", () -> TextFactsCache.open(kept, o.out()));
        LoadCache loads = warm ? LoadCache.none() : timed("load", () -> LoadCache.open(kept, o.out()));
        // a dev server's rebuild runs the checks that can only warn after the pages it shows, with the slow outputs
        boolean rebuild = warm && o.mode() == BuildMode.SERVE;
        List<ContentChecks.WarningsOnly> later = new ArrayList<>();
        ForkJoinPool pool = rebuild ? null : BuildPool.open();
        // a build that runs once checks what can only warn beside linking and the outputs, and waits for it before the site is swapped in
        List<Future<?>> warning = new ArrayList<>();
        Library library;
        try {
            // a warm session reads again only the files the scan found changed
            KnownTexts known = o.session() == null || inputs == null ? KnownTexts.none() : KnownTexts.of(o.session().reads, o.content(), inputs.files());
            library = link(o.content(), o.types(), problems, o.session(), loads, known, facts, w -> {
                if (rebuild) later.add(w);
                else if (!o.serving() && !problems.hasErrors()) warning.add(pool.submit(() -> timed("warnings", () -> {
                    w.run(problems);
                    return null;
                })));
                else w.run(problems);
            });
        } catch (BuildFailed | RuntimeException e) {
            if (pool != null) BuildPool.close(pool);
            throw e;
        }
        if (rebuild) return new ServeRebuild(this, o, library, problems, warnings(problems), later.get(0), inputs, kept).run(start);
        SiteRenderer pages;
        List<Problem> warnings;
        List<OutputFile> files = new ArrayList<>();
        try (SiteWriter writer = o.mode().writes() ? SiteWriter.begin(o.out()) : null) {
            // read under the writer's lock: another build may have been writing the site and its caches
            RenderCache cache = RenderCache.open(o.out());
            String siteWide = timed("fingerprint", () -> Fingerprints.siteWide(o.templates(), o.mode().liveReload()));
            Templates templates = templates(o, library, siteWide);
            Assets assets = new Assets(o.templates());
            // a build daemon's session holds the last build's pages: unchanged ones are not read back from the site
            PageTraces traces = !o.mode().writes() ? PageTraces.none()
                    : o.session() != null && !o.serving() ? o.session().pagesAfterLast(o.out(), kept, siteWide)
                    : PageTraces.open(o.out(), kept, siteWide, o.session() != null);
            pages = new SiteRenderer(library, templates, assets, o.mode().liveReload(), traces, o.serving() ? o.session().fragments.under(siteWide) : null);
            BuildContext context = BuildContext.of(library, o.mode(), o.templates(), templates, assets, pages, cache, kept, pool)
                    .keeping(o.session() == null ? Keeps.none() : o.session().outputs)
                    // a build that runs once writes each page as it is made and holds none (a warm process keeps them)
                    .spooling(writer != null && o.session() == null ? writer.spool() : Spool.none());
            List<Output> outputs = outputs();
            // outputs of the library run side by side; each one's files are written as soon as it is done
            files.addAll(produce(outputs.stream().filter(x -> x.needs() == Output.Needs.LIBRARY).toList(), context, pool, writer));
            boolean daemon = o.session() != null && !o.serving();
            // a build that is not a daemon's keeps the texts' facts and loads for a later process beside the outputs made of
            // files (the offline copy leaves a core idle), not after them
            Future<?> keeping = daemon || writer == null ? null : pool.submit(() -> {
                facts.keep(o.out());
                loads.keep(o.out());
            });
            // then those made of the others' files
            BuildContext all = context.withFiles(files);
            try {
                files.addAll(produce(outputs.stream().filter(x -> x.needs() == Output.Needs.FILES).toList(), all, pool, writer));
            } finally {
                // also when an output failed: the pool is not closed under a cache file being written
                BuildPool.finish(keeping);
            }
            BuildPool.await(warning);
            List<Problem> warned = warnings(problems);
            warnings = warned;
            long since = System.currentTimeMillis();
            // what only a later process reads (the traces, facts and loads it may take): a build daemon's build keeps them after it returns
            Runnable forLater = () -> {
                traces.save();
                facts.keep(o.out());
                loads.keep(o.out());
            };
            if (writer != null) timedWrite(() -> {
                cache.forget();
                writer.commit();
                cache.save();
                if (!daemon) traces.save();
                if (keeping != null) BuildPool.await(List.of(keeping));
                kept.prune();
                inputs.keep(kept, o.out());
                // a serve build may carry out-of-date PDFs over: its site is complete only once its refresh has run
                if (!o.mode().draft()) LastBuild.keep(kept, o.out(), inputs.scan(), warned, htmlPages(files), files.size(), library.config().baseUrl(), writer.shape());
            });
            if (writer != null && daemon) o.session().wroteSite(traces, since, writer.clearingLeftRunning(), forLater);
            if (o.serving() && writer != null) ServeRebuild.first(this, o, library, pages, templates, assets, cache, kept, inputs, warned, made, traces);
        } catch (Templates.TemplateProblem e) {
            problems.add(e.problem());
            throw new BuildFailed(problems.sorted());
        } finally {
            BuildPool.close(pool);
        }
        // a build daemon's session: what this build used is what the next finds
        if (o.session() != null && !o.serving()) o.session().next();
        return new Result(List.copyOf(files), warnings, Map.copyOf(millis), htmlPages(files), pages.renderedPages(),
                library.config().baseUrl(), (System.nanoTime() - start) / 1_000_000, kept.stats(), false);
    }

    /**
     * The templates, with what every template may show of the library (the handbook's words for
     * its collections, its verdicts) and the keys reading it noted: every page is charged with them. A serve
     * session keeps them while the templates and those reads are unchanged.
     */
    static Templates templates(Options o, Library library, String siteWide) throws IOException {
        Reads.Recorded<Map<String, Object>> globals = Reads.record(() -> Map.of("collections", library.collections(),
                "verdicts", library.config().verdicts()));
        if (o.session() == null) return new Templates(o.templates(), globals.value(), globals.keys());
        StringBuilder key = new StringBuilder(siteWide);
        globals.keys().forEach(k -> key.append('\n').append(k).append('=').append(library.inputHash(k)));
        return o.session().templates(key.toString(), () -> new Templates(o.templates(), globals.value(), globals.keys()));
    }

    private static List<Problem> warnings(Problems problems) {
        return problems.sorted().stream().filter(p -> p.severity() == Severity.WARNING).toList();
    }

    static int htmlPages(List<OutputFile> files) {
        return (int) files.stream().filter(f -> f.path().endsWith(".html")).count();
    }

    /**
     * Runs {@code outputs} on the pool and returns their files, writing each output's as it
     * finishes. The first failure cancels the others and is rethrown as it was thrown.
     */
    List<OutputFile> produce(List<Output> outputs, BuildContext context, ForkJoinPool pool, SiteWriter writer) throws IOException {
        ExecutorCompletionService<List<OutputFile>> done = new ExecutorCompletionService<>(pool);
        List<Future<List<OutputFile>>> running = new ArrayList<>();
        for (Output out : outputs) running.add(done.submit(() -> timedOutput(out, context)));
        List<OutputFile> files = new ArrayList<>();
        try {
            for (int i = 0; i < outputs.size(); i++) {
                List<OutputFile> made = done.take().get();
                files.addAll(made);
                if (writer != null) timedWrite(() -> writer.add(made));
            }
        } catch (ExecutionException e) {
            context.cancel();
            running.forEach(f -> f.cancel(false));
            throw BuildPool.rethrown(e.getCause());
        } catch (InterruptedException e) {
            context.cancel();
            running.forEach(f -> f.cancel(false));
            Thread.currentThread().interrupt();
            throw new CancellationException("build interrupted");
        }
        return files;
    }

    private List<OutputFile> timedOutput(Output out, BuildContext context) throws IOException {
        long t = System.nanoTime();
        try {
            // a build that runs once writes an output's files as it finishes them, and holds them no longer
            List<OutputFile> files = out.produce(context).stream().map(context.spool()::hand).toList();
            if (serving) made.put(out, files);
            return files;
        } finally {
            millis.merge(out.name(), (System.nanoTime() - t) / 1_000_000, Long::sum);
        }
    }

    /** Writing that may fail, timed as the write step (which happens in parts, as outputs finish). */
    void timedWrite(Write work) throws IOException {
        long t = System.nanoTime();
        try {
            work.run();
        } finally {
            millis.merge("write", (System.nanoTime() - t) / 1_000_000, Long::sum);
        }
    }

    interface Write {
        void run() throws IOException;
    }

    <T> T timed(String step, Supplier<T> work) {
        long t = System.nanoTime();
        try {
            return work.get();
        } finally {
            millis.merge(step, (System.nanoTime() - t) / 1_000_000, Long::sum);
        }
    }
}
