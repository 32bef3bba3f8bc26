package org.handbook.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.handbook.cache.Reads;
import org.handbook.link.Library;
import org.handbook.link.NamedValues;
import org.handbook.link.Urls;
import org.handbook.markdown.ParsedMarkdown;
import org.handbook.model.Chapter;
import org.handbook.model.SiteConfig;
import org.handbook.model.Value;
import org.handbook.types.Chapters;
import org.handbook.types.ContentType;
import org.handbook.types.Link;
import org.handbook.types.Sources;
import org.handbook.types.TypedRef;
import org.handbook.types.Views;
import org.handbook.types.Words;

/**
 * Which pages the site has: the home page, a page per item of every type that has pages (with
 * its neighbours in reading order), an index page per type that has one, the print page and the
 * search page. Each type's page is drawn by its template from its declared view.
 */
final class SitePages {
    private static final Link HOME = new Link("Home", "");

    private SitePages() {
    }

    /**
     * Every page, each made while what it reads is recorded ({@link Page#reads}): its head shows
     * titles, neighbours and contents that the page's fingerprint must cover.
     */
    static List<Page> of(Library lib) {
        List<Supplier<Page>> makers = new ArrayList<>();
        makers.add(() -> home(lib));
        for (ContentType<?> type : lib.types().all()) {
            if (type.hasPages()) {
                for (int i = 0, n = lib.items(type).size(); i < n; i++) {
                    int at = i;
                    makers.add(() -> item(lib, type, at));
                }
            }
            if (type.index() != null) makers.add(() -> index(lib, type));
        }
        if (lib.config().print()) makers.add(() -> print(lib));
        if (lib.values().any()) makers.add(() -> values(lib));
        makers.add(() -> new Page(Urls.SEARCH, "search.ftlh", head("search", "Search", "Search the whole handbook, online or from a downloaded copy.",
                List.of(HOME), null, null, List.of()), v -> Map.of()));
        return makers.stream().map(make -> {
            Reads.Recorded<Page> made = Reads.record(make);
            return made.value().withReads(made.keys());
        }).toList();
    }

    /** The cover: the book's contents and, for each type listed on the home page, its items. */
    private static Page home(Library lib) {
        SiteConfig c = lib.config();
        List<Chapter> chapters = lib.items(Chapters.TYPE);
        View.Nav start = chapters.isEmpty() ? null : new View.Nav("Start reading", chapters.get(0).title(), Chapters.TYPE.path(chapters.get(0).id()));
        return new Page(Urls.HOME, "home.ftlh", new Page.Head("home", c.title(), c.description(), List.of(), null, null, start, List.of(), "website"),
                v -> {
                    Map<String, Object> model = new LinkedHashMap<>();
                    lib.types().all().stream().filter(ContentType::onHome).forEach(t -> model.put(t.listVariable(), cards(lib, t, v)));
                    return model;
                });
    }

    /** The items of a type as its lists show them. */
    static <T extends Record> List<Object> cards(Library lib, ContentType<T> type, Views views) {
        return lib.items(type).stream().map(x -> type.card(views, x)).toList();
    }

    /** The page of the item at {@code i} in reading order, between its neighbours. */
    private static <T extends Record> Page item(Library lib, ContentType<T> type, int i) {
        List<T> items = lib.items(type);
        List<Link> crumbs = type.index() == null ? List.of(HOME) : List.of(HOME, new Link(lib.words(type).title(), type.indexPath()));
        T item = items.get(i);
        String id = type.id(item);
        ParsedMarkdown body = type.body(item) == null ? null : lib.parsed().text(type.textKey(id));
        return new Page(type.path(id), type.template(),
                new Page.Head(type.name(), lib.values().plain(type.title(item)), lib.values().plain(type.summary(item)), crumbs, body,
                        i > 0 ? nav("Previous", type, items.get(i - 1)) : null,
                        i + 1 < items.size() ? nav("Next", type, items.get(i + 1)) : null, type.scripts(), "article"),
                v -> Map.of(type.variable(), type.page(v, item)));
    }

    /** A neighbour link; its href is a site path made relative when the page renders. */
    private static <T extends Record> View.Nav nav(String label, ContentType<T> type, T item) {
        return new View.Nav(label, type.title(item), type.path(type.id(item)));
    }

    /** A type's index page: its title and description as the handbook words them, with the items counted. */
    private static <T extends Record> Page index(Library lib, ContentType<T> type) {
        Words words = lib.words(type);
        return new Page(type.indexPath(), type.indexTemplate(), head(type.folder(), words.title(), lib.counted(type, words.description()),
                List.of(HOME), null, null, List.of()),
                v -> Map.of(type.listVariable(), cards(lib, type, v), "intro", lib.counted(type, words.intro())));
    }

    /**
     * Every chapter on one page, for paper (the PDF's source, and the print pages' when cut into
     * parts): links within the book become jumps, others full addresses.
     */
    private static Page print(Library lib) {
        List<Chapter> chapters = lib.items(Chapters.TYPE);
        Set<String> inBook = chapters.stream().map(Chapter::id).collect(Collectors.toSet());
        return new Page(Urls.PRINT, "print.ftlh", head("print", "The whole handbook, to print",
                "The cover and contents of the handbook to print, and every chapter in reading order in parts of a page each.", List.of(HOME), null, null, List.of()),
                v -> Map.of("chapters", chapters.stream().map(c -> Chapters.printed(v, c)).toList()),
                html -> PrintLinks.rewrite(html, lib, inBook));
    }

    /** Every named value with what it is, its source, its dates and the pages that show it. */
    private static Page values(Library lib) {
        return new Page(Urls.VALUES, "values.ftlh", head("values", "Figures and their sources",
                "Every number and date the handbook relies on, defined once: what it is, where it comes from, when it was last checked, and the pages that use it.",
                List.of(HOME), null, null, List.of()), v -> Map.of("values", lib.values().all().stream().map(x -> value(lib, v, x)).toList()));
    }

    private static View.NamedValue value(Library lib, Views v, Value x) {
        NamedValues values = lib.values();
        // a source id of the register, or a reference to the page that argues the value
        Link source = x.source() == null ? null : lib.types().ref(x.source())
                .or(() -> Optional.of(TypedRef.to(Sources.TYPE, x.source()))).map(v::link).orElse(null);
        List<Link> used = lib.valueUses(x.name()).stream().map(ref -> lib.types().ref(ref).map(v::link).orElse(null))
                .filter(java.util.Objects::nonNull).toList();
        return new View.NamedValue(x.name(), values.display(x), x.about(), source,
                x.reviewed() == null ? null : values.date(x.reviewed()), x.reviewBy() == null ? null : values.date(x.reviewBy()), used);
    }

    private static Page.Head head(String kind, String title, String description, List<Link> crumbs, View.Nav prev, View.Nav next,
                                  List<String> scripts) {
        return new Page.Head(kind, title, description, crumbs, null, prev, next, scripts, "article");
    }
}
