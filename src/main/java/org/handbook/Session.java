package org.handbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.handbook.cache.Keeps;
import org.handbook.cache.LastBuild;
import org.handbook.cache.Memo;
import org.handbook.check.ContentChecks;
import org.handbook.link.Library;
import org.handbook.load.ContentLoader;
import org.handbook.load.TextFile;
import org.handbook.markdown.ParsedMarkdown;
import org.handbook.model.Markdown;
import org.handbook.problem.Problem;
import org.handbook.render.Fragments;
import org.handbook.render.PageTraces;
import org.handbook.render.Templates;
import org.handbook.write.OutputFile;
import org.handbook.write.OutputLock;
import org.handbook.write.SitePatch;

/**
 * What a warm process keeps from one build to the next, so a save costs what it changed: each
 * file's load, each text's parse, term mentions, links, values, what the checks found in it on its
 * own and its HTML, the parsed templates, the outputs' memos ({@link Keeps}), kept under the key of
 * all they are made from. A dev server's session also keeps the site it last wrote, so the next
 * build writes only the files that changed, pages first, and makes the slow outputs (PDFs, search
 * index, e-book...) after, in the background ({@link #refresh}); a refresh overtaken by a newer
 * build writes nothing. A build daemon's session ({@link #forBuilds()}) keeps the memos alone: each
 * of its builds runs and writes as a fresh process's does.
 */
public final class Session implements AutoCloseable {
    /** The parts of the site a session writes: the pages (and what is quick), then the slow outputs. */
    static final String PAGES = "pages";
    static final String SLOW = "slow";

