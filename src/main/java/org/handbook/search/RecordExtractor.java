package org.handbook.search;

import com.vladsch.flexmark.ast.Code;
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
import org.handbook.markdown.Entities;
import org.handbook.markdown.ParsedMarkdown;
import org.handbook.markdown.ValueRef;
import org.handbook.types.ContentType;
import org.handbook.types.SearchSink;

/**
 * Cuts the library into search records, type by type of the registry, each item as its type
 * declares ({@link ContentType#search}): a page at its headings, so a hit lands on the section
 * that answers, or an item (a term, a checklist item, a flowchart outcome) on its own.
 */
public final class RecordExtractor {

    private RecordExtractor() {
    }

    /** The records of the whole site, in reading order, numbered from 0. */
    public static List<SearchRecord> extract(Library lib) {
        List<SearchRecord> records = new ArrayList<>();
        for (ContentType<?> type : lib.types().all()) records.addAll(records(lib, type));
        List<SearchRecord> numbered = new ArrayList<>(records.size());
        for (SearchRecord r : records) numbered.add(new SearchRecord(numbered.size(), r.type(), r.title(), r.context(), r.url(), r.body(), r.named()));
        return List.copyOf(numbered);
    }

    /** A type's records, its items cut in parallel and kept in reading order. */
    private static <T extends Record> List<SearchRecord> records(Library lib, ContentType<T> type) {
        if (!type.searched()) return List.of();
        List<SearchRecord> out = new ArrayList<>();
        lib.items(type).parallelStream().map(item -> {
            Sink sink = new Sink(lib, type);
            type.search(item, sink);
            return sink.records;
        }).toList().forEach(out::addAll);
        return out;
    }

    /** Where one item's records go, as its type's hook makes them. */
    private static final class Sink implements SearchSink {
        private final Library lib;
        private final ContentType<?> type;
        private final List<SearchRecord> records = new ArrayList<>();

        Sink(Library lib, ContentType<?> type) {
            this.lib = lib;
            this.type = type;
        }

        @Override
        public void sections(String title, String page, String lead, String textKey) {
            RecordExtractor.sections(type, label(), title, page, lead, lib.parsed().text(textKey)).forEach(r -> records.add(valued(r, r.named())));
        }

        @Override
        public void add(String title, String context, String url, String body) {
            records.add(valued(record(type.name(), title, context, url, body), true));
        }

        @Override
        public void addUnnamed(String title, String context, String url, String body) {
            records.add(valued(record(type.name(), title, context, url, body), false));
        }

        /** The record with each {{name}} written out as its value reads: what the page shows, so what search finds. */
        private SearchRecord valued(SearchRecord r, boolean named) {
            var values = lib.values();
            return new SearchRecord(-1, r.type(), values.plain(r.title()), values.plain(r.context()), r.url(), values.plain(r.body()), named);
        }

        @Override
        public String label() {
            return lib.words(type).label();
        }

        @Override
        public String verdictLabel(String id) {
            return lib.config().verdictOf(id).label();
        }

        @Override
        public String text(String textKey) {
            return lib.parsed().get(textKey).map(md -> RecordExtractor.text(md.document())).orElse("");
        }
    }

    /** The page's opening as one record, then one per heading of level 2 or 3, with its parent's name as context. */
    private static List<SearchRecord> sections(ContentType<?> type, String label, String pageTitle, String page, String lead, ParsedMarkdown md) {
        List<SearchRecord> out = new ArrayList<>();
        StringBuilder text = new StringBuilder(lead == null ? "" : lead);
        String title = pageTitle;
        String context = label;
        String anchor = "";
        String h2 = null;
        for (Node n = md.document().getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() <= 3) {
                out.add(record(type.name(), title, context, page + anchor, text.toString()));
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
        out.add(record(type.name(), title, context, page + anchor, text.toString()));
        return out;
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
        if (n instanceof Text || n instanceof Code) {
            // a based sequence appends char by char; its string copies at once
            out.append((n instanceof Text ? n.getChars() : ((Code) n).getText()).toString());
            return;
        }
        if (n instanceof ValueRef v) {
            out.append(v.token());
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
