package org.handbook.epub;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.handbook.link.Library;
import org.handbook.link.Urls;
import org.handbook.model.Chapter;
import org.handbook.model.Checklist;
import org.handbook.model.Flowchart;
import org.handbook.model.Source;
import org.handbook.model.Term;
import org.handbook.output.BuildContext;
import org.handbook.types.Chapters;
import org.handbook.types.Checklists;
import org.handbook.types.Flowcharts;
import org.handbook.types.Sources;
import org.handbook.types.Terms;
import org.handbook.types.Views;
import org.jsoup.nodes.Element;

/**
 * The e-book's documents in reading order, made from the same views and template fragments as the
 * site's pages: every section of the book, then the glossary, each flowchart, each checklist and the
 * source register. Links between them point within the book; links to anything else (a playbook, a
 * download) to the page's public address.
 */
public final class EpubBook {

    /** One XHTML document of the book; {@code parts} groups documents under one contents entry. */
    public record Doc(String id, String file, String title, String type, String body, boolean svg, List<Doc> parts) {
    }

    /** A document before its links are checked: its site page and its converted body. */
    private record Draft(String id, String file, String title, String type, Element body) {
    }

    private final BuildContext context;
    private final Library lib;
    private final Map<String, String> files = new HashMap<>();
    private final Xhtml xhtml;

    EpubBook(BuildContext context) {
        this.context = context;
        this.lib = context.library();
        for (Chapter c : lib.items(Chapters.TYPE)) files.put(Chapters.TYPE.path(c.id()), "chapter-" + c.id() + ".xhtml");
        if (!lib.items(Terms.TYPE).isEmpty()) files.put(Terms.TYPE.indexPath(), "glossary.xhtml");
        for (Flowchart f : lib.items(Flowcharts.TYPE)) files.put(Flowcharts.TYPE.path(f.id()), "flowchart-" + f.id() + ".xhtml");
        for (Checklist c : lib.items(Checklists.TYPE)) files.put(Checklists.TYPE.path(c.id()), "checklist-" + c.id() + ".xhtml");
        if (!lib.items(Sources.TYPE).isEmpty()) files.put(Sources.TYPE.indexPath(), "sources.xhtml");
        this.xhtml = new Xhtml(files, path -> Urls.canonical(lib.config().baseUrl(), path));
    }

    /** The file of the glossary, or null when the book has none. */
    String glossary() {
        return files.get(Terms.TYPE.indexPath());
    }

    /** The file of the source register, or null. */
    String bibliography() {
        return files.get(Sources.TYPE.indexPath());
    }

    /** The documents in reading order, flowcharts and checklists each grouped under one entry. */
    List<Doc> documents() {
        List<Draft> drafts = new ArrayList<>();
        for (Chapter c : lib.items(Chapters.TYPE)) {
            String page = Chapters.TYPE.path(c.id());
            drafts.add(draft(page, Chapters.numbered(c), "bodymatter chapter", "epub/section.ftlh",
                    Map.of("chapter", Chapters.TYPE.page(views(page), c))));
        }
        List<Term> terms = lib.items(Terms.TYPE);
        if (!terms.isEmpty()) {
            String page = Terms.TYPE.indexPath();
            Views v = views(page);
            drafts.add(draft(page, lib.words(Terms.TYPE).title(), "backmatter glossary", "epub/glossary.ftlh",
                    Map.of("terms", terms.stream().map(t -> Terms.TYPE.page(v, t)).toList())));
        }
        List<Draft> flowcharts = new ArrayList<>();
        for (Flowchart f : lib.items(Flowcharts.TYPE)) {
            String page = Flowcharts.TYPE.path(f.id());
            flowcharts.add(draft(page, f.title(), "backmatter", "epub/flowchart.ftlh", Map.of("flowchart", Flowcharts.view(views(page), f))));
        }
        List<Draft> checklists = new ArrayList<>();
        for (Checklist c : lib.items(Checklists.TYPE)) {
            String page = Checklists.TYPE.path(c.id());
            checklists.add(draft(page, c.title(), "backmatter", "epub/checklist.ftlh", Map.of("checklist", Checklists.view(views(page), c))));
        }
        List<Source> sources = lib.items(Sources.TYPE);
        Draft register = null;
        if (!sources.isEmpty()) {
            String page = Sources.TYPE.indexPath();
            Views v = views(page);
            register = draft(page, lib.words(Sources.TYPE).title(), "backmatter bibliography", "epub/sources.ftlh",
                    Map.of("sources", sources.stream().map(s -> Sources.view(v, s)).toList()));
        }
        List<Draft> all = new ArrayList<>(drafts);
        all.addAll(flowcharts);
        all.addAll(checklists);
        if (register != null) all.add(register);
        Map<String, Set<String>> ids = new LinkedHashMap<>();
        for (Draft d : all) ids.put(d.file(), Xhtml.ids(d.body()));
        for (Draft d : all) Xhtml.keepResolvable(d.body(), d.file(), ids);

        List<Doc> out = new ArrayList<>();
        drafts.forEach(d -> out.add(doc(d, List.of())));
        if (!flowcharts.isEmpty()) out.add(group(lib.words(Flowcharts.TYPE).title(), flowcharts));
        if (!checklists.isEmpty()) out.add(group(lib.words(Checklists.TYPE).title(), checklists));
        if (register != null) out.add(doc(register, List.of()));
        return out;
    }

    private Views views(String page) {
        return context.pages().views(page);
    }

    private Draft draft(String page, String title, String type, String template, Map<String, Object> model) {
        context.checkCancelled();
        Element body = xhtml.convert(context.templates().render(template, model), page);
        pointToBackMatter(body, "div.embed-glossary", glossary(), lib.words(Terms.TYPE).title());
        pointToBackMatter(body, "div.embed-sources", bibliography(), lib.words(Sources.TYPE).title());
        String file = files.get(page);
        return new Draft("d-" + file.substring(0, file.length() - ".xhtml".length()), file, title, type, body);
    }

    /** An embedded glossary or register (as the appendix has) becomes a pointer to the book's own, so nothing is there twice. */
    private static void pointToBackMatter(Element body, String selector, String file, String title) {
        if (file == null) return;
        for (Element embed : body.select(selector)) {
            Element p = new Element("p").addClass("embed-pointer").appendText("At the end of this book: ");
            p.appendElement("a").attr("href", file).text(title);
            p.appendText(".");
            embed.replaceWith(p);
        }
    }


    private static Doc doc(Draft d, List<Doc> parts) {
        FlowchartPaint.paint(d.body());
        return new Doc(d.id(), d.file(), d.title(), d.type(), Xhtml.xml(d.body()), !d.body().select("svg").isEmpty(), parts);
    }

    /** A contents entry for several documents: it opens the first. */
    private static Doc group(String title, List<Draft> members) {
        List<Doc> parts = members.stream().map(d -> doc(d, List.of())).toList();
        Doc first = parts.get(0);
        return new Doc(null, first.file(), title, null, null, false, parts);
    }
}
