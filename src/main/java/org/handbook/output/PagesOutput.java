package org.handbook.output;

import java.util.List;
import org.handbook.write.OutputFile;

/** The site's HTML pages (but the one-page book, {@link PrintPageOutput}), its 404 page and its sitemap. */
public final class PagesOutput implements Output {
    @Override
    public String name() {
        return "pages";
    }

    @Override
    public List<OutputFile> produce(BuildContext context) {
        return context.pages().render(context.spool());
    }
}
