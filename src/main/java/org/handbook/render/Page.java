package org.handbook.render;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.handbook.markdown.ParsedMarkdown;
import org.handbook.types.Link;
import org.handbook.types.Views;

/**
 * One page of the site: where it goes, the template and the model that draw it, and what it shows
 * of the parsed texts as its own ({@code reads}), which with the site-wide inputs decides whether
 * the last build's copy may be reused. {@code finish} post-processes the HTML.
 */
public record Page(String path, String template, Head head, Function<Views, Map<String, Object>> model,
                   List<Read> reads, UnaryOperator<String> finish) {

    /** A parsed text ({@link org.handbook.types.ContentType#textKey}) a page shows: all of it, or only its reading time. */
    public record Read(String textKey, boolean minutesOnly) {
        public static Read text(String textKey) {
            return new Read(textKey, false);
        }

        public static Read minutes(String textKey) {
            return new Read(textKey, true);
        }
    }

    /** What the layout shows around the page's own content; crumbs' hrefs are site paths ("" for home). */
    public record Head(String kind, String title, String description, List<Link> crumbs, ParsedMarkdown toc,
                       View.Nav prev, View.Nav next, List<String> scripts, String ogType) {
    }

    public Page(String path, String template, Head head, Function<Views, Map<String, Object>> model, List<Read> reads) {
        this(path, template, head, model, reads, UnaryOperator.identity());
    }
}
