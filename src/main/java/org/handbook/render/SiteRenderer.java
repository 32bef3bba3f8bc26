package org.handbook.render;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.handbook.cache.Reads;
import org.handbook.link.Library;
import org.handbook.link.Urls;
import org.handbook.markdown.Heading;
import org.handbook.markdown.ParsedMarkdown;
import org.handbook.model.SiteConfig;
import org.handbook.share.Sharing;
import org.handbook.types.Chapters;
import org.handbook.types.ContentType;
import org.handbook.types.Link;
import org.handbook.types.TypedRef;
import org.handbook.types.Views;
import org.handbook.write.OutputFile;
import org.handbook.write.Spool;

/**
 * Renders the pages of the site ({@link SitePages}) on the caller's pool, each from its template,
 * its model and the layout's view of it, recording what it reads ({@link Reads}); reuses the last
 * build's copy of a page when everything it read then is unchanged ({@link PageTraces}). Also what documents made from the same views need: a page's {@link Views} and the
 * one-page book, rendered once for whoever asks first, and the print pages cut from it.
 */
public final class SiteRenderer {
    private final Library lib;
    private final Templates templates;
    private final Assets assets;
    private final boolean liveReload;
    private final PageTraces traces;
    private final Fragments fragments;
    private final BodyRenderer bodies;
    private final Sharing sharing;
    /** What making the renderer's own parts read (sharing metadata, the templates' globals): every page shows them. */
    private final Set<String> siteWideReads;
    private final Map<String, CompletableFuture<Reads.Recorded<Object>>> shared = PageViews.memo();
    private final AtomicInteger rendered = new AtomicInteger();
    private final List<Page> pages;
    private final Page printPage;
    private final CompletableFuture<String> printed = new CompletableFuture<>();
    private final AtomicInteger printClaims = new AtomicInteger();
    /** The item ({@code playbook:x}) each item page shows, by path: where a page finds its review date. */
    private final Map<String, String> itemOfPage;

    /**
     * {@code liveReload}: pages load the dev server's reload script; {@code traces}: what each page
     * of the last build read, so an unchanged page is taken from the site instead of rendered.
     */
    public SiteRenderer(Library lib, Templates templates, Assets assets, boolean liveReload, PageTraces traces) {
        this(lib, templates, assets, liveReload, traces, null);
    }

    /** As the other, taking unchanged texts' HTML from {@code fragments} (the dev server's, kept between builds; null: none). */
    public SiteRenderer(Library lib, Templates templates, Assets assets, boolean liveReload, PageTraces traces, Fragments fragments) {
        this.fragments = fragments;
        this.lib = lib;
        this.templates = templates;
        this.assets = assets;
        this.liveReload = liveReload;
        this.traces = traces;
        this.bodies = new BodyRenderer(lib);
        Reads.Recorded<Sharing> sharing = Reads.record(() -> new Sharing(lib));
        this.sharing = sharing.value();
        Set<String> siteWide = new TreeSet<>(sharing.keys());
        siteWide.addAll(templates.reads());
        this.siteWideReads = Set.copyOf(siteWide);
        this.pages = SitePages.of(lib);
        this.printPage = pages.stream().filter(p -> p.path().equals(Urls.PRINT)).findFirst().orElse(null);
        Map<String, String> items = new HashMap<>();
        for (ContentType<?> type : lib.types().all()) {
            if (type.hasPages()) itemPages(type, items);
        }
        this.itemOfPage = Map.copyOf(items);
    }

    private <T extends Record> void itemPages(ContentType<T> type, Map<String, String> items) {
        for (T item : Reads.unrecorded(() -> lib.items(type))) items.put(type.path(type.id(item)), type.name() + ":" + type.id(item));
    }

    /** "6 December 2026" when the page is an item's that says when it was last reviewed. */
    private String reviewedOn(String page) {
        String item = itemOfPage.get(page);
        if (item == null) return null;
        return lib.review(item).filter(r -> r.reviewed() != null).map(r -> lib.values().date(r.reviewed())).orElse(null);
    }

    /**
     * Every page but the print pages ({@link #printPages()}), the 404 page and the sitemap, sorted by path;
     * each page handed to {@code spool} as soon as it is rendered.
     */
    public List<OutputFile> render(Spool spool) {
        List<OutputFile> out = new ArrayList<>(pages.parallelStream().filter(p -> p != printPage).map(p -> spool.hand(renderPage(p))).toList());
        out.add(OutputFile.text("404.html", renderNotFound()));
        out.add(OutputFile.text("sitemap.xml", Sitemap.xml(lib.config().baseUrl(), pages.stream().map(Page::path).sorted().toList())));
        out.sort(Comparator.comparing(OutputFile::path));
        return out;
    }

