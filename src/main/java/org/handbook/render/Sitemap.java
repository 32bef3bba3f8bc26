package org.handbook.render;

import java.util.List;
import org.handbook.link.Urls;

/** The sitemap.xml of the site's pages, at their canonical URLs. */
final class Sitemap {
    private Sitemap() {
    }

    static String xml(String baseUrl, List<String> pages) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String p : pages) {
            sb.append("  <url><loc>").append(escape(Urls.canonical(baseUrl, p))).append("</loc></url>\n");
        }
        return sb.append("</urlset>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
