package org.handbook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.handbook.cache.BuildCache;
import org.handbook.cache.LastBuild;
import org.handbook.check.ContentChecks;
import org.handbook.link.Library;
import org.handbook.output.BuildContext;
import org.handbook.output.AssetsOutput;
import org.handbook.output.Output;
import org.handbook.output.PagesOutput;
import org.handbook.problem.BuildFailed;
import org.handbook.problem.Problem;
import org.handbook.problem.Problems;
import org.handbook.render.Assets;
import org.handbook.render.Fingerprints;
import org.handbook.render.PageTraces;
import org.handbook.render.RenderCache;
import org.handbook.render.SiteRenderer;
import org.handbook.render.Templates;
import org.handbook.write.OutputFile;

/**
 * A dev server's rebuild of a site its {@link Session} wrote last: the pages and their assets are
 * made and written in place first (only those that changed), and the build returns, so the open
 * page reloads; the other outputs (downloads, schemas, and the slow ones: PDFs, search index,
 * e-book, preview cards, offline copy) are then made in the background and written when done,
 * unless a newer save overtook them.
 */
final class ServeRebuild {
    private final Pipeline pipeline;
    private final Pipeline.Options o;
    private final Session session;
    private final Library library;
    private final Problems problems;
    private final List<Problem> warnings;
    private final ContentChecks.WarningsOnly warningsOnly;
    private final Inputs inputs;
    private final BuildCache kept;

    /** {@code warnings}: what the checks run so far found; {@code warningsOnly}: the checks left, run with the slow outputs. */
    ServeRebuild(Pipeline pipeline, Pipeline.Options o, Library library, Problems problems, List<Problem> warnings,
                 ContentChecks.WarningsOnly warningsOnly, Inputs inputs, BuildCache kept) {
        this.pipeline = pipeline;
        this.o = o;
        this.session = o.session();
        this.library = library;
        this.problems = problems;
        this.warnings = warnings;
        this.warningsOnly = warningsOnly;
        this.inputs = inputs;
        this.kept = kept;
    }

    /**
     * Whether an output waits for the pages: all but the pages and the assets they load, which are
     * all an open page needs to show a save (downloads, schemas and the slow outputs follow it).
     */
    static boolean later(Output out) {
        return !(out instanceof PagesOutput || out instanceof AssetsOutput);
    }

    Pipeline.Result run(long start) throws BuildFailed, IOException {
        long build = session.begin();
        RenderCache cache = RenderCache.open(o.out());
        ForkJoinPool pool = BuildPool.open();
        try {
            String siteWide = pipeline.timed("fingerprint", () -> Fingerprints.siteWide(o.templates(), true));
            Templates templates = Pipeline.templates(o, library, siteWide);
            Assets assets = new Assets(o.templates());
            PageTraces traces = PageTraces.following(session.lastPages(), o.out(), kept, siteWide);
            SiteRenderer pages = new SiteRenderer(library, templates, assets, true, traces, session.fragments.under(siteWide));
            BuildContext context = BuildContext.of(library, o.mode(), o.templates(), templates, assets, pages, cache, kept, pool).keeping(session.outputs);
            List<OutputFile> files = pipeline.produce(Pipeline.outputs().stream().filter(x -> !later(x)).toList(), context, pool, null);
            session.madePages(traces);
            // until the slow outputs are written too, the folder is not what a build of these inputs makes; the
            // traces are saved with them (traces older than the site are safe: a page is taken only if its bytes match)
            pipeline.timedWrite(() -> session.patch(build, Session.PAGES, files, () -> LastBuild.forget(kept, o.out()), () -> { }));
            session.next();
            // counted before the refresh starts: it renders the one-page book with the same renderer
            int rendered = pages.renderedPages();
            refreshLater(session, build, o, library, pages, templates, assets, cache, kept, inputs, warnings, warningsOnly, files, traces);
            return new Pipeline.Result(List.copyOf(files), warnings, pipeline.millis(), pages.pages().size() + 1, rendered,
                    library.config().baseUrl(), (System.nanoTime() - start) / 1_000_000, kept.stats(), false);
        } catch (Templates.TemplateProblem e) {
            problems.add(e.problem());
            throw new BuildFailed(problems.sorted());
        } finally {
            BuildPool.close(pool);
        }
    }

    /**
     * After a session's first build, swapped in whole, with slow outputs perhaps carried over out
     * of date: the session now knows the site, and the slow outputs are made for real behind it.
     */
    static void first(Pipeline pipeline, Pipeline.Options o, Library library, SiteRenderer pages, Templates templates, Assets assets,
                      RenderCache cache, BuildCache kept, Inputs inputs, List<Problem> warnings, Map<Output, List<OutputFile>> made,
                      PageTraces traces) {
        Session session = o.session();
        session.madePages(traces);
        List<OutputFile> now = new ArrayList<>();
        List<OutputFile> slow = new ArrayList<>();
        made.forEach((out, files) -> (later(out) ? slow : now).addAll(files));
        session.wrote(o.out(), now, slow);
        session.next();
        if (o.mode().draft()) refreshLater(session, session.begin(), o, library, pages, templates, assets, cache, kept, inputs, warnings,
                problems -> { }, now, traces);
    }

    /**
     * Runs the checks that can only warn and reports their warnings, then makes the slow outputs,
     * in the background, and writes them if build {@code build} is still the newest.
     */
    private static void refreshLater(Session session, long build, Pipeline.Options o, Library library, SiteRenderer pages, Templates templates,
                                     Assets assets, RenderCache cache, BuildCache kept, Inputs inputs, List<Problem> early,
                                     ContentChecks.WarningsOnly warningsOnly, List<OutputFile> quick, PageTraces traces) {
        List<Output> outputs = Pipeline.outputs().stream().filter(ServeRebuild::later).toList();
        String names = String.join(", ", outputs.stream().map(Output::name).toList());
        session.refresh(build, names, () -> {
            List<Problem> warnings = checkLater(session, build, early, warningsOnly);
            ForkJoinPool pool = BuildPool.open();
            try {
                Pipeline pipeline = new Pipeline();
                BuildContext context = BuildContext.of(library, o.mode(), o.templates(), templates, assets, pages, cache, kept, pool).refreshing()
                        .keeping(session.outputs);
                List<OutputFile> slow = new ArrayList<>(pipeline.produce(outputs.stream().filter(x -> x.needs() == Output.Needs.LIBRARY).toList(),
                        context, pool, null));
                List<OutputFile> all = new ArrayList<>(quick);
                all.addAll(slow);
                List<OutputFile> late = pipeline.produce(outputs.stream().filter(x -> x.needs() == Output.Needs.FILES).toList(),
                        context.withFiles(all), pool, null);
                slow.addAll(late);
                all.addAll(late);
                session.patch(build, Session.SLOW, slow, () -> { }, () -> {
                    cache.save();
                    traces.save();
                    kept.prune();
                    inputs.keep(kept, o.out());
                    LastBuild.keep(kept, o.out(), inputs.scan(), warnings, Pipeline.htmlPages(all), all.size(), library.config().baseUrl());
                });
            } finally {
                BuildPool.close(pool);
            }
        });
    }

    /** Runs the checks left to run and reports what they found; returns all of the build's warnings, as a build of the same inputs gives them. */
    private static List<Problem> checkLater(Session session, long build, List<Problem> early, ContentChecks.WarningsOnly checks) {
        Problems found = new Problems();
        checks.run(found);
        session.warn(build, found.sorted());
        Problems all = new Problems();
        early.forEach(all::add);
        found.sorted().forEach(all::add);
        return all.sorted();
    }
}
