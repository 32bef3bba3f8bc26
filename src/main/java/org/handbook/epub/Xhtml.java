package org.handbook.epub;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.handbook.render.PrintFigures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;

/**
 * Turns HTML the site's templates made for a page into an e-book document's XHTML: well-formed
 * XML; links into the book made relative to its documents and every other link the page's public
 * address; glossary tooltips reduced to their link (a reading system shows the entry); disclosure
 * widgets opened out; what only a browser with scripts uses left out.
 */
final class Xhtml {
    private static final URI SITE = URI.create("https://site.invalid/");

    /** Where the book's documents are: a site path (no anchor) to the document that holds it. */
    private final Map<String, String> documents;
    /** A site path and anchor to its public address, for links that leave the book. */
    private final Function<String, String> online;

    Xhtml(Map<String, String> documents, Function<String, String> online) {
        this.documents = documents;
        this.online = online;
    }

    /** {@code html}, made for the site page {@code from}, as the body of an e-book document. */
    Element convert(String html, String from) {
        Document doc = Jsoup.parse(html, "", parser());
        return convert(doc, from);
    }

    /** The same for a whole parsed page's element. */
    Element convert(Document doc, String from) {
        Element body = doc.body();
        // a named value's note cannot open in a reading system: the document lists its figures
        PrintFigures.notes(body, "", "Figures used here");
        for (Element term : body.select("span.term")) {
            Element link = term.selectFirst("a.term-link");
            if (link == null) continue;
            link.removeAttr("aria-describedby");
            term.replaceWith(link);
        }
        body.select(".tip, .anchor, .visually-hidden[role=status], script, noscript, input, textarea, button").remove();
        for (Element d : body.select("details")) {
            Element summary = d.selectFirst("summary");
            if (summary != null) summary.tagName("p").addClass("summary");
            d.tagName("div").addClass("details");
            d.removeAttr("open");
        }
        for (Element e : body.select("[tabindex], [hidden], [download], [data-zoom], [aria-pressed]")) {
            e.removeAttr("tabindex").removeAttr("hidden").removeAttr("download").removeAttr("aria-pressed");
        }
        for (Element a : body.select("a[href]")) a.attr("href", link(a.attr("href"), from));
        return body;
    }

    /** A link as the e-book has it: within the document, to another document, or out to the web. */
    String link(String href, String from) {
        if (href.startsWith("#") || href.startsWith("http:") || href.startsWith("https:") || href.startsWith("mailto:")) return href;
        URI target = SITE.resolve(URI.create(from)).resolve(href);
        String path = target.getPath().substring(1);
        String anchor = target.getFragment();
        String document = documents.get(path);
        if (document != null) return document + (anchor == null ? "" : "#" + anchor);
        return online.apply(path) + (anchor == null ? "" : "#" + anchor);
    }

    /** XHTML text of the children of {@code body}, serialised as XML. */
    static String xml(Element body) {
        Document.OutputSettings settings = new Document.OutputSettings().syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml).charset("UTF-8").prettyPrint(false);
        Document holder = Document.createShell("");
        holder.outputSettings(settings);
        holder.body().appendChildren(body.childNodesCopy());
        return holder.body().html();
    }

    /** A parser that keeps SVG's mixed-case attribute names (viewBox, refX, markerWidth). */
    static Parser parser() {
        return Parser.htmlParser().settings(ParseSettings.preserveCase);
    }

    /** Ids present in a document, for links whose anchors must exist. */
    static Set<String> ids(Element body) {
        return new java.util.HashSet<>(body.select("[id]").eachAttr("id"));
    }

    /**
     * Drops the anchor of a link into the book whose target id the document lacks (a page anchor with
     * no counterpart in the e-book), keeping the link to the document (or only its text, within one):
     * EPUBCheck rejects links to ids that do not exist.
     */
    static void keepResolvable(Element body, String file, Map<String, Set<String>> ids) {
        for (Element a : body.select("a[href]")) {
            String href = a.attr("href");
            if (href.contains(":")) continue;
            int hash = href.indexOf('#');
            String target = hash < 0 ? href : href.substring(0, hash);
            String doc = target.isEmpty() ? file : target;
            if (hash >= 0 && !ids.getOrDefault(doc, Set.of()).contains(href.substring(hash + 1))) {
                if (target.isEmpty()) a.unwrap();
                else a.attr("href", target);
            }
        }
    }

}
