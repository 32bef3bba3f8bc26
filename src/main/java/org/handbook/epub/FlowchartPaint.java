package org.handbook.epub;

import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Gives a flowchart picture its colours as SVG presentation attributes. On the site the picture
 * takes them from the stylesheet (so dark mode works); a reading system may ignore the book's
 * stylesheet, and an SVG without fills draws every box black, hiding its text. The values are the
 * site's light colours; outcome boxes take their verdict's tone, each verdict line its own.
 */
final class FlowchartPaint {
    private static final String FG = "#1f2328";
    private static final String SOFT = "#57606a";
    /** A verdict's tone to its colour and soft background, as site.css has them (light mode). */
    private static final Map<String, String[]> TONES = Map.of(
            "green", new String[] {"#1a7f37", "#e7f5ea"},
            "red", new String[] {"#b42318", "#fdecea"},
            "amber", new String[] {"#7a5200", "#fff4d6"},
            "violet", new String[] {"#6639ba", "#f1ebfb"},
            "blue", new String[] {"#1a5fb4", "#e6eefa"},
            "grey", new String[] {SOFT, "#f3f1eb"});

    private FlowchartPaint() {
    }

    static void paint(Element body) {
        for (Element svg : body.select("svg.flowchart-svg")) {
            svg.attr("font-family", "sans-serif");
            svg.select(".fc-line").forEach(e -> e.attr("fill", "none").attr("stroke", SOFT).attr("stroke-width", "1.5"));
            svg.select(".fc-arrowhead").forEach(e -> e.attr("fill", SOFT));
            svg.select(".fc-label-bg").forEach(e -> e.attr("fill", "#ffffff"));
            svg.select(".fc-label").forEach(e -> e.attr("fill", SOFT).attr("font-size", "12.5").attr("text-anchor", "middle"));
            for (Element node : svg.select(".fc-node")) {
                String[] colours = null;
                for (String c : node.classNames()) {
                    if (c.startsWith("fc-tone-")) colours = TONES.get(c.substring("fc-tone-".length()));
                }
                String stroke = colours == null ? SOFT : colours[0];
                String fill = colours == null ? "#f3f1eb" : colours[1];
                node.select("rect").forEach(r -> r.attr("fill", fill).attr("stroke", stroke).attr("stroke-width", "1.5"));
                node.select("text").forEach(t -> t.attr("fill", FG).attr("font-size", "14").attr("text-anchor", "middle"));
                for (Element line : node.select(".fc-verdict")) {
                    String[] own = line.classNames().stream().filter(c -> c.startsWith("fc-fill-")).map(c -> TONES.get(c.substring("fc-fill-".length())))
                            .filter(java.util.Objects::nonNull).findFirst().orElse(colours);
                    line.attr("fill", own == null ? stroke : own[0]).attr("font-weight", "bold");
                }
            }
        }
    }
}
