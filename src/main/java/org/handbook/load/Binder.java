package org.handbook.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handbook.model.Chapter;
import org.handbook.model.Checklist;
import org.handbook.model.Flowchart;
import org.handbook.model.Markdown;
import org.handbook.model.Playbook;
import org.handbook.model.Signals;
import org.handbook.model.SiteConfig;
import org.handbook.model.Source;
import org.handbook.model.SourceMap;
import org.handbook.model.Technique;
import org.handbook.model.Term;
import org.handbook.model.Verdict;
import org.handbook.problem.Position;

import static org.handbook.load.Fields.bool;
import static org.handbook.load.Fields.integer;
import static org.handbook.load.Fields.list;
import static org.handbook.load.Fields.text;

/** Turns schema-valid YAML trees into the model's records. */
final class Binder {
    private Binder() {
    }

    static SiteConfig config(JsonNode n) {
        Integer wpm = integer(n, "words-per-minute");
        String lang = text(n, "language");
        return new SiteConfig(text(n, "title"), text(n, "subtitle"), text(n, "edition"), text(n, "description"),
                text(n, "base-url"), wpm == null ? 220 : wpm, lang == null ? "en" : lang, text(n, "updated"),
                !n.has("print") || bool(n, "print"));
    }

    static Chapter chapter(String id, JsonNode n, Markdown body, SourceMap map) {
        return new Chapter(id, text(n, "number"), text(n, "title"), text(n, "claim"), integer(n, "minutes"), body, map);
    }

    static Playbook playbook(String id, JsonNode n, Markdown body, SourceMap map) {
        JsonNode s = n.get("signals");
        return new Playbook(id, text(n, "title"), integer(n, "order"), text(n, "question"),
                Verdict.of(text(n, "verdict")), text(n, "answer"), list(n, "techniques"),
                new Signals(list(s, "for"), list(s, "against")), text(n, "checklist"), text(n, "flowchart"),
                text(n, "outcome"), list(n, "chapters"), body, map);
    }

    static Term term(String id, JsonNode n, Markdown body, SourceMap map) {
        return new Term(id, text(n, "term"), list(n, "aliases"), list(n, "see"), body, map);
    }

    static Technique technique(String id, JsonNode n, Markdown body, SourceMap map) {
        return new Technique(id, text(n, "title"), integer(n, "order"), text(n, "summary"), bool(n, "changes-weights"),
                text(n, "changes"), text(n, "cannot-change"), text(n, "cost"), text(n, "cost-note"),
                text(n, "time-to-result"), text(n, "reversibility"), text(n, "data-needed"),
                text(n, "typical-failure"), text(n, "pick-when"), body, map);
    }

    static Checklist checklist(String id, JsonNode n, SourceMap map) {
        List<Checklist.Section> sections = new ArrayList<>();
        int si = 0;
        for (JsonNode s : n.get("sections")) {
            List<Checklist.Item> items = new ArrayList<>();
            int ii = 0;
            for (JsonNode it : s.get("items")) {
                String ptr = "/sections/" + si + "/items/" + ii++;
                String why = text(it, "why");
                Position wp = map.at(ptr + "/why");
                Markdown whyMd = why == null ? null : new Markdown(why, map.path(), wp.line(), wp.column());
                items.add(new Checklist.Item(text(it, "id"), text(it, "text"), text(it, "who"), whyMd, bool(it, "required"), ptr));
            }
            sections.add(new Checklist.Section(text(s, "title"), List.copyOf(items)));
            si++;
        }
        return new Checklist(id, text(n, "title"), text(n, "purpose"), text(n, "use-when"), text(n, "version"),
                list(n, "chapters"), List.copyOf(sections), map);
    }

    static Flowchart flowchart(String id, JsonNode n, SourceMap map) {
        Map<String, Flowchart.Node> nodes = new LinkedHashMap<>();
        n.get("nodes").fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            List<Flowchart.Option> options = new ArrayList<>();
            if (v.has("options")) v.get("options").forEach(o -> options.add(new Flowchart.Option(text(o, "label"), text(o, "next"))));
            String verdict = text(v, "verdict");
            nodes.put(e.getKey(), new Flowchart.Node(e.getKey(), text(v, "question"), text(v, "help"), List.copyOf(options),
                    text(v, "outcome"), verdict == null ? null : Verdict.of(verdict), text(v, "summary"), list(v, "links")));
        });
        return new Flowchart(id, text(n, "title"), text(n, "description"), text(n, "start"),
                java.util.Collections.unmodifiableMap(nodes), map);
    }

    static Source source(JsonNode n, SourceMap map, String pointer) {
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
                text(n, "container-title"), publisher, url, text(n, "note"), map, pointer);
    }
}
