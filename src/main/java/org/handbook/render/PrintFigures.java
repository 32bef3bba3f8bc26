package org.handbook.render;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Named values on paper, where a tooltip cannot open: each value in the text keeps its words and
 * gets a letter, and the part's end lists the figures used, each with what it is, its source and
 * its date ("Figures used in this chapter"). Short documents list them without the letters.
 */
public final class PrintFigures {
    private PrintFigures() {
    }

    /**
     * A short document for paper (a checklist, a meeting pack): its values written as plain text,
     * without letters, and the figures listed at its end under {@code heading}.
     */
    public static String document(String html, String heading) {
        if (!html.contains("data-value=")) return html;
        Document doc = Jsoup.parse(html);
        doc.outputSettings().prettyPrint(false);
        notes(doc.body(), "", heading, false);
        return doc.outerHtml();
    }

    /** Replaces the values in {@code part} by lettered mentions and appends their notes, ids starting {@code idPrefix}. */
    public static void notes(Element part, String idPrefix, String heading) {
        notes(part, idPrefix, heading, true);
    }

    private static void notes(Element part, String idPrefix, String heading, boolean lettered) {
        Map<String, String> letters = new LinkedHashMap<>();
        Map<String, String[]> figures = new LinkedHashMap<>();
        for (Element v : part.select("span.value")) {
            String name = v.attr("data-value");
            Element link = v.selectFirst("a.value-link");
            Element tip = v.selectFirst(".tip");
            String shown = link != null ? link.text() : v.text();
            String note;
            if (tip != null) {
                tip.select("strong").remove();
                note = tip.text();
            } else {
                note = v.attr("title");
            }
            String letter = letters.computeIfAbsent(name, k -> letter(letters.size()));
            figures.putIfAbsent(name, new String[] {shown, note});
            if (lettered) {
                Element plain = new Element("span").addClass("value-mention").text(shown);
                plain.appendElement("sup").addClass("vn").appendElement("a").attr("href", "#" + idPrefix + "vn-" + name).text(letter);
                v.replaceWith(plain);
            } else {
                // plain words of the sentence: openhtmltopdf draws an inline element's text apart from its line's
                v.replaceWith(new TextNode(shown));
            }
        }
        if (figures.isEmpty()) return;
        Element box = part.appendElement("div").addClass("value-notes");
        box.appendElement("p").addClass("value-notes-title").text(heading);
        Element list = box.appendElement(lettered ? "ol" : "ul").attr(lettered ? "type" : "class", lettered ? "a" : "figures");
        figures.forEach((name, f) -> {
            Element li = list.appendElement("li").id(idPrefix + "vn-" + name);
            li.appendElement("strong").text(f[0]);
            li.appendText(": " + f[1]);
        });
    }

    /** a, b, ... z, aa, ab ...: the letters of an ordered list of type "a". */
    static String letter(int i) {
        return (i >= 26 ? letter(i / 26 - 1) : "") + (char) ('a' + i % 26);
    }
}
