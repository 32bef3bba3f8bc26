package org.handbook.render;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.handbook.markdown.ParsedMarkdown;
import org.handbook.types.Link;
import org.handbook.types.Views;

/**
 * One page of the site: where it goes, the template and the model that draw it, and what making
 * it read ({@code reads}: the keys the library noted while its head was made, see
 * {@link org.handbook.cache.Reads}); with what its render reads, they decide whether the last
 * build's copy may be reused. {@code finish} post-processes the HTML.
 */
public record Page(String path, String template, Head head, Function<Views, Map<String, Object>> model,
                   Set<String> reads, UnaryOperator<String> finish) {

    /** What the layout shows around the page's own content; crumbs' hrefs are site paths ("" for home). */
    public record Head(String kind, String title, String description, List<Link> crumbs, ParsedMarkdown toc,
                       View.Nav prev, View.Nav next, List<String> scripts, String ogType) {
    }

    public Page(String path, String template, Head head, Function<Views, Map<String, Object>> model) {
        this(path, template, head, model, Set.of(), UnaryOperator.identity());
    }

    public Page(String path, String template, Head head, Function<Views, Map<String, Object>> model, UnaryOperator<String> finish) {
        this(path, template, head, model, Set.of(), finish);
    }

    /** The same page, with what making it read. */
    public Page withReads(Set<String> keys) {
        return new Page(path, template, head, model, Set.copyOf(keys), finish);
    }
}
