package org.handbook.markdown;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.handbook.markdown.TextFacts.Kind;

/**
 * {@link TextFacts} as bytes and back, for the build cache: texts' facts by their hash, in key
 * order, so the same facts give the same bytes. A string that is a stretch of the text as written
 * (a text run, most prose words) is kept as where it is, not as its characters, so the facts take
 * little more room than the texts; an entry is read back only when its text is there
 * ({@link #decode}). Anything that does not read back whole is an {@link IOException}.
 */
final class FactsCodec {
    private static final int VERSION = 3;
    private static final Kind[] KINDS = Kind.values();
    // how a string is kept: none, its UTF-8 bytes, a stretch of the text, a stretch of the text as a prose word
    private static final int NULL = 0;
    private static final int BYTES = 1;
    private static final int SLICE = 2;
    private static final int WORD = 3;

    private FactsCodec() {
    }

    /** One text's facts and the text they were read from. */
    record Entry(String text, TextFacts facts) {
    }

    /** Every entry encoded on its own, side by side, then put together in one array of the exact size. */
    static byte[] encode(Map<String, Entry> entries) {
        return encode(entries, Map.of());
    }

    /**
     * As {@link #encode(Map)}, with entries {@code kept} as the bytes an earlier encoding gave them
     * (the stretch {@link #index} points at), copied as they are, not encoded again.
     */
    static byte[] encode(Map<String, Entry> entries, Map<String, byte[]> kept) {
        Map<String, Object> all = new TreeMap<>(kept);
        all.putAll(entries);
        List<Map.Entry<String, Object>> sorted = new ArrayList<>(all.entrySet());
        byte[][] parts = new byte[sorted.size()][];
        java.util.stream.IntStream.range(0, parts.length).parallel().forEach(i -> {
            Bytes body;
            if (sorted.get(i).getValue() instanceof Entry e) {
                body = new Bytes(e.text().length() + 64);
                write(body, e.text(), e.facts());
            } else {
                body = new Bytes((byte[]) sorted.get(i).getValue());
            }
            Bytes one = new Bytes(body.size() + 64);
            one.literal(sorted.get(i).getKey());
            one.varint(body.size());
            one.append(body);
            parts[i] = one.toArray();
        });
        Bytes head = new Bytes(16);
        head.varint(VERSION);
        head.varint(parts.length);
        long total = head.size();
        for (byte[] p : parts) total += p.length;
        byte[] out = java.util.Arrays.copyOf(head.toArray(), Math.toIntExact(total));
        int at = head.size();
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    /** Where each text's entry is in {@code bytes}, by the text's hash. */
    static Map<String, int[]> index(byte[] bytes) throws IOException {
        Reader in = new Reader(bytes, 0, bytes.length, "");
        if (in.varint() != VERSION) throw new IOException("not this version's facts");
        int n = in.count();
        Map<String, int[]> out = new HashMap<>(2 * n);
        for (int i = 0; i < n; i++) {
            String key = in.literal();
            int length = in.count();
            out.put(key, new int[] {in.at, length});
            in.at += length;
        }
        if (in.at != bytes.length) throw new IOException("bytes after the last text's facts");
        return out;
    }

    /** The facts of the entry at {@code where} ({@link #index}), read with their text. */
    static TextFacts decode(byte[] bytes, int[] where, String text) throws IOException {
        Reader in = new Reader(bytes, where[0], where[0] + where[1], text);
        List<Heading> headings = new ArrayList<>();
        for (int i = in.count(); i > 0; i--) headings.add(new Heading(in.varint(), in.string(), in.string()));
        int words = in.varint();
        ParsedMarkdown.Unreadable unreadable = in.varint() == 1 ? new ParsedMarkdown.Unreadable(in.varint(), in.string()) : null;
        List<TextFacts.Mark> marks = new ArrayList<>();
        for (int i = in.count(); i > 0; i--) {
            int kind = in.varint();
            if (kind >= KINDS.length) throw new IOException("no such mark");
            marks.add(new TextFacts.Mark(KINDS[kind], in.varint(), in.string(), in.varint() == 1));
        }
        List<TextFacts.Block> blocks = new ArrayList<>();
        for (int i = in.count(); i > 0; i--) blocks.add(new TextFacts.Block(in.varint(), in.string(), in.string(), in.string()));
        String definition = in.string();
        int n = in.count();
        List<String> prose = new ArrayList<>(n);
        int[] offsets = new int[n];
        int last = 0;
        for (int i = 0; i < n; i++) {
            offsets[i] = last = last + in.signed();
            prose.add(in.string(offsets[i]));
        }
        List<TextFacts.Run> runs = new ArrayList<>();
        for (int i = in.count(); i > 0; i--) {
            int offset = in.varint();
            int length = in.varint();
            if (offset + length > text.length()) throw new IOException("a run past the text's end");
            runs.add(new TextFacts.Run(offset, length));
        }
        if (in.at != in.end) throw new IOException("facts longer than they read");
        return new TextFacts(List.copyOf(headings), words, unreadable, List.copyOf(marks), List.copyOf(blocks), definition,
                ProseWords.Words.of(prose, offsets), List.copyOf(runs));
    }

    private static void write(Bytes out, String text, TextFacts f) {
        out.varint(f.headings().size());
        for (Heading h : f.headings()) {
            out.varint(h.level());
            out.string(text, h.text(), -1);
            out.string(text, h.id(), -1);
        }
        out.varint(f.words());
        out.varint(f.unreadable() == null ? 0 : 1);
        if (f.unreadable() != null) {
            out.varint(f.unreadable().offset());
            out.string(text, f.unreadable().message(), -1);
        }
        out.varint(f.marks().size());
        for (TextFacts.Mark m : f.marks()) {
            out.varint(m.kind().ordinal());
            out.varint(m.offset());
            out.string(text, m.text(), -1);
            out.varint(m.alone() ? 1 : 0);
        }
        out.varint(f.blocks().size());
        for (TextFacts.Block b : f.blocks()) {
            out.varint(b.level());
            out.string(text, b.heading(), -1);
            out.string(text, b.id(), -1);
            out.string(text, b.text(), -1);
        }
        out.string(text, f.definition(), -1);
        out.varint(f.prose().size());
        int last = 0;
        for (int i = 0; i < f.prose().size(); i++) {
            int offset = f.prose().offset(i);
            out.signed(offset - last);
            last = offset;
            out.string(text, f.prose().word(i), offset);
        }
        out.varint(f.runs().size());
        for (TextFacts.Run r : f.runs()) {
            out.varint(r.offset());
            out.varint(r.length());
        }
    }

    /** A prose word as the text spells it from {@code at}: lower case, a typographic apostrophe made plain. */
    private static boolean spelledAt(String text, int at, String word) {
        if (at < 0 || at + word.length() > text.length()) return false;
        for (int k = 0; k < word.length(); k++) {
            char ch = text.charAt(at + k);
            if ((ch == '\u2019' ? '\'' : Character.toLowerCase(ch)) != word.charAt(k)) return false;
        }
        return true;
    }

    /** A growing byte array with the writes the codec needs. */
    private static final class Bytes {
        private byte[] b;
        private int n;

        Bytes(int capacity) {
            b = new byte[capacity];
        }

        /** Bytes already written, as they are. */
        Bytes(byte[] whole) {
            b = whole;
            n = whole.length;
        }

        int size() {
            return n;
        }

        byte[] toArray() {
            return java.util.Arrays.copyOf(b, n);
        }

        void append(Bytes other) {
            room(other.n);
            System.arraycopy(other.b, 0, b, n, other.n);
            n += other.n;
        }

        private void room(int more) {
            if (n + more > b.length) b = java.util.Arrays.copyOf(b, Math.max(2 * b.length, n + more));
        }

        void varint(int v) {
            room(5);
            while ((v & ~0x7F) != 0) {
                b[n++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            b[n++] = (byte) v;
        }

        void signed(int v) {
            varint((v << 1) ^ (v >> 31));
        }

        void literal(String s) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            varint(bytes.length);
            room(bytes.length);
            System.arraycopy(bytes, 0, b, n, bytes.length);
            n += bytes.length;
        }

        /** A string: as where it is in {@code text} when it starts at {@code at} there (-1: nowhere known), else its bytes. */
        void string(String text, String s, int at) {
            if (s == null) {
                varint(NULL);
            } else if (at >= 0 && text.startsWith(s, at)) {
                varint(SLICE);
                varint(s.length());
            } else if (at >= 0 && spelledAt(text, at, s)) {
                varint(WORD);
                varint(s.length());
            } else {
                varint(BYTES);
                literal(s);
            }
        }
    }

    /** Reads an entry, every length checked against what is left. */
    private static final class Reader {
        private final byte[] b;
        private final int end;
        private final String text;
        private int at;

        Reader(byte[] b, int at, int end, String text) throws IOException {
            if (at < 0 || end > b.length || at > end) throw new IOException("entry outside the facts");
            this.b = b;
            this.at = at;
            this.end = end;
            this.text = text;
        }

        int varint() throws IOException {
            int v = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                if (at >= end) throw new IOException("facts cut short");
                int x = b[at++];
                v |= (x & 0x7F) << shift;
                if (x >= 0) return v;
            }
            throw new IOException("bad number");
        }

        int signed() throws IOException {
            int v = varint();
            return (v >>> 1) ^ -(v & 1);
        }

        /** A count or length, refused when it is more than the bytes left could hold. */
        int count() throws IOException {
            int v = varint();
            if (v < 0 || v > end - at) throw new IOException("bad count " + v);
            return v;
        }

        String string() throws IOException {
            return string(-1);
        }

        String literal() throws IOException {
            int length = count();
            String s = new String(b, at, length, StandardCharsets.UTF_8);
            at += length;
            return s;
        }

        String string(int offset) throws IOException {
            int how = varint();
            if (how == NULL) return null;
            if (how == BYTES) return literal();
            int length = varint();
            if ((how != SLICE && how != WORD) || offset < 0 || length < 0 || offset + length > text.length()) {
                throw new IOException("bad string");
            }
            String s = text.substring(offset, offset + length);
            if (how == SLICE) return s;
            char[] w = s.toCharArray();
            for (int k = 0; k < w.length; k++) w[k] = w[k] == '\u2019' ? '\'' : Character.toLowerCase(w[k]);
            return new String(w);
        }
    }
}
