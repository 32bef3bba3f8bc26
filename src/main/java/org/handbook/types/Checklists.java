package org.handbook.types;

import static org.handbook.types.Fields.bool;
import static org.handbook.types.Fields.list;
import static org.handbook.types.Fields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.handbook.model.Checklist;
import org.handbook.model.Markdown;
import org.handbook.model.SourceMap;
import org.handbook.problem.Position;

/** Checklists to tick in a meeting: sections of items with stable ids, each item's "why" in Markdown. */
public final class Checklists {
    private Checklists() {
    }

    public static final ContentType<Checklist> TYPE = ContentType.of("checklist", Checklist.class, ContentType.Layout.YAML)
            .folder("checklists")
            .binder(i -> bind(i.id(), i.fields(), i.source()))
            .id(Checklist::id).title(Checklist::title).summary(Checklist::purpose).source(Checklist::source)
            .nested(Checklists::whys)
            .order(Comparator.comparing(Checklist::title))
            .refs("/chapters", () -> Chapters.TYPE, Checklist::chapters)
            .anchors(Checklists::itemIds)
            .index("Checklists", "Checklists to tick, print and download in the decision meeting.")
            .nav("Checklists", 3)
            .onHome()
            .embedsItems()
            .script("checklist.js")
            .page(Checklists::view)
            .card(Checklists::card)
            .search(Checklists::records)
            .scaffold("checklist.yaml")
            .build();

    /** A checklist with its items' "why" as HTML. */
    public record View(String id, String title, String purpose, String useWhen, String version, int itemCount,
                       int requiredCount, List<Section> sections, List<Link> chapters, List<Link> playbooks, String href) {
    }

    /** A checklist in a list: what it is for and how many items it has, not the items (a card shows no value they name). */
    public record Card(String title, String href, String purpose, int itemCount, int requiredCount) {
    }

    /** A titled group of items. */
    public record Section(String title, List<Item> items) {
    }

    /** One thing to check. */
    public record Item(String id, String text, String who, String why, boolean required) {
    }

    private static Checklist bind(String id, JsonNode n, SourceMap map) {
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

    /** Each item's "why", under the part named by the item's id. */
    private static List<ContentType.Text> whys(Checklist c) {
        List<ContentType.Text> out = new ArrayList<>();
        c.sections().forEach(s -> s.items().stream().filter(i -> i.why() != null)
                .forEach(i -> out.add(new ContentType.Text(i.id(), i.why()))));
        return out;
    }

    private static Set<String> itemIds(Checklist c) {
        Set<String> s = new TreeSet<>();
        c.sections().forEach(sec -> sec.items().forEach(i -> s.add(i.id())));
        return s;
    }

    /** A checklist as seen from the page being rendered. */
    public static View view(Views v, Checklist c) {
        List<Section> sections = new ArrayList<>();
        int required = 0;
        for (Checklist.Section s : c.sections()) {
            List<Item> items = new ArrayList<>();
            for (Checklist.Item i : s.items()) {
                String why = i.why() == null ? null : v.html(TYPE.textKey(c.id(), i.id()), "why-" + c.id() + "-" + i.id() + "-");
                items.add(new Item(i.id(), v.inline(i.text()), v.plain(i.who()), why, i.required()));
                if (i.required()) required++;
            }
            sections.add(new Section(v.plain(s.title()), List.copyOf(items)));
        }
        List<Link> playbooks = v.items(Playbooks.TYPE).stream().filter(p -> p.checklist().equals(c.id()))
                .map(p -> v.link(Playbooks.TYPE, p.id())).toList();
        return new View(c.id(), v.plain(c.title()), v.inline(c.purpose()), v.inline(c.useWhen()), c.version(), c.itemCount(), required,
                List.copyOf(sections), v.links(Chapters.TYPE, c.chapters()), playbooks, v.href(TYPE, c.id()));
    }

    private static Card card(Views v, Checklist c) {
        int required = (int) c.sections().stream().flatMap(s -> s.items().stream()).filter(Checklist.Item::required).count();
        return new Card(v.plain(c.title()), v.href(TYPE, c.id()), v.inline(c.purpose()), c.itemCount(), required);
    }

    /** The checklist, then each item on its own (not as a name: items would crowd out the sections that explain them). */
    private static void records(Checklist c, SearchSink sink) {
        String page = TYPE.path(c.id());
        sink.add(c.title(), sink.label(), page, c.purpose() + " " + (c.useWhen() == null ? "" : c.useWhen()));
        for (Checklist.Section s : c.sections()) {
            for (Checklist.Item i : s.items()) {
                String why = i.why() == null ? "" : sink.text(TYPE.textKey(c.id(), i.id()));
                sink.addUnnamed(i.text(), c.title() + " › " + s.title(), page + "#" + i.id(), (i.who() == null ? "" : "Who: " + i.who() + ". ") + why);
            }
        }
    }
}
