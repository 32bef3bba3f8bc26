package org.handbook.pdf;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The parts of a playbook a meeting acts on, cut from its rendered body by the section headings
 * every playbook uses (docs/content-format.md): the options table, the stop rule, what would
 * change the verdict, the first three steps. A section a playbook lacks is "". Terms read as
 * plain words (the pack lists their definitions).
 */
public record PackSections(String options, String stopRule, String changes, String steps) {
    static final String OPTIONS = "The options";
    static final String CHANGES = "What would change the verdict";
    static final String STEPS = "First three steps";
    /** The paragraph of {@link #CHANGES} that starts with this, in bold, is the stop rule. */
    static final String STOP_RULE = "Stop rule";

    static PackSections of(String bodyHtml) {
        Element body = Jsoup.parseBodyFragment(bodyHtml).body();
        // a term reads as itself: the pack defines its terms at the end, and paper has no tooltips
        for (Element term : body.select("span.term")) {
            Element link = term.selectFirst("a.term-link");
            if (link != null) term.replaceWith(new Element("span").addClass("term-mention").text(link.text()));
        }
        Element options = section(body, OPTIONS);
        // the table and what introduces it; worked numbers (### subsections) stay on the web page
        Element table = new Element("div");
        for (Element e : options.children()) {
            if (e.tagName().matches("h[3-6]")) break;
            table.appendChild(e.clone());
        }
        Element changes = section(body, CHANGES);
        Element stop = changes.children().stream()
                .filter(e -> e.tagName().equals("p") && e.selectFirst("strong") != null && e.text().startsWith(STOP_RULE))
                .findFirst().orElse(null);
        String stopRule = "";
        if (stop != null) {
            stop.selectFirst("strong").remove();
            stopRule = stop.html().strip();
            stop.remove();
        }
        return new PackSections(table.html(), stopRule, changes.html(), section(body, STEPS).html());
    }

    /** The elements after the {@code h2} titled {@code title}, up to the next {@code h2}, in a div. */
    private static Element section(Element body, String title) {
        Element out = new Element("div");
        Element h = body.select("h2").stream().filter(e -> e.ownText().strip().equals(title) || e.text().strip().equals(title))
                .findFirst().orElse(null);
        if (h == null) return out;
        for (Element e = h.nextElementSibling(); e != null && !e.tagName().equals("h2"); e = e.nextElementSibling()) {
            out.appendChild(e.clone());
        }
        return out;
    }
}
