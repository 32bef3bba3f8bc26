package org.handbook.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.handbook.link.Library;
import org.handbook.link.Urls;
import org.handbook.markdown.Heading;
import org.handbook.markdown.ParsedMarkdown;
import org.handbook.markdown.Reference;
import org.handbook.model.Chapter;
import org.handbook.model.Checklist;
import org.handbook.model.Flowchart;
import org.handbook.model.Playbook;
import org.handbook.model.Technique;
import org.handbook.write.OutputFile;

/**
 * Renders every page of the site from the library: decides which pages exist, their titles,
 * breadcrumbs and neighbours, and runs the templates on a pool of threads.
 */
public final class SiteRenderer {
    private final Library lib;
    private final Templates templates;
    private final Assets assets;
    private final boolean liveReload;
    private final ViewFactory views;
    private final RenderCache cache;
    private final String siteFingerprint;
    private final java.util.concurrent.atomic.AtomicInteger rendered = new java.util.concurrent.atomic.AtomicInteger();
    private final Object printLock = new Object();
    private OutputFile printPage;

    /** One page to render: where it goes, with which template, and how to build its model. */
    private record PageJob(String path, String template, String title, String description, String kind,
                           List<View.Link> crumbs, ParsedMarkdown tocSource, View.Nav prev, View.Nav next,
                           Function<String, Map<String, Object>> model, java.util.function.UnaryOperator<String> finish) {
        PageJob(String path, String template, String title, String description, String kind, List<View.Link> crumbs,
                ParsedMarkdown tocSource, View.Nav prev, View.Nav next, Function<String, Map<String, Object>> model) {
            this(path, template, title, description, kind, crumbs, tocSource, prev, next, model, html -> html);
        }
    }

    public SiteRenderer(Library lib, Templates templates, Assets assets, boolean liveReload, RenderCache cache,
                        String siteFingerprint) {
        this.lib = lib;
        this.templates = templates;
        this.assets = assets;
        this.liveReload = liveReload;
        this.cache = cache;
        this.siteFingerprint = siteFingerprint;
        this.views = new ViewFactory(lib, new BodyRenderer(lib), this::embed);
    }

    public List<OutputFile> render() {
        List<PageJob> jobs = jobs();
        List<OutputFile> out = new ArrayList<>(jobs.parallelStream().map(j -> j.kind().equals("print") ? printPage() : renderPage(j)).toList());
        out.add(OutputFile.text("404.html", renderNotFound()));
        out.add(OutputFile.text("sitemap.xml", Sitemap.xml(lib.config().baseUrl(),
                jobs.stream().map(PageJob::path).sorted().toList())));
        out.sort(Comparator.comparing(OutputFile::path));
        return out;
    }

