package org.handbook.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.handbook.link.Library;
import org.handbook.link.ReadingOrder;
import org.handbook.link.Urls;
import org.handbook.model.Chapter;
import org.handbook.model.Checklist;
import org.handbook.model.Flowchart;
import org.handbook.model.Playbook;
import org.handbook.write.OutputFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The PDFs of a build: every checklist in A4 and US Letter, a meeting pack per playbook, and the
 * whole handbook with chapter bookmarks (made from the print page). A PDF whose input HTML is
 * unchanged since the last build is reused, not rendered again; under the dev server an existing
 * PDF is kept even when out of date, and the next {@code build} re-makes it.
 */
public final class PdfDocuments {
    private final Library lib;
    private final Templates templates;
    private final SiteRenderer site;
    private final ViewFactory views;
    private final RenderCache cache;
    private final String css;
    private final boolean draft;
    private final java.util.Calendar date;
    /**
     * {@code -Dhandbook.pdfs=off}: a build without its PDFs (and with dead links to them), only for
     * bench/pdf-cost.sh, which measures what the PDFs add to a build.
     */
    private static final boolean OFF = "off".equals(System.getProperty("handbook.pdfs"));

    /** One PDF to make: its site path and how to write its HTML. */
    private record Job(String path, String baseUri, List<PdfRenderer.Bookmark> bookmarks, Supplier<String> html) {
    }

