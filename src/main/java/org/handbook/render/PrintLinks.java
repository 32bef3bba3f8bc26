package org.handbook.render;

import java.net.URI;
import java.util.HashSet;
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
 * page, and so does a link to an entry of an index the book embeds (a citation to the source
 * register in the back matter, a glossary "see also"); any other link gets its full address,
 * which the print stylesheet writes out after it; and each chapter's glossary tooltips become
 * numbered notes at the chapter's end, but for terms whose entry the chapter itself holds.
 */
final class PrintLinks {
    private static final URI PAGE = URI.create("https://site.invalid/" + Urls.PRINT);

    private PrintLinks() {
    }

    static String rewrite(String html, Library lib, Set<String> inBook) {
        Document doc = Jsoup.parse(html);
        doc.outputSettings().prettyPrint(false);
        String chapters = Chapters.TYPE.folder() + "/";
        Set<String> ids = new HashSet<>(doc.select(".print-book [id]").eachAttr("id"));
        for (Element a : doc.select(".print-book a[href]")) {
            String href = a.attr("href");
            if (href.startsWith("#") || href.startsWith("http") || href.startsWith("mailto:") || a.hasClass("term-link")) continue;
            URI target = PAGE.resolve(href);
            String path = target.getPath().substring(1);
            String anchor = target.getFragment();
            String chapter = path.startsWith(chapters) ? path.substring(chapters.length(), path.length() - "/index.html".length()) : null;
            String entry = embedded(path, anchor);
            if (chapter != null && inBook.contains(chapter)) {
                a.attr("href", "#ch-" + chapter + (anchor == null ? "" : "-" + anchor));
            } else if (ids.contains(entry)) {
                a.attr("href", "#" + entry);
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

    /** The id an entry of an index page ({@code glossary/index.html#x}) has where an embed shows the index ({@code e-glossary-x}). */
    private static String embedded(String path, String anchor) {
        int slash = path.indexOf('/');
        if (anchor == null || slash < 0 || !path.substring(slash).equals("/index.html")) return null;
        return "e-" + path.substring(0, slash) + "-" + anchor;
    }

    /** Replaces each term tooltip in a chapter by a superscript number and lists the definitions at its end. */
    private static void notes(Element chapter, Library lib) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        Map<String, String> definitions = new LinkedHashMap<>();
        Set<String> held = new HashSet<>(chapter.select("[id]").eachAttr("id"));
        for (Element term : chapter.select("span.term")) {
            Element link = term.selectFirst("a.term-link");
            Element tip = term.selectFirst(".tip");
            if (link == null || tip == null) continue;
            URI target = PAGE.resolve(link.attr("href"));
            String entry = embedded(target.getPath().substring(1), target.getFragment());
            if (held.contains(entry)) {
                // the chapter holds the glossary itself: the word links its entry, no note repeats it
                term.replaceWith(new Element("a").addClass("term-mention").attr("href", "#" + entry).text(link.text()));
                continue;
            }
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
