package org.handbook.link;

/**
 * Relative links between pages of the site. Links name index.html explicitly so the site also
 * works opened from disk (file://), where a folder is not a page. Where an item's page lives is
 * its type's to say ({@link org.handbook.types.ContentType#path}).
 */
public final class Urls {
    /** The home page. */
    public static final String HOME = "index.html";
    /** The whole book on one page, for print (and the book PDF's source). */
    public static final String PRINT = "print/index.html";
    /** The full search page. */
    public static final String SEARCH = "search/index.html";
    /** The list of named values, their sources and dates, and the pages that use them. */
    public static final String VALUES = "values/index.html";

    private Urls() {
    }

    /** The relative prefix from a page to the site root, e.g. "../../" for chapters/x/index.html. */
    public static String root(String fromPage) {
        int depth = 0;
        for (int i = 0; i < fromPage.length(); i++) if (fromPage.charAt(i) == '/') depth++;
        return "../".repeat(depth);
    }

    /** A link from one page to a site path, relative. Same-page links keep only the anchor. */
    public static String relative(String fromPage, String target) {
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        if (path.equals(fromPage) && hash >= 0) return target.substring(hash);
        return root(fromPage) + target;
    }

    /** The clean public URL of a page for canonical links and the sitemap. */
    public static String canonical(String baseUrl, String page) {
        String p = page.endsWith("index.html") ? page.substring(0, page.length() - "index.html".length()) : page;
        return baseUrl + p;
    }
}