    /** {@code draft}: the dev server's builds, which carry existing PDFs over instead of re-making them. */
    public PdfDocuments(Library lib, Templates templates, SiteRenderer site, RenderCache cache, Path templatesDir, boolean draft) {
        this.draft = draft;
        this.lib = lib;
        this.templates = templates;
        this.site = site;
        this.views = site.views();
        this.date = contentDate(lib.config().updated());
        this.cache = cache;
        try {
            this.css = Files.readString(templatesDir.resolve("pdf/pdf.css"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts rendering every PDF on threads of its own and returns at once: the PDFs take longer
     * than the rest of a build, so they start as soon as the content is linked, the book (the
     * longest, from the print page) first, while the pages, the search index and the writing go on.
     */
    public CompletableFuture<List<OutputFile>> start() {
        if (OFF) return CompletableFuture.completedFuture(List.of());
        List<Job> jobs = new ArrayList<>();
        if (lib.config().print()) jobs.add(handbook());
        for (Checklist c : lib.checklists()) {
            jobs.add(checklist(c, "A4", c.id() + ".pdf"));
            jobs.add(checklist(c, "letter", c.id() + "-letter.pdf"));
        }
        for (Playbook p : lib.playbooks()) jobs.add(meetingPack(p));
        if (jobs.isEmpty()) return CompletableFuture.completedFuture(List.of());
        // not the common pool: the pages and the search index run there at the same time, and would
        // wait behind a 1.5-second book; jobs start in list order, book first
        int threads = Math.max(1, Math.min(jobs.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, PdfDocuments::thread);
        List<CompletableFuture<OutputFile>> made = jobs.stream().map(job -> CompletableFuture.supplyAsync(() -> make(job), pool)).toList();
        pool.shutdown();
        return CompletableFuture.allOf(made.toArray(CompletableFuture[]::new))
                .thenApply(done -> made.stream().map(CompletableFuture::join).toList());
    }

    private static Thread thread(Runnable work) {
        Thread t = new Thread(work, "pdf");
        t.setDaemon(true);
        return t;
    }

    private OutputFile make(Job job) {
        String html = job.html().get();
        // with the generator's build in it: a new renderer re-makes every PDF
        String fingerprint = Fingerprints.of(List.of(html, String.valueOf(job.bookmarks()), String.valueOf(PdfRenderer.hasFonts()), job.path(), "pdf"));
        var fresh = cache.reuse(job.path(), fingerprint);
        if (fresh.isPresent()) return new OutputFile(job.path(), fresh.get());
        // while writing (serve), an existing PDF is carried over out of date rather than re-made on every save
        var carried = draft ? cache.stale(job.path()) : java.util.Optional.<byte[]>empty();
        return new OutputFile(job.path(), carried.orElseGet(() -> PdfRenderer.pdf(html, job.baseUri(), job.bookmarks(), date, fingerprint)));
    }

    /** The content's date (handbook.yaml's updated) as the PDFs' date, so rebuilds give the same bytes. */
    private static java.util.Calendar contentDate(String updated) {
        java.util.Calendar cal = java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"));
        cal.clear();
        try {
            java.time.LocalDate d = java.time.LocalDate.parse(updated);
            cal.set(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth());
        } catch (RuntimeException e) {
            cal.set(2000, 0, 1);
        }
        return cal;
    }

    private Map<String, Object> model(String size, String url) {
        Map<String, Object> m = new HashMap<>();
        m.put("site", site.site(""));
        m.put("css", css);
        m.put("size", size);
        m.put("url", url);
        return m;
    }

    private Job checklist(Checklist c, String size, String file) {
        String page = Urls.page("checklist", c.id());
        String url = Urls.canonical(lib.config().baseUrl(), page);
        return new Job("checklists/" + c.id() + "/" + file, url, List.of(), () -> {
            Map<String, Object> m = model(size, url);
            m.put("checklist", views.checklist(page, c));
            return templates.render("pdf/checklist.ftlh", m);
        });
    }

    private Job meetingPack(Playbook p) {
        String page = Urls.page("playbook", p.id());
        String url = Urls.canonical(lib.config().baseUrl(), page);
        return new Job("playbooks/" + p.id() + "/" + p.id() + "-meeting-pack.pdf", url, List.of(), () -> {
            Map<String, Object> m = model("A4", url);
            m.put("playbook", views.playbook(page, p, false));
            m.put("checklist", views.checklist(page, lib.item("checklist", p.checklist(), Checklist.class).orElseThrow()));
            View.Flowchart f = views.flowchart(page, lib.item("flowchart", p.flowchart(), Flowchart.class).orElseThrow());
            m.put("flowchart", f);
            m.put("outcomeNumber", f.nodes().stream().filter(n -> n.id().equals(p.outcome())).mapToInt(View.Node::number).findFirst().orElse(0));
            String key = "playbook:" + p.id();
            m.put("terms", terms(key));
            m.put("sources", lib.citations(key).stream().map(lib::source).flatMap(java.util.Optional::stream).map(views::source).toList());
            return templates.render("pdf/meeting-pack.ftlh", m);
        });
    }

    /** A term with its short definition, for a meeting pack. */
    public record TermNote(String title, String definition) {
    }

    /** The terms a text uses, mentioned or linked, with their short definitions, A to Z. */
    private List<TermNote> terms(String key) {
        Set<String> ids = new LinkedHashSet<>(lib.mentions(key).terms());
        ids.addAll(lib.linkedTerms(key));
        return ids.stream().map(lib::term).flatMap(java.util.Optional::stream)
                .map(t -> new TermNote(t.term(), lib.definition(t.id()))).sorted(java.util.Comparator.comparing(TermNote::title)).toList();
    }

    private Job handbook() {
        String url = Urls.canonical(lib.config().baseUrl(), PrintLinks.PAGE);
        List<PdfRenderer.Bookmark> marks = new ArrayList<>();
        for (Chapter c : lib.chapters()) {
            String number = ReadingOrder.display(c.number());
            marks.add(new PdfRenderer.Bookmark((number.isEmpty() ? "" : number + " ") + c.title(), "ch-" + c.id()));
        }
        return new Job("handbook.pdf", url, marks, () -> {
            Element book = Jsoup.parse(new String(site.printPage().bytes(), StandardCharsets.UTF_8)).selectFirst("article.print-book");
            book.select(".print-only-note, script").remove();
            Map<String, Object> m = model("A4", url);
            m.put("title", lib.config().title());
            m.put("body", book.outerHtml());
            return templates.render("pdf/handbook.ftlh", m);
        });
    }
}