    /**
     * The whole book on one page, rendered once by whichever asks first: the handbook's PDF, the
     * longest job of a build, starts from it before the other pages are done, and the print pages
     * are cut from it. It is never written, so never taken from the last build.
     */
    public String book() {
        if (printPage == null) throw new IllegalStateException("the handbook has print: false");
        if (printClaims.getAndIncrement() == 0) {
            try {
                printed.complete(Reads.unrecorded(() -> draw(printPage)));
            } catch (RuntimeException | Error e) {
                printed.completeExceptionally(e);
                throw e;
            }
        }
        return printed.join();
    }

    /**
     * The print pages: the book in parts ({@link PrintParts}), each a page, and the print page
     * ({@link Urls#PRINT}) with the cover and the contents linking into them.
     */
    public List<OutputFile> printPages() {
        List<PrintParts.Part> parts = PrintParts.split(book());
        List<OutputFile> out = new ArrayList<>();
        out.add(drawn(new Page(Urls.PRINT, printPage.template(), printPage.head(), v -> Map.of("parts", parts))));
        Link index = new Link(printPage.head().title(), Urls.PRINT);
        for (PrintParts.Part p : parts) {
            String title = "The handbook to print, part " + p.number() + " of " + parts.size();
            View.Nav prev = p.number() > 1 ? partNav("Previous part", parts.get(p.number() - 2)) : null;
            View.Nav next = p.number() < parts.size() ? partNav("Next part", parts.get(p.number())) : null;
            Page.Head head = new Page.Head("print", title, "From " + p.chapters().get(0).title() + " to "
                    + p.chapters().get(p.chapters().size() - 1).title() + ", for printing.",
                    List.of(new Link("Home", ""), index), null, prev, next, List.of(), "article");
            out.add(drawn(new Page(p.path(), printPage.template(), head, v -> Map.of("part", p, "parts", parts))));
        }
        return out;
    }

    /** A page drawn on every build, counted as rendered when it differs from the last build's. */
    private OutputFile drawn(Page page) {
        OutputFile file = OutputFile.text(page.path(), Reads.unrecorded(() -> draw(page)));
        if (traces.drawn(page.path(), file.bytes())) rendered.incrementAndGet();
        return file;
    }

    private static View.Nav partNav(String label, PrintParts.Part p) {
        return new View.Nav(label, "Part " + p.number() + ": " + p.chapters().get(0).title(), p.path());
    }

    /** Every page of the site but the 404 page, in the order they are declared. */
    public List<Page> pages() {
        return pages;
    }

    /** Pages rendered by the last {@link #render(Spool)}; the others were unchanged and reused. */
    public int renderedPages() {
        return rendered.get();
    }

    /** The views of page {@code from}, for documents made from the site's views (PDFs). */
    public Views views(String from) {
        return new PageViews(lib, from, bodies, this::embed, shared, fragments);
    }

    /**
     * A page: the last build's, if everything its making and rendering read then reads the same
     * now; else rendered, recording what it reads for the next build.
     */
    private OutputFile renderPage(Page page) {
        Optional<OutputFile> previous = traces.reuse(page.path(), lib::inputHash);
        if (previous.isPresent()) {
            if (fragments != null) fragments.unchanged(page.path());
            return previous.get();
        }
        rendered.incrementAndGet();
        Reads.Recorded<String> html = Reads.record(() -> draw(page));
        OutputFile file = OutputFile.text(page.path(), html.value());
        Set<String> keys = new TreeSet<>(siteWideReads);
        keys.addAll(page.reads());
        keys.addAll(html.keys());
        traces.rendered(page.path(), keys, lib::inputHash, file.bytes());
        if (fragments == null) release(page);
        return file;
    }

    /**
     * In a build that runs once (no dev server's fragments) of a handbook with no book to print, lets
     * go of the tree of the chapter the page was made for: its page is the only place a chapter's body
     * is rendered then (the book and the e-book render every chapter again), and a large site's
     * trees were some 100 MB until the build's end. Whatever renders it later parses it again.
     */
    private void release(Page page) {
        String item = itemOfPage.get(page.path());
        if (printPage != null || item == null || !item.startsWith(Chapters.TYPE.name() + ":")) return;
        Reads.unrecorded(() -> lib.parsed().get(item)).ifPresent(ParsedMarkdown::release);
    }

