package org.handbook.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.handbook.cache.Memo;
import org.handbook.cache.Same;
import org.handbook.link.Library;
import org.handbook.markdown.TextFacts;
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
        return extract(lib, Memo.none());
    }

    /**
     * As {@link #extract(Library)}, a page's sections cut and cleaned as a warm process's last
     * build cut them when it finds them in {@code pages} ({@link Cut}), so a rebuild cleans the
     * text of the pages an edit changed and of no others.
     */
    public static List<SearchRecord> extract(Library lib, Memo<Cut, List<SearchRecord>> pages) {
        List<SearchRecord> records = new ArrayList<>();
        for (ContentType<?> type : lib.types().all()) records.addAll(records(lib, type, pages));
        // numbered by a stream, not a loop: a loop over every record runs once a build, uncompiled, where a stream's step is compiled after a few hundred
        return IntStream.range(0, records.size()).parallel().mapToObj(i -> {
            SearchRecord r = records.get(i);
            return new SearchRecord(i, r.type(), r.title(), r.context(), r.url(), r.body(), r.named());
        }).toList();
    }

    /** A type's records, its items cut in parallel and kept in reading order. */
    private static <T extends Record> List<SearchRecord> records(Library lib, ContentType<T> type, Memo<Cut, List<SearchRecord>> pages) {
        if (!type.searched()) return List.of();
        List<SearchRecord> out = new ArrayList<>();
        lib.items(type).parallelStream().map(item -> {
            Sink sink = new Sink(lib, type, pages);
            type.search(item, sink);
            return sink.records;
        }).toList().forEach(out::addAll);
        return out;
    }

    /**
     * Everything a page's sections are cut from: its type, the type's label, the page's title, path
     * and lead, and its text's facts (by identity: a warm process's parse gives the same facts while
     * the text is unchanged, and facts are never changed once made).
     */
    public record Cut(String type, String label, String title, String page, String lead, Same facts) {
    }

    /** Where one item's records go, as its type's hook makes them. */
    private static final class Sink implements SearchSink {
        private final Library lib;
        private final ContentType<?> type;
        private final Memo<Cut, List<SearchRecord>> pages;
        private final List<SearchRecord> records = new ArrayList<>();

        Sink(Library lib, ContentType<?> type, Memo<Cut, List<SearchRecord>> pages) {
            this.lib = lib;
            this.type = type;
            this.pages = pages;
        }

        @Override
        public void sections(String title, String page, String lead, String textKey) {
            TextFacts facts = lib.parsed().text(textKey).facts();
            Cut cut = new Cut(type.name(), label(), title, page, lead, new Same(facts));
            pages.get(cut, c -> List.copyOf(RecordExtractor.sections(c.type(), c.label(), c.title(), c.page(), c.lead(), facts)))
                    .forEach(r -> records.add(valued(r, r.named())));
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
            return lib.parsed().get(textKey).map(md -> md.facts().plain()).orElse("");
        }
    }

    /** The page's opening as one record, then one per heading of level 2 or 3, with its parent's name as context. */
    private static List<SearchRecord> sections(String type, String label, String pageTitle, String page, String lead, TextFacts facts) {
        List<SearchRecord> out = new ArrayList<>();
        StringBuilder text = new StringBuilder(lead == null ? "" : lead);
        String title = pageTitle;
        String context = label;
        String anchor = "";
        String h2 = null;
        for (TextFacts.Block b : facts.blocks()) {
            if (b.level() > 0) {
                out.add(record(type, title, context, page + anchor, body(text)));
                text.setLength(0);
                String name = clean(b.heading());
                if (b.level() <= 2) h2 = name;
                context = pageTitle + (b.level() == 3 && h2 != null ? " › " + h2 : "");
                title = name;
                anchor = b.id() == null ? "" : "#" + b.id();
            } else {
                // a block's text ends with a space already: one more made every text unclean (clean copied them all)
                if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') text.append(' ');
                text.append(b.text());
            }
        }
        out.add(record(type, title, context, page + anchor, body(text)));
        return out;
    }

    /**
     * A section's text without the spaces it ends with: {@link #clean} would drop them, and without
     * them the text is often clean already (then not copied again). Only the length of a run of
     * white space between blocks differs from the blocks joined by spaces, which clean makes one space.
     */
    private static String body(StringBuilder text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') end--;
        return text.substring(0, end);
    }

    /** A record not yet numbered: {@link #extract} numbers them in reading order. */
    private static SearchRecord record(String type, String title, String context, String url, String body) {
        return new SearchRecord(-1, type, clean(title), context, url, clean(body), true);
    }

    /**
     * Plain text in one pass: citation markers ([@id]) and heading ids ({#id}) dropped, runs of
     * white space made one space, no space before closing punctuation.
     */
    static String clean(String s) {
        // read as Latin-1 bytes, which a Latin-1 string hands over as they are (chars would be widened one at a time under C1)
        byte[] bytes = s.getBytes(StandardCharsets.ISO_8859_1);
        int start = 0;
        while (start < bytes.length && bytes[start] == ' ') start++;
        int clean = cleanUpTo(bytes, start, s);
        // most text is clean already but for the spaces it may start with: then it is not copied again
        if (clean == bytes.length) return start == 0 ? s : s.substring(start);
        // a space before the first change may be dropped by it: cleaned again from that space
        if (clean > start && bytes[clean - 1] == ' ') clean--;
        // a pair of surrogates is one '?' byte: its bytes are not at its characters' places
        String out = bytes.length == s.length() ? cleaned(s, bytes, 1, start, clean) : null;
        // null: a character beyond Latin-1, which its byte ('?') does not hold, so the text two bytes a character
        // (a lone surrogate, which no text read from UTF-8 holds, comes out as U+FFFD)
        return out != null ? out : cleaned(s, s.getBytes(StandardCharsets.UTF_16BE), 2, start, start);
    }

    /**
     * {@code s} from {@code start} cleaned, its characters {@code b}, {@code width} bytes each (1:
     * Latin-1; 2: UTF-16), the first {@code clean} of them clean already and copied as they are,
     * in bytes of the same width; null when a Latin-1 read meets a character beyond Latin-1.
     */
    private static String cleaned(String s, byte[] b, int width, int start, int clean) {
        int length = b.length / width;
        byte[] out = new byte[b.length];
        System.arraycopy(b, start * width, out, 0, (clean - start) * width);
        int n = clean - start;
        boolean space = false;
        for (int i = clean; i < length; i++) {
            int c = width == 1 ? b[i] & 0xFF : (b[2 * i] & 0xFF) << 8 | b[2 * i + 1] & 0xFF;
            if (c == '?' && s.charAt(i) != '?') return null;
            if ((c == '[' || c == '{') && i + 1 < length && s.charAt(i + 1) == (c == '[' ? '@' : '#')) {
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
            // a character's last byte at its place (its first byte, of a character beyond Latin-1, before it: the rest are 0)
            if (space && !closing((char) c)) out[width * n++ + width - 1] = ' ';
            space = false;
            out[width * n + width - 1] = (byte) c;
            if (c > 0xFF) out[width * n] = (byte) (c >> 8);
            n++;
        }
        return new String(out, 0, n * width, width == 1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_16BE);
    }

    /**
     * How far {@code s}, whose Latin-1 bytes are {@code b}, is from {@code from} on as {@link #clean}
     * leaves it: single spaces between words and not before closing punctuation, none at the end,
     * no other white space or control character, no citation marker or heading id; {@code b.length}
     * when all of it. A character beyond Latin-1, a '?' in its bytes, is not looked into: the text
     * is taken as not clean there.
     */
    private static int cleanUpTo(byte[] b, int from, String s) {
        int n = b.length;
        for (int i = from; i < n; i++) {
            int c = b[i] & 0xFF;
            // most characters are lower-case letters, which need no more looking at
            if (c >= 'a' && c <= 'z') continue;
            if (c == ' ') {
                if (i + 1 == n || b[i + 1] == ' ' || closing((char) b[i + 1])) return i;
            } else if (c < ' ' || c >= 0x80 && Character.isWhitespace(c) || c == '?' && s.charAt(i) != '?'
                    || (c == '[' || c == '{') && i + 1 < n && b[i + 1] == (c == '[' ? '@' : '#')) {
                return i;
            }
        }
        return n;
    }

    /** Closing punctuation, which no space comes before. */
    private static boolean closing(char c) {
        return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')';
    }
}