    private List<PageJob> jobs() {
        List<PageJob> jobs = new ArrayList<>();
        View.Link home = new View.Link("Home", "");
        jobs.add(new PageJob("index.html", "home.ftlh", lib.config().title(), lib.config().description(), "home",
                List.of(), null, null, lib.chapters().isEmpty() ? null : nav("Start reading", "chapter", lib.chapters().get(0).id(),
                lib.chapters().get(0).title()), from -> Map.of(
                "contents", lib.chapters().stream().map(c -> views.contents(from, c)).toList(),
                "playbooks", lib.playbooks().stream().map(p -> views.playbook(from, p, false)).toList(),
                "checklists", lib.checklists().stream().map(c -> views.checklist(from, c)).toList(),
                "flowcharts", lib.flowcharts().stream().map(f -> views.flowchart(from, f)).toList(),
                "techniques", lib.techniques().stream().map(t -> views.technique(from, t, false)).toList())));
        List<Chapter> chapters = lib.chapters();
        for (int i = 0; i < chapters.size(); i++) {
            Chapter c = chapters.get(i);
            jobs.add(new PageJob(Urls.page("chapter", c.id()), "chapter.ftlh", c.title(), c.claim(), "chapter",
                    List.of(home), lib.parsed().body("chapter", c.id()),
                    i > 0 ? nav("Previous", "chapter", chapters.get(i - 1).id(), chapters.get(i - 1).title()) : null,
                    i + 1 < chapters.size() ? nav("Next", "chapter", chapters.get(i + 1).id(), chapters.get(i + 1).title()) : null,
                    from -> Map.of("chapter", views.chapter(from, c))));
        }
        index(jobs, "playbooks", "Playbooks", "Ten decisions worked as they happen in a meeting.", home,
                from -> Map.of("playbooks", lib.playbooks().stream().map(p -> views.playbook(from, p, false)).toList()));
        sequence(jobs, lib.playbooks(), "playbook", Playbook::id, Playbook::title, Playbook::answer, "playbooks", "Playbooks",
                (from, p) -> Map.of("playbook", views.playbook(from, p, true)), p -> lib.parsed().body("playbook", p.id()));
        index(jobs, "glossary", "Glossary", "Every term the handbook uses, A to Z.", home,
                from -> Map.of("terms", lib.terms().stream().map(t -> views.term(from, t)).toList()));
        index(jobs, "techniques", "The customization menu", "Nine ways to change what a model does, side by side.", home,
                from -> Map.of("techniques", lib.techniques().stream().map(t -> views.technique(from, t, false)).toList()));
        sequence(jobs, lib.techniques(), "technique", Technique::id, Technique::title, Technique::summary, "techniques",
                "The customization menu", (from, t) -> Map.of("technique", views.technique(from, t, true)),
                t -> lib.parsed().body("technique", t.id()));
        index(jobs, "checklists", "Checklists", "Checklists to tick, print and download in the decision meeting.", home,
                from -> Map.of("checklists", lib.checklists().stream().map(c -> views.checklist(from, c)).toList()));
        sequence(jobs, lib.checklists(), "checklist", Checklist::id, Checklist::title, Checklist::purpose, "checklists",
                "Checklists", (from, c) -> Map.of("checklist", views.checklist(from, c)), c -> null);
        index(jobs, "flowcharts", "Flowcharts", "Decision trees to walk through, one question at a time.", home,
                from -> Map.of("flowcharts", lib.flowcharts().stream().map(f -> views.flowchart(from, f)).toList()));
        sequence(jobs, lib.flowcharts(), "flowchart", Flowchart::id, Flowchart::title,
                f -> f.description() == null ? f.title() : f.description(), "flowcharts", "Flowcharts",
                (from, f) -> Map.of("flowchart", views.flowchart(from, f)), f -> null);
        if (lib.config().print()) jobs.add(printJob());
        index(jobs, "search", "Search", "Search the whole handbook, online or from a downloaded copy.", home, from -> Map.of());
        index(jobs, "sources", "Sources", "The source register: every work the handbook cites.", home,
                from -> Map.of("sources", lib.sources().stream().map(views::source).toList()));
        return jobs;
    }

    private PageJob printJob() {
        List<Chapter> chapters = lib.chapters();
        java.util.Set<String> inBook = new java.util.HashSet<>();
        chapters.forEach(c -> inBook.add(c.id()));
        return new PageJob(PrintLinks.PAGE, "print.ftlh", "The whole handbook, to print", "Every chapter of the handbook on one page, in reading order, for printing.",
                "print", List.of(new View.Link("Home", "")), null, null, null,
                from -> Map.of("chapters", chapters.stream().map(c -> views.printChapter(from, c)).toList()),
                html -> PrintLinks.rewrite(html, lib, inBook));
    }

    /**
     * The print page, rendered once by whichever asks first: the handbook's PDF, the longest job
     * of a build, starts from it before the other pages are done.
     */
    public OutputFile printPage() {
        synchronized (printLock) {
            if (printPage == null) printPage = renderPage(printJob());
            return printPage;
        }
    }

    private void index(List<PageJob> jobs, String type, String title, String description, View.Link home,
                       Function<String, Map<String, Object>> model) {
        jobs.add(new PageJob(Urls.index(type), type + ".ftlh", title, description, type, List.of(home), null, null, null, model));
    }