    /** A page's HTML: its template drawn from its model and the layout's view of it, then finished. */
    private String draw(Page page) {
        Map<String, Object> model = new HashMap<>(page.model().apply(views(page.path())));
        model.put("page", pageView(page, Urls.root(page.path())));
        model.put("site", site(page.path()));
        return page.finish().apply(templates.render(page.template(), model));
    }

    private View.Page pageView(Page page, String root) {
        Page.Head head = page.head();
        String from = page.path();
        List<Link> crumbs = head.crumbs().stream()
                .map(c -> new Link(c.title(), root + (c.href().isEmpty() ? Urls.HOME : c.href()))).toList();
        List<View.Toc> toc = new ArrayList<>();
        if (head.toc() != null) {
            List<Heading> hs = head.toc().headings().stream().filter(h -> h.level() == 2 || h.level() == 3).toList();
            if (hs.size() >= 3) hs.forEach(h -> toc.add(new View.Toc(h.level(), lib.values().plain(h.text()), "#" + h.id())));
        }
        List<String> js = new ArrayList<>();
        for (String script : List.of("site.js", "search-rank.js", "search-engine.js", "search-ui.js")) js.add(root + assets.path(script));
        head.scripts().forEach(s -> js.add(root + assets.path(s)));
        return new View.Page(from, root, lib.values().plain(head.title()), lib.values().plain(head.description()), Urls.canonical(lib.config().baseUrl(), from), head.kind(),
                crumbs, toc, relative(head.prev(), root), relative(head.next(), root),
                root + assets.path("site.css"), js, root + assets.path("favicon.svg"), liveReload, head.ogType(), nav(from, head.kind(), root),
                sharing.meta(from, head.kind(), head.title(), head.description(), head.crumbs()),
                reviewedOn(from));
    }

    /** The site's navigation as seen from a page: an entry is current on its type's pages and on the page it links. */
    private List<View.NavItem> nav(String from, String kind, String root) {
        List<View.NavItem> out = new ArrayList<>();
        for (ContentType<?> t : lib.types().navigation()) {
            String target = t.nav().href() != null ? t.nav().href() : t.indexPath();
            String targetPage = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
            boolean current = kind.equals(t.name()) || kind.equals(t.folder()) || from.equals(targetPage);
            out.add(new View.NavItem(lib.words(t).nav(), root + target, current));
        }
        return out;
    }

    private static View.Nav relative(View.Nav n, String root) {
        return n == null ? null : new View.Nav(n.label(), n.title(), root + n.href());
    }

    /** The handbook's identity as pages and PDFs show it, with the home link relative to {@code from}. */
    public View.Site site(String from) {
        int total = lib.totalMinutes(Chapters.TYPE);
        SiteConfig c = lib.config();
        return new View.Site(c.title(), c.subtitle(), c.edition(), c.description(), c.language(), c.updated(),
                Urls.root(from) + Urls.HOME, total, c.print(), lib.values().any());
    }

    /** The 404 page is served from any depth, so its links start at the site's base path. */
    private String renderNotFound() {
        String base = URI.create(lib.config().baseUrl()).getPath();
        Page page = new Page("404.html", "404.ftlh", new Page.Head("404", "Page not found", "This page does not exist.",
                List.of(), null, null, null, List.of(), "article"), v -> Map.of());
        Map<String, Object> model = new HashMap<>();
        model.put("page", pageView(page, base));
        View.Site s = site("404.html");
        model.put("site", new View.Site(s.title(), s.subtitle(), s.edition(), s.description(), s.language(), s.updated(),
                base + Urls.HOME, s.totalMinutes(), s.print(), s.values()));
        return templates.render("404.ftlh", model);
    }

    /** HTML for an embed inside a Markdown body on page {@code from}: an item's view, or the cards of an index. */
    private String embed(TypedRef ref, String from) {
        Map<String, Object> model = new HashMap<>();
        Views views = views(from);
        ContentType<?> type = ref.type();
        model.put("kind", ref.prefix());
        if (ref.index()) model.put(type.listVariable(), SitePages.cards(lib, type, views));
        else model.put(type.variable(), itemView(type, ref.id(), views));
        return templates.render("embed.ftlh", model);
    }

    private <T extends Record> Object itemView(ContentType<T> type, String id, Views views) {
        return type.page(views, lib.item(type, id).orElseThrow());
    }
}