    final Memo<ContentLoader.FileKey, ContentLoader.FileLoad> files = Memo.kept();
    final Memo<Markdown, ParsedMarkdown> texts = Memo.kept();
    /** Each content file's text, by its path and the hash the build's scan gave it. */
    final Memo<String, TextFile> reads = Memo.kept();
    final Library.Memos links = Library.Memos.kept();
    final ContentChecks.Kept checks = ContentChecks.Kept.kept(links.values());
    final Fragments fragments = new Fragments();
    final Keeps outputs = Keeps.kept();
    private final AtomicLong generation = new AtomicLong();
    private final ExecutorService refresher = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "handbook-refresh");
        t.setDaemon(true);
        return t;
    });
    private volatile Future<?> refreshing;
    private volatile Consumer<String> report = System.out::println;
    private volatile Consumer<Throwable> failed = e -> System.err.println("handbook: the PDFs, search index and other slow files were not made: " + e);
    private volatile Consumer<List<Problem>> warned = w -> { };
    private volatile PageTraces lastPages;
    private volatile long siteSince;
    private volatile List<Thread> afterwards = List.of();
    private volatile boolean collectsWhenIdle;
    private String templatesKey;
    private Templates templates;
    private SitePatch patch;
    private Path site;
    private String siteIdentity;
    private final boolean serves;

    /** A dev server's session. */
    public Session() {
        this(true);
    }

    private Session(boolean serves) {
        this.serves = serves;
    }

    /**
     * A session for builds that each make the whole site (the build daemon's): it keeps the memos,
     * not the site's files, and lets each text's tree go after a build (a rebuild renders only the
     * pages that changed; thousands of trees would stay in memory for nothing).
     */
    public static Session forBuilds() {
        return new Session(false);
    }

    /** Whether this is a dev server's session, which writes a rebuild's pages first and the slow outputs after. */
    boolean serves() {
        return serves;
    }

    /**
     * Has the heap collected whole once each refresh is done, unless a newer build began (the dev
     * server: a save then finds the young generation empty); off for tests, which refresh often.
     */
    public Session collectingWhenIdle() {
        collectsWhenIdle = true;
        return this;
    }

    /** Where the refresh says what it made, and what went wrong in it (the dev server shows that in its pages). */
    public void onRefresh(Consumer<String> report, Consumer<Throwable> failed) {
        this.report = report;
        this.failed = failed;
    }

    /** Where the warnings of the checks a rebuild runs after its pages go (the dev server prints them as a build's). */
    public void onWarnings(Consumer<List<Problem>> warned) {
        this.warned = warned;
    }

    /** Reports the warnings the checks run after build {@code build}'s pages found, if any and if it is still the newest. */
    void warn(long build, List<Problem> warnings) {
        if (!warnings.isEmpty() && build == generation.get()) warned.accept(warnings);
    }

    /** A step that may fail with an I/O error and gives a value. */
    interface IoMake<T> {
        T make() throws IOException;
    }

    /** The parsed templates whose files and globals hash to {@code key}: the last build's when the key is the same. */
    synchronized Templates templates(String key, IoMake<Templates> make) throws IOException {
        if (!key.equals(templatesKey)) {
            templates = make.make();
            templatesKey = key;
        }
        return templates;
    }

    /** What the last build's pages read and gave, for the next build to take unchanged pages from (null: none yet). */
    PageTraces lastPages() {
        return lastPages;
    }

    /** Keeps what a build's pages read and gave (their bytes included), once they are all made. */
    void madePages(PageTraces traces) {
        lastPages = traces;
    }

    /** The traces a build that writes a whole new site into {@code out} starts from: the last one's, with its pages' bytes. */
    PageTraces pagesAfterLast(Path out, org.handbook.cache.BuildCache cache, String siteWide) {
        return PageTraces.after(lastPages, siteSince, out, cache, siteWide);
    }

    /**
     * A build put its whole site in, its pages as {@code traces} recorded; {@code since}: the time
     * taken just before. What is left of it runs after it returns, while the author reads: the
     * deletion of the site it replaced ({@code clearing}, null: none) and {@code keeps}, the build
     * cache's states only a later process reads. The next build waits for both first ({@link #awaitLastBuild()}).
     */
    void wroteSite(PageTraces traces, long since, Thread clearing, Runnable keeps) {
        lastPages = traces;
        siteSince = since;
        Thread kept = new Thread(keeps, "handbook-after-build");
        kept.setDaemon(true);
        kept.start();
        afterwards = clearing == null ? List.of(kept) : List.of(clearing, kept);
    }

    /** Waits for what the last build left to run after it (its old site's deletion, its cache states): one build's at a time. */
    void awaitLastBuild() {
        try {
            for (Thread t : afterwards) t.join();
            afterwards = List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("build interrupted");
        }
    }

    /** Ends a build: what it did not use is dropped. */
    void next() {
        reads.next();
        files.next();
        texts.next();
        if (!serves) texts.forEachKept(ParsedMarkdown::release);
        links.next();
        checks.next();
        fragments.next();
        outputs.next();
    }

    /** Whether this session wrote {@code out} last, so a build may bring it up to date in place. */
    synchronized boolean wroteLast(Path out) {
        return patch != null && out.toAbsolutePath().normalize().equals(site) && LastBuild.identity(site).equals(siteIdentity);
    }

    /** A whole site was just swapped into {@code out}: the files of each part, as the next builds will change them. */
    synchronized void wrote(Path out, Collection<OutputFile> pages, Collection<OutputFile> slow) {
        site = out.toAbsolutePath().normalize();
        Set<String> slowPaths = new java.util.HashSet<>();
        slow.forEach(f -> slowPaths.add(f.path()));
        java.util.List<OutputFile> all = new java.util.ArrayList<>(pages);
        all.addAll(slow);
        patch = new SitePatch(site, all, path -> slowPaths.contains(path) ? SLOW : PAGES);
        siteIdentity = LastBuild.identity(site);
    }

    /**
     * Starts a build: a refresh still running for an older one will write nothing, and is
     * interrupted, so its outputs not yet started leave the machine to this build. It waits for a
     * refresh writing its files (that holds this session's monitor), so no write is cut short.
     */
    synchronized long begin() {
        long build = generation.incrementAndGet();
        Future<?> older = refreshing;
        if (older != null) older.cancel(true);
        return build;
    }

    /**
     * Brings {@code part} of the site up to date with {@code made}, if build {@code build} is still
     * the newest; returns whether it did. It holds the output folder's lock, as every writer does
     * (a {@code handbook build} into the same folder waits, and is waited for), and {@code before}
     * and {@code after} run under it, so what they record of the folder is what this patch left.
     * A site another build replaced meanwhile is not patched: that is an I/O failure, and the next
     * save builds the site whole.
     */
    boolean patch(long build, String part, Collection<OutputFile> made, IoStep before, IoStep after) throws IOException {
        Path target;
        synchronized (this) {
            target = site;
        }
        // the lock first, then this session's monitor: a whole build holds the lock and then records what it wrote here
        try (OutputLock lock = OutputLock.acquire(target)) {
            synchronized (this) {
                if (build != generation.get()) return false;
                if (!LastBuild.identity(site).equals(siteIdentity)) {
                    throw new IOException(site + ": another build replaced the site while the dev server was bringing it up to date;"
                            + " save again to build it whole");
                }
                before.run();
                patch.apply(part, made);
                after.run();
                siteIdentity = LastBuild.identity(site);
                return true;
            }
        }
    }

    /** A step that may fail with an I/O error. */
    interface IoStep {
        void run() throws IOException;
    }

    /** Makes the slow outputs of build {@code build} in the background, after the pages. */
    void refresh(long build, String what, IoStep work) {
        refreshing = refresher.submit(() -> {
            if (build != generation.get()) return;
            long t = System.nanoTime();
            try {
                work.run();
                // the slow outputs leave the young generation full of garbage and survivors: collected now, while the
                // author reads, the next save's rebuild starts with it empty instead of pausing for it (25-200 ms a pause)
                if (collectsWhenIdle && build == generation.get()) System.gc();
                if (build == generation.get()) report.accept("Made " + what + " in " + (System.nanoTime() - t) / 1_000_000 + " ms");
            } catch (Exception | Error e) {
                if (build == generation.get()) failed.accept(e);
            }
        });
    }

    /** Waits for the slow outputs of the last build (for tests and benchmarks); none if a newer build interrupted them. */
    public void awaitRefresh() throws Exception {
        Future<?> f = refreshing;
        try {
            if (f != null) f.get();
        } catch (CancellationException overtaken) {
            // a build began after it and made no refresh of its own (it failed)
        }
    }

    /** Ends the session: a refresh still running writes nothing more, and is waited for (a minute at most). */
    @Override
    public void close() {
        generation.incrementAndGet();
        refresher.shutdownNow();
        try {
            refresher.awaitTermination(1, TimeUnit.MINUTES);
            for (Thread t : afterwards) t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
