package org.handbook.search;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.util.ast.Block;
import java.util.ArrayList;
import java.util.List;
import org.handbook.link.Library;
import org.handbook.link.ReadingOrder;
import org.handbook.link.Urls;
import org.handbook.markdown.Entities;
import org.handbook.markdown.ParsedMarkdown;
import org.handbook.model.Chapter;
import org.handbook.model.Checklist;
import org.handbook.model.Flowchart;
import org.handbook.model.Playbook;
import org.handbook.model.Technique;
import org.handbook.model.Term;

/**
 * Cuts the library into search records: every page at its headings, so a hit lands on the
 * section that answers, plus each term, checklist item and flowchart outcome on its own.
 */
public final class RecordExtractor {

    private final Library lib;
    private final List<SearchRecord> records = new ArrayList<>();

    private RecordExtractor(Library lib) {
        this.lib = lib;
    }

    /** The records of the whole site, in reading order, numbered from 0. */
    public static List<SearchRecord> extract(Library lib) {
        RecordExtractor x = new RecordExtractor(lib);
        x.run();
        List<SearchRecord> numbered = new ArrayList<>(x.records.size());
        for (SearchRecord r : x.records) numbered.add(new SearchRecord(numbered.size(), r.type(), r.title(), r.context(), r.url(), r.body(), r.named()));
        return List.copyOf(numbered);
    }

    private void run() {
        // pages are cut in parallel, then appended in reading order
        lib.chapters().parallelStream().map(c -> {
            String number = ReadingOrder.display(c.number());
            return sections("chapter", (number.isEmpty() ? "" : number + " ") + c.title(), Urls.page("chapter", c.id()), c.claim(),
                    lib.parsed().body("chapter", c.id()));
        }).toList().forEach(records::addAll);
        for (Playbook p : lib.playbooks()) {
            records.addAll(sections("playbook", p.title(), Urls.page("playbook", p.id()), p.question() + " " + p.answer(),
                    lib.parsed().body("playbook", p.id())));
        }
        for (Technique t : lib.techniques()) {
            records.addAll(sections("technique", t.title(), Urls.page("technique", t.id()), t.summary() + " " + t.pickWhen(),
                    lib.parsed().body("technique", t.id())));
        }
        for (Term t : lib.terms()) {
            add("term", t.term(), t.aliases().isEmpty() ? "" : "also " + String.join(", ", t.aliases()),
                    Urls.page("term", t.id()), text(lib.parsed().body("term", t.id()).document()));
        }
        for (Checklist c : lib.checklists()) {
            String page = Urls.page("checklist", c.id());
            add("checklist", c.title(), "Checklist", page, c.purpose() + " " + (c.useWhen() == null ? "" : c.useWhen()));
            for (Checklist.Section s : c.sections()) {
                for (Checklist.Item i : s.items()) {
                    String why = i.why() == null ? "" : lib.parsed().get(org.handbook.markdown.ParsedContent.whyKey(c.id(), i.id()))
                            .map(md -> text(md.document())).orElse("");
                    SearchRecord item = record("checklist", i.text(), c.title() + " › " + s.title(), page + "#" + i.id(),
                            (i.who() == null ? "" : "Who: " + i.who() + ". ") + why);
                    records.add(new SearchRecord(-1, item.type(), item.title(), item.context(), item.url(), item.body(), false));
                }
            }
        }
        for (Flowchart f : lib.flowcharts()) {
            String page = Urls.page("flowchart", f.id());
            add("flowchart", f.title(), "Flowchart", page, f.description() == null ? "" : f.description());
            for (Flowchart.Node n : f.nodes().values()) {
                if (n.isOutcome()) add("flowchart", n.outcome(), f.title() + " › outcome: " + n.verdict().label(), page + "#" + n.id(), n.summary());
            }
        }
    }

    /** The page's opening as one record, then one per heading of level 2 or 3, with its parent's name as context. */
    private static List<SearchRecord> sections(String type, String pageTitle, String page, String lead, ParsedMarkdown md) {
        List<SearchRecord> out = new ArrayList<>();
        StringBuilder text = new StringBuilder(lead == null ? "" : lead);
        String title = pageTitle;
        String context = typeLabel(type);
        String anchor = "";
        String h2 = null;
        for (Node n = md.document().getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() <= 3) {
                out.add(record(type, title, context, page + anchor, text.toString()));
                text.setLength(0);
                String name = clean(h.getText().toString());
                if (h.getLevel() <= 2) h2 = name;
                context = pageTitle + (h.getLevel() == 3 && h2 != null ? " › " + h2 : "");
                title = name;
                String id = md.headingId(h);
                anchor = id == null ? "" : "#" + id;
            } else {
                text.append(' ').append(text(n));
            }
        }
        out.add(record(type, title, context, page + anchor, text.toString()));
        return out;
    }

    private static String typeLabel(String type) {
        return switch (type) {
            case "chapter" -> "Chapter";
            case "playbook" -> "Playbook";
            case "technique" -> "Technique";
            default -> type;
        };
    }

    private void add(String type, String title, String context, String url, String body) {
        records.add(record(type, title, context, url, body));
    }

    /** A record not yet numbered: {@link #extract} numbers them in reading order. */
    private static SearchRecord record(String type, String title, String context, String url, String body) {
        return new SearchRecord(-1, type, clean(title), context, url, clean(body), true);
    }

    /** The plain text of a node, with a space between blocks and table cells that flexmark's collector would run together. */
    private static String text(Node n) {
        StringBuilder out = new StringBuilder();
        collect(n, out);
        return out.toString();
    }

    private static void collect(Node n, StringBuilder out) {
        if (n instanceof TableSeparator) return; // a table's |---|---| row is markup, not text to show in an excerpt
        if (n instanceof Text || n instanceof com.vladsch.flexmark.ast.Code) {
            // a based sequence appends char by char; its string copies at once
            out.append((n instanceof Text ? n.getChars() : ((com.vladsch.flexmark.ast.Code) n).getText()).toString());
            return;
        }
        if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
            out.append(' ');
            return;
        }
        if (n instanceof TypographicSmarts t) {
            out.append(Entities.decode(t.getTypographicText()));
            return;
        }
        if (n instanceof TypographicQuotes q) {
            out.append(Entities.decode(q.getTypographicOpening()));
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) collect(c, out);
            out.append(Entities.decode(q.getTypographicClosing()));
            return;
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) collect(c, out);
        if (n instanceof Block || n instanceof TableCell) out.append(' ');
    }

    /**
     * Plain text in one pass: citation markers ([@id]) and heading ids ({#id}) dropped, runs of
     * white space made one space, no space before closing punctuation.
     */
    static String clean(String s) {
        char[] in = s.toCharArray();
        char[] out = new char[in.length];
        int n = 0;
        boolean space = false;
        for (int i = 0; i < in.length; i++) {
            char c = in[i];
            if ((c == '[' || c == '{') && i + 1 < in.length && in[i + 1] == (c == '[' ? '@' : '#')) {
                int end = s.indexOf(c == '[' ? ']' : '}', i);
                if (end > 0) {
                    i = end;
                    continue;
                }
            }
            // ASCII letters and punctuation are never white space: the common case skips the lookup
            if ((c <= ' ' || c >= 0x80) && Character.isWhitespace(c)) {
                space = n > 0;
                continue;
            }
            if (space && ".,;:!?)".indexOf(c) < 0) out[n++] = ' ';
            space = false;
            out[n++] = c;
        }
        return new String(out, 0, n);
    }
}
