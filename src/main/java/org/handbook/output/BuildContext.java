package org.handbook.output;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import org.handbook.cache.BuildCache;
import org.handbook.cache.Keeps;
import org.handbook.link.Library;
import org.handbook.render.Assets;
import org.handbook.render.RenderCache;
import org.handbook.render.SiteRenderer;
import org.handbook.render.Templates;
import org.handbook.write.OutputFile;
import org.handbook.write.Spool;

/**
 * What an output is made from: the linked library, the build's mode, the templates and assets,
 * the site's pages and views, the build cache, the last build's files, and the pipeline's one pool.
 * Outputs run as tasks of that pool, so their parallel streams run on it too.
 */
public final class BuildContext {
    private final Library library;
    private final BuildMode mode;
    private final Path templatesDir;
    private final Templates templates;
    private final Assets assets;
    private final SiteRenderer pages;
    private final RenderCache lastBuild;
    private final BuildCache cache;
    private final ForkJoinPool pool;
    private final AtomicBoolean cancelled;
    private final List<OutputFile> files;
    private final boolean refresh;
    private final Keeps keeps;
    private final Spool spool;

    private BuildContext(Library library, BuildMode mode, Path templatesDir, Templates templates, Assets assets, SiteRenderer pages,
                         RenderCache lastBuild, BuildCache cache, ForkJoinPool pool, AtomicBoolean cancelled, List<OutputFile> files,
                         boolean refresh, Keeps keeps, Spool spool) {
        this.library = library;
        this.mode = mode;
        this.templatesDir = templatesDir;
        this.templates = templates;
        this.assets = assets;
        this.pages = pages;
        this.lastBuild = lastBuild;
        this.cache = cache;
        this.pool = pool;
        this.cancelled = cancelled;
        this.files = files;
        this.refresh = refresh;
        this.keeps = keeps;
        this.spool = spool;
    }

    /** The context of one build, before any output ran. */
    public static BuildContext of(Library library, BuildMode mode, Path templatesDir, Templates templates, Assets assets,
                                  SiteRenderer pages, RenderCache lastBuild, BuildCache cache, ForkJoinPool pool) {
        return new BuildContext(library, mode, templatesDir, templates, assets, pages, lastBuild, cache, pool, new AtomicBoolean(), null, false, Keeps.none(), Spool.none());
    }

    /** The same context with the files every {@link Output.Needs#LIBRARY} output made. */
    public BuildContext withFiles(List<OutputFile> made) {
        return new BuildContext(library, mode, templatesDir, templates, assets, pages, lastBuild, cache, pool, cancelled, List.copyOf(made), refresh, keeps, spool);
    }

    public Library library() {
        return library;
    }

    public BuildMode mode() {
        return mode;
    }

    /**
     * Whether a slow output may carry its last, out-of-date files over instead of making them:
     * under {@code serve}, unless this is the refresh that makes them after the pages are written.
     */
    public boolean draft() {
        return mode.draft() && !refresh;
    }

    /** The same context for the dev server's refresh of the slow outputs, which makes them for real. */
    public BuildContext refreshing() {
        return new BuildContext(library, mode, templatesDir, templates, assets, pages, lastBuild, cache, pool, cancelled, files, true, keeps, spool);
    }

    /** The same context in a warm process, whose outputs take what an edit did not touch from {@code kept}. */
    public BuildContext keeping(Keeps kept) {
        return new BuildContext(library, mode, templatesDir, templates, assets, pages, lastBuild, cache, pool, cancelled, files, refresh, kept, spool);
    }

    /** What a warm process keeps for the outputs between builds; memos that keep nothing in a build that runs once. */
    /** The same context handing each file an output makes to {@code s} as soon as it is made. */
    public BuildContext spooling(Spool s) {
        return new BuildContext(library, mode, templatesDir, templates, assets, pages, lastBuild, cache, pool, cancelled, files, refresh, keeps, s);
    }

    /** Where an output hands each file as it makes it (see {@link Spool}): its files are what the spool gives back. */
    public Spool spool() {
        return spool;
    }

    public Keeps keeps() {
        return keeps;
    }

    /** The templates folder, for files beside the templates (a stylesheet for PDFs). */
    public Path templatesDir() {
        return templatesDir;
    }

    public Templates templates() {
        return templates;
    }

    public Assets assets() {
        return assets;
    }

    /** The site's pages: their views, the print page, the site's identity. */
    public SiteRenderer pages() {
        return pages;
    }

    /**
     * The build cache: an output keeps what it makes under the hash of its inputs,
     * {@code cache().artifact(kind, inputHash, () -> make())}, and a later build (a fresh
     * {@code serve}, a build after site/ was deleted) gets the same bytes back without making them.
     */
    public BuildCache cache() {
        return cache;
    }

    /** The files of the last build in the output folder, by fingerprint. */
    public RenderCache lastBuild() {
        return lastBuild;
    }

    /** The pipeline's pool, for work an output splits up; closed when the build ends. */
    public ForkJoinPool pool() {
        return pool;
    }

    /** Every other output's files; only for an output that {@link Output.Needs#FILES needs} them. */
    public List<OutputFile> files() {
        if (files == null) throw new IllegalStateException("the other outputs' files are there only for an output that needs FILES");
        return files;
    }

    /** Stops the build's outputs: work not started yet is skipped ({@link #checkCancelled()}). */
    public void cancel() {
        cancelled.set(true);
    }

    /** Throws when the build was cancelled (another output failed): call before each piece of long work. */
    public void checkCancelled() {
        if (cancelled.get()) throw new CancellationException("the build failed elsewhere");
    }
}