    private <T> void sequence(List<PageJob> jobs, List<T> items, String type, Function<T, String> id, Function<T, String> title,
                              Function<T, String> description, String indexType, String indexTitle,
                              java.util.function.BiFunction<String, T, Map<String, Object>> model,
                              Function<T, ParsedMarkdown> toc) {
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            T prev = i > 0 ? items.get(i - 1) : null;
            T next = i + 1 < items.size() ? items.get(i + 1) : null;
            jobs.add(new PageJob(Urls.page(type, id.apply(item)), type + ".ftlh", title.apply(item), description.apply(item), type,
                    List.of(new View.Link("Home", ""), new View.Link(indexTitle, Urls.index(indexType))), toc.apply(item),
                    prev == null ? null : nav("Previous", type, id.apply(prev), title.apply(prev)),
                    next == null ? null : nav("Next", type, id.apply(next), title.apply(next)),
                    from -> model.apply(from, item)));
        }
    }

    /** A neighbour link; its href is a site path made relative when the page renders. */
    private static View.Nav nav(String label, String type, String id, String title) {
        return new View.Nav(label, title, Urls.page(type, id));
    }

    /** Pages rendered by the last {@link #render()}; the others were unchanged and reused. */
    public int renderedPages() {
        return rendered.get();
    }

    private OutputFile renderPage(PageJob job) {
        String own = switch (job.kind()) {
            case "home" -> lib.chapters().stream().map(c -> c.id() + "=" + lib.readingMinutes(c)).toList().toString();
            case "print" -> lib.chapters().stream().map(c -> Fingerprints.body(lib.parsed().body("chapter", c.id()))).toList().toString();
            default -> Fingerprints.body(job.tocSource());
        };
        String fingerprint = Fingerprints.page(siteFingerprint, job.path(), own);
        var previous = cache.reuse(job.path(), fingerprint);
        if (previous.isPresent()) return new OutputFile(job.path(), previous.get());
        rendered.incrementAndGet();
        String from = job.path();
        Map<String, Object> model = new HashMap<>(job.model().apply(from));
        model.put("page", pageView(job, from, Urls.root(from)));
        model.put("site", site(from));
        return OutputFile.text(job.path(), job.finish().apply(templates.render(job.template(), model)));
    }

    /** The view records of this build, for documents made outside the site's pages (PDFs). */
    ViewFactory views() {
        return views;
    }

    private View.Page pageView(PageJob job, String from, String root) {
        List<View.Link> crumbs = job.crumbs().stream()
                .map(c -> new View.Link(c.title(), root + (c.href().isEmpty() ? "index.html" : c.href()))).toList();
        List<View.Toc> toc = new ArrayList<>();
        if (job.tocSource() != null) {
            List<Heading> hs = job.tocSource().headings().stream().filter(h -> h.level() == 2 || h.level() == 3).toList();
            if (hs.size() >= 3) hs.forEach(h -> toc.add(new View.Toc(h.level(), h.text(), "#" + h.id())));
        }
        return new View.Page(from, root, job.title(), job.description(), Urls.canonical(lib.config().baseUrl(), from), job.kind(),
                crumbs, toc, relative(job.prev(), root), relative(job.next(), root),
                root + assets.path("site.css"), scripts(job.kind(), root), root + assets.path("favicon.svg"), liveReload,
                job.kind().equals("home") ? "website" : "article");
    }

    /** Every page loads site.js and search; flowchart pages add the walk, checklist pages the ticking. */
    private List<String> scripts(String kind, String root) {
        List<String> js = new ArrayList<>(List.of(root + assets.path("site.js"), root + assets.path("search-rank.js"), root + assets.path("search-engine.js"),
                root + assets.path("search-ui.js")));
        if (kind.equals("flowchart")) js.add(root + assets.path("walk.js"));
        if (kind.equals("checklist")) js.add(root + assets.path("checklist.js"));
        return js;
    }

    private static View.Nav relative(View.Nav n, String root) {
        return n == null ? null : new View.Nav(n.label(), n.title(), root + n.href());
    }

    /** The handbook's identity as pages and PDFs show it, with the home link relative to {@code from}. */
    View.Site site(String from) {
        int total = lib.chapters().stream().mapToInt(lib::readingMinutes).sum();
        var c = lib.config();
        return new View.Site(c.title(), c.subtitle(), c.edition(), c.description(), c.language(), c.updated(),
                Urls.root(from) + "index.html", total, c.print());
    }

    /** The 404 page is served from any depth, so its links start at the site's base path. */
    private String renderNotFound() {
        String base = java.net.URI.create(lib.config().baseUrl()).getPath();
        PageJob job = new PageJob("404.html", "404.ftlh", "Page not found", "This page does not exist.", "404",
                List.of(), null, null, null, f -> Map.of());
        Map<String, Object> model = new HashMap<>();
        model.put("page", pageView(job, "404.html", base));
        View.Site s = site("404.html");
        model.put("site", new View.Site(s.title(), s.subtitle(), s.edition(), s.description(), s.language(), s.updated(),
                base + "index.html", s.totalMinutes(), s.print()));
        return templates.render("404.ftlh", model);
    }

    /** HTML for an embed inside a Markdown body on page {@code from}. */
    private String embed(Reference ref, String from) {
        Map<String, Object> model = new HashMap<>();
        model.put("kind", ref.type());
        switch (ref.type()) {
            case "flowchart" -> model.put("flowchart", views.flowchart(from, lib.item("flowchart", ref.id(), Flowchart.class).orElseThrow()));
            case "checklist" -> model.put("checklist", views.checklist(from, lib.item("checklist", ref.id(), Checklist.class).orElseThrow()));
            case "glossary" -> model.put("terms", lib.terms().stream().map(t -> views.term(from, t)).toList());
            case "sources" -> model.put("sources", lib.sources().stream().map(views::source).toList());
            case "playbooks" -> model.put("playbooks", lib.playbooks().stream().map(p -> views.playbook(from, p, false)).toList());
            case "techniques" -> model.put("techniques", lib.techniques().stream().map(t -> views.technique(from, t, false)).toList());
            default -> throw new IllegalArgumentException("cannot embed " + ref);
        }
        return templates.render("embed.ftlh", model);
    }
}
