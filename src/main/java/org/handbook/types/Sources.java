package org.handbook.types;

import static org.handbook.types.Fields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.handbook.model.Source;

/** The source register, in the citation format Zotero and Pandoc export (CSL-YAML or CSL-JSON), one file for all. */
public final class Sources {
    private Sources() {
    }

    public static final ContentType<Source> TYPE = ContentType.of("source", Source.class, ContentType.Layout.REGISTER)
            .folder("sources").schema("sources")
            .binder(i -> bind(i.fields(), i))
            .id(Source::id).title(Source::title).source(Source::source)
            // the register's own order, which is the citation numbers' order
            .order((a, b) -> 0)
            .noPages()
            .anchors(s -> Set.of())
            .index("Sources", "The source register: every work the handbook cites.")
            .nav("Sources", 7)
            .embedsIndex()
            .page(Sources::view)
            .unsearched()
            .build();

    /** An entry of the register as the sources page lists it. */
    public record View(String id, int number, String authors, String year, String title, String container,
                       String publisher, String url, String note) {
    }

    private static Source bind(JsonNode n, ContentType.Item item) {
        List<String> authors = new ArrayList<>();
        JsonNode a = n.get("author");
        if (a != null) a.forEach(p -> {
            if (p.has("literal")) authors.add(p.get("literal").asText());
            else {
                String family = text(p, "family");
                String given = text(p, "given");
                authors.add(given == null ? family : family + ", " + given);
            }
        });
        String issued = null;
        JsonNode i = n.get("issued");
        if (i != null) {
            if (i.has("date-parts") && i.get("date-parts").size() > 0 && i.get("date-parts").get(0).size() > 0)
                issued = i.get("date-parts").get(0).get(0).asText();
            else if (i.has("literal")) issued = i.get("literal").asText();
            else if (i.has("raw")) issued = i.get("raw").asText();
        }
        String url = text(n, "URL");
        String doi = text(n, "DOI");
        if (url == null && doi != null && WebAddress.doiProblem(doi).isEmpty()) url = WebAddress.doiUrl(doi);
        String publisher = text(n, "publisher");
        if (publisher == null) publisher = text(n, "authority");
        return new Source(text(n, "id"), text(n, "type"), text(n, "title"), List.copyOf(authors), issued,
                text(n, "container-title"), publisher, url, text(n, "note"), item.source(), item.pointer());
    }

    /** An entry with its number and at most three authors. */
    public static View view(Views v, Source s) {
        String authors = s.authors().size() > 3 ? s.authors().get(0) + " et al." : String.join("; ", s.authors());
        return new View(s.id(), v.sourceNumber(s.id()), authors, s.issued(), s.title(), s.containerTitle(),
                s.publisher(), s.url(), v.inline(s.note()));
    }
}
