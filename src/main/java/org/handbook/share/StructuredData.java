package org.handbook.share;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema.org description of a page as JSON-LD, for search engines: the book (Book) on the
 * home page, a chapter (Chapter) or another page (Article) as part of the book, the glossary as a
 * DefinedTermSet of DefinedTerms, and the page's breadcrumbs (BreadcrumbList). Written into a
 * {@code <script type="application/ld+json">}, a data block the browser never runs (the strict CSP
 * allows it: it governs scripts that execute), with {@code <}, {@code >} and {@code &} escaped so
 * no text can close the element.
 */
public final class StructuredData {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The book as a whole. */
    public record Book(String name, String subtitle, String description, String edition, String language, String updated,
                       String url, String image) {
    }

    /** A link with its absolute address: a breadcrumb, a chapter of the book. */
    public record Named(String name, String url) {
    }

    /** A glossary entry: its name, other names, short definition and address. */
    public record Term(String name, List<String> aliases, String description, String url) {
    }

    /** What a page says about itself; {@code kind} is the layout's page kind ("home", "chapter", ...). */
    public record Page(String kind, String title, String description, String url, String image, String number,
                       List<Named> crumbs, List<Named> chapters, List<Term> terms) {
    }

    private StructuredData() {
    }

    /** The JSON-LD of a page, safe to put between script tags; null for pages that describe nothing (search, 404). */
    public static String of(Book book, Page page) {
        List<Object> graph = new ArrayList<>();
        switch (page.kind()) {
            case "home" -> graph.add(book(book, page.chapters()));
            case "chapter" -> graph.add(part("Chapter", book, page));
            case "glossary" -> graph.add(terms(book, page));
            case "search", "404" -> {
                return null;
            }
            default -> graph.add(part("Article", book, page));
        }
        if (!page.crumbs().isEmpty()) graph.add(breadcrumbs(page));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("@context", "https://schema.org");
        root.put("@graph", graph);
        try {
            return JSON.writeValueAsString(root).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> book(Book b, List<Named> chapters) {
        Map<String, Object> m = thing("Book", b.name(), b.url());
        m.put("@id", b.url() + "#book");
        put(m, "alternativeHeadline", b.subtitle());
        put(m, "description", b.description());
        put(m, "bookEdition", b.edition());
        put(m, "inLanguage", b.language());
        put(m, "dateModified", b.updated());
        put(m, "image", b.image());
        m.put("bookFormat", "https://schema.org/EBook");
        List<Object> parts = new ArrayList<>();
        for (int i = 0; i < chapters.size(); i++) {
            Map<String, Object> c = thing("Chapter", chapters.get(i).name(), chapters.get(i).url());
            c.put("position", i + 1);
            parts.add(c);
        }
        if (!parts.isEmpty()) m.put("hasPart", parts);
        return m;
    }

    private static Map<String, Object> part(String type, Book b, Page p) {
        Map<String, Object> m = thing(type, p.title(), p.url());
        if (type.equals("Article")) m.put("headline", p.title());
        put(m, "description", p.description());
        put(m, "position", p.number());
        put(m, "image", p.image());
        put(m, "inLanguage", b.language());
        put(m, "dateModified", b.updated());
        m.put("isPartOf", bookRef(b));
        return m;
    }

    private static Map<String, Object> terms(Book b, Page p) {
        Map<String, Object> m = thing("DefinedTermSet", p.title(), p.url());
        put(m, "description", p.description());
        m.put("isPartOf", bookRef(b));
        List<Object> terms = new ArrayList<>();
        for (Term t : p.terms()) {
            Map<String, Object> d = thing("DefinedTerm", t.name(), t.url());
            if (!t.aliases().isEmpty()) d.put("alternateName", t.aliases());
            put(d, "description", t.description());
            d.put("inDefinedTermSet", p.url());
            terms.add(d);
        }
        m.put("hasDefinedTerm", terms);
        return m;
    }

    private static Map<String, Object> breadcrumbs(Page p) {
        List<Object> items = new ArrayList<>();
        List<Named> trail = new ArrayList<>(p.crumbs());
        trail.add(new Named(p.title(), p.url()));
        for (int i = 0; i < trail.size(); i++) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("@type", "ListItem");
            item.put("position", i + 1);
            item.put("name", trail.get(i).name());
            item.put("item", trail.get(i).url());
            items.add(item);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@type", "BreadcrumbList");
        m.put("itemListElement", items);
        return m;
    }

    /** The book as a reference (a LinkedHashMap, as everywhere here: Map.of's order changes from run to run). */
    private static Map<String, Object> bookRef(Book b) {
        Map<String, Object> m = thing("Book", b.name(), b.url());
        m.put("@id", b.url() + "#book");
        return m;
    }

    private static Map<String, Object> thing(String type, String name, String url) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@type", type);
        m.put("name", name);
        m.put("url", url);
        return m;
    }

    private static void put(Map<String, Object> m, String key, String value) {
        if (value != null && !value.isBlank()) m.put(key, value);
    }
}
