package org.handbook.render;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.handbook.link.Library;
import org.handbook.link.Urls;
import org.handbook.types.Chapters;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Makes the one-page handbook work on paper: a link to a chapter in the book jumps within the
 * page; any other link gets its full address, which the print stylesheet writes out after it;
 * and each chapter's glossary tooltips become numbered notes at the chapter's end.
 */
final class PrintLinks {
    private PrintLinks() {
    }

    static String rewrite(String html, Library lib, Set<String> inBook) {
        Document doc = Jsoup.parse(html);
        doc.outputSettings().prettyPrint(false);
        URI page = URI.create("https://site.invalid/" + Urls.PRINT);
        String chapters = Chapters.TYPE.folder() + "/";
        for (Element a : doc.select(".print-book a[href]")) {
            String href = a.attr("href");
            if (href.startsWith("#") || href.startsWith("http") || href.startsWith("mailto:") || a.hasClass("term-link")) continue;
            URI target = page.resolve(href);
            String path = target.getPath().substring(1);
            String anchor = target.getFragment();
            String chapter = path.startsWith(chapters) ? path.substring(chapters.length(), path.length() - "/index.html".length()) : null;
            if (chapter != null && inBook.contains(chapter)) {
                a.attr("href", "#ch-" + chapter + (anchor == null ? "" : "-" + anchor));
            } else if (!path.equals("handbook.pdf")) {
                a.attr("href", Urls.canonical(lib.config().baseUrl(), path) + (anchor == null ? "" : "#" + anchor));
                a.addClass("external");
            }
        }
        for (Element chapter : doc.select(".print-chapter")) {
            PrintFigures.notes(chapter, chapter.id() + "-", "Figures used in this chapter");
            notes(chapter, lib);
        }
        return doc.outerHtml();
    }

    /** Replaces each term tooltip in a chapter by a superscript number and lists the definitions at its end. */
    private static void notes(Element chapter, Library lib) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        Map<String, String> definitions = new LinkedHashMap<>();
        for (Element term : chapter.select("span.term")) {
            Element link = term.selectFirst("a.term-link");
            Element tip = term.selectFirst(".tip");
            if (link == null || tip == null) continue;
            String name = tip.selectFirst("strong") != null ? tip.selectFirst("strong").text() : link.text();
            tip.select("strong").remove();
            int n = numbers.computeIfAbsent(name, k -> numbers.size() + 1);
            definitions.putIfAbsent(name, tip.text());
            String id = chapter.id() + "-tn-" + n;
            Element plain = new Element("span").addClass("term-mention").text(link.text());
            plain.appendElement("sup").addClass("tn").appendElement("a").attr("href", "#" + id).text(String.valueOf(n));
            term.replaceWith(plain);
        }
        if (numbers.isEmpty()) return;
        Element list = chapter.appendElement("ol").addClass("term-notes").attr("aria-label", "Terms in this chapter");
        numbers.forEach((name, n) -> {
            Element li = list.appendElement("li").id(chapter.id() + "-tn-" + n);
            li.appendElement("strong").text(name);
            li.appendText(" " + definitions.get(name));
        });
    }
}
