package org.handbook.link;

/**
 * Where each page lives in site/, and relative links between pages. Links name index.html
 * explicitly so the site also works opened from disk (file://), where a folder is not a page.
 */
public final class Urls {
    private Urls() {
    }

    /** The site path of an item's page (no leading slash). */
    public static String page(String type, String id) {
        return switch (type) {
            case "chapter" -> "chapters/" + id + "/index.html";
            case "playbook" -> "playbooks/" + id + "/index.html";
            case "technique" -> "techniques/" + id + "/index.html";
            case "checklist" -> "checklists/" + id + "/index.html";
            case "flowchart" -> "flowcharts/" + id + "/index.html";
            case "term" -> "glossary/index.html#" + id;
            case "source" -> "sources/index.html#" + id;
            default -> throw new IllegalArgumentException("no page for type " + type);
        };
    }

    /** The site path of a generated index page. */
    public static String index(String type) {
        return switch (type) {
            case "home" -> "index.html";
            case "glossary" -> "glossary/index.html";
            case "sources" -> "sources/index.html";
            case "playbooks" -> "playbooks/index.html";
            case "techniques" -> "techniques/index.html";
            case "checklists" -> "checklists/index.html";
            case "flowcharts" -> "flowcharts/index.html";
            case "search" -> "search/index.html";
            default -> throw new IllegalArgumentException("no index for type " + type);
        };
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
