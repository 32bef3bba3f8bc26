package org.handbook.share;

import java.util.ArrayList;
import java.util.List;
import org.handbook.link.Library;
import org.handbook.link.Urls;
import org.handbook.model.Chapter;
import org.handbook.model.SiteConfig;
import org.handbook.types.Chapters;
import org.handbook.types.ContentType;
import org.handbook.types.Link;
import org.handbook.types.ReadingOrder;
import org.handbook.types.Terms;

/**
 * What a shared link shows of a page: its preview card (where the picture is, what it says) and its
 * structured data. Every page has a card beside it ({@code card.png} in its folder); the 404 page,
 * served from anywhere, shows the home page's.
 */
public final class Sharing {
    /** The layout's view: the card's public address and text alternative, and the page's JSON-LD (or null). */
    public record Meta(String image, String imageAlt, String jsonLd) {
    }

    private final Library lib;
    private final StructuredData.Book book;

    public Sharing(Library lib) {
        this.lib = lib;
        SiteConfig c = lib.config();
        this.book = new StructuredData.Book(c.title(), c.subtitle(), c.description(), c.edition(), c.language(), c.updated(),
                c.baseUrl(), c.baseUrl() + cardPath(Urls.HOME));
    }

    /** The site path of a page's card: {@code card.png} beside the page, the home page's for pages outside a folder. */
    public static String cardPath(String page) {
        int slash = page.lastIndexOf('/');
        return slash < 0 ? "card.png" : page.substring(0, slash + 1) + "card.png";
    }

    /** The card of a page as it will be drawn. */
    public PreviewCard card(String page, String kind, String title, String description) {
        SiteConfig c = lib.config();
        if (page.equals(Urls.HOME)) {
            String address = c.baseUrl().replaceFirst("^https?://", "").replaceFirst("/$", "");
            return new PreviewCard(c.edition() == null ? "" : c.edition(), c.title(), c.subtitle() == null ? c.description() : c.subtitle(), address);
        }
        return new PreviewCard(section(page, kind), title, description == null ? "" : description, c.title());
    }

    /** The sharing metadata of a page; {@code crumbs} as the layout has them (site paths, "" for home). */
    public Meta meta(String page, String kind, String title, String description, List<Link> crumbs) {
        String base = lib.config().baseUrl();
        String image = page.equals("404.html") ? book.image() : base + cardPath(page);
        String url = Urls.canonical(base, page);
        List<StructuredData.Named> trail = crumbs.stream()
                .map(c -> new StructuredData.Named(c.title(), Urls.canonical(base, c.href().isEmpty() ? Urls.HOME : c.href()))).toList();
        List<StructuredData.Named> chapters = new ArrayList<>();
        List<StructuredData.Term> terms = new ArrayList<>();
        String number = null;
        if (kind.equals("home")) {
            for (Chapter c : lib.items(Chapters.TYPE)) chapters.add(new StructuredData.Named(Chapters.numbered(c), Urls.canonical(base, Chapters.TYPE.path(c.id()))));
        } else if (kind.equals(Terms.TYPE.folder())) {
            lib.items(Terms.TYPE).forEach(t -> terms.add(new StructuredData.Term(t.term(), t.aliases(), lib.definition(t.id()), url + "#" + t.id())));
        } else if (kind.equals(Chapters.TYPE.name())) {
            number = chapter(page).map(c -> ReadingOrder.display(c.number())).filter(n -> !n.isEmpty()).orElse(null);
        }
        String json = StructuredData.of(book, new StructuredData.Page(kind, title, description, url, image, number, trail, chapters, terms));
        return new Meta(image, "Preview card: " + title + " (" + lib.config().title() + ")", json);
    }

    /** The line above a card's title: the chapter's number, or what the handbook calls the page's kind. */
    private String section(String page, String kind) {
        return switch (kind) {
            case "chapter" -> chapter(page).map(c -> {
                String n = ReadingOrder.display(c.number());
                if (n.isEmpty()) return "The book";
                return n.matches("\\d+") ? "Chapter " + Integer.parseInt(n) : "Appendix " + n;
            }).orElse("The book");
            case "print" -> "The whole book";
            case "search" -> "Search";
            default -> declared(kind);
        };
    }

    /** An item page shows what one item is called, an index page its title, both as the handbook words them. */
    private String declared(String kind) {
        for (ContentType<?> t : lib.types().all()) {
            if (t.name().equals(kind)) return lib.words(t).label();
            if (t.folder().equals(kind) && t.index() != null) return lib.words(t).title();
        }
        return kind;
    }

    private java.util.Optional<Chapter> chapter(String page) {
        // found by the id in its path, not by trying every chapter's: a 4,000-page book has 4,000 chapter pages
        String folder = Chapters.TYPE.folder() + "/";
        if (!page.startsWith(folder) || page.indexOf('/', folder.length()) < 0) return java.util.Optional.empty();
        String id = page.substring(folder.length(), page.indexOf('/', folder.length()));
        return lib.item(Chapters.TYPE, id).filter(c -> Chapters.TYPE.path(c.id()).equals(page));
    }
}
