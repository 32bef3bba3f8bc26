package org.handbook.markdown;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.handbook.cache.VarintReader;
import org.handbook.cache.VarintWriter;
import org.handbook.markdown.TextFacts.Kind;

/**
 * {@link TextFacts} as bytes and back, for the build cache: texts' facts by their hash, in key
 * order, so the same facts give the same bytes. A string that is a stretch of the text as written
 * (a text run, most prose words) is kept as where it is, not as its characters, so the facts take
 * little more room than the texts; an entry is read back only when its text is there
 * ({@link #decode}). Anything that does not read back whole is an {@link IOException}.
 */
final class FactsCodec {
    private static final int VERSION = 4;
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
        return encode(entries, new byte[0], Map.of());
    }

    /** As {@link #pieces}, put together in one array of the exact size. */
    static byte[] encode(Map<String, Entry> entries, byte[] earlier, Map<String, int[]> kept) {
        List<ByteBuffer> pieces = pieces(entries, earlier, kept);
        long total = 0;
        for (ByteBuffer p : pieces) total += p.remaining();
        ByteBuffer out = ByteBuffer.allocate(Math.toIntExact(total));
        for (ByteBuffer p : pieces) out.put(p.duplicate());
        return out.array();
    }

    /**
     * The encoding of {@code entries} and of the entries {@code kept} as an earlier encoding,
     * {@code earlier}, gave them (the stretches {@link #index} points at), in pieces one after
     * another: each new entry encoded on its own, side by side, and each kept one's bytes where they
     * are in {@code earlier}, neither encoded again nor copied (a large site's facts are tens of MB).
     */
    static List<ByteBuffer> pieces(Map<String, Entry> entries, byte[] earlier, Map<String, int[]> kept) {
        Map<String, Object> all = new TreeMap<>(kept);
        all.putAll(entries);
        List<Map.Entry<String, Object>> sorted = new ArrayList<>(all.entrySet());
        ByteBuffer[][] parts = new ByteBuffer[sorted.size()][];
        java.util.stream.IntStream.range(0, parts.length).parallel().forEach(i -> {
            if (sorted.get(i).getValue() instanceof Entry e) {
                // the entry's head is its own piece, so the body is kept as written, not copied behind it
                VarintWriter body = new VarintWriter(room(e.facts()));
                write(body, e.text(), e.facts());
                VarintWriter head = new VarintWriter(64);
                head.utf8(sorted.get(i).getKey());
                head.varint(body.size());
                parts[i] = new ByteBuffer[] {ByteBuffer.wrap(head.toArray()), body.written()};
            } else {
                int[] where = (int[]) sorted.get(i).getValue();
                VarintWriter head = new VarintWriter(64);
                head.utf8(sorted.get(i).getKey());
                head.varint(where[1]);
                parts[i] = new ByteBuffer[] {ByteBuffer.wrap(head.toArray()), ByteBuffer.wrap(earlier, where[0], where[1])};
            }
        });
        VarintWriter head = new VarintWriter(16);
        head.varint(VERSION);
        head.varint(parts.length);
        List<ByteBuffer> out = new ArrayList<>(List.of(ByteBuffer.wrap(head.toArray())));
        for (ByteBuffer[] p : parts) out.addAll(List.of(p));
        return out;
    }

    /**
     * A little more than the encoding of {@code f} takes when its strings are ASCII: its block texts
     * and definition as bytes, a few bytes for each word, run and mark. The array then seldom grows,
     * nor is it much larger than what it holds (it is kept until the bytes are written).
     */
    private static int room(TextFacts f) {
        long n = 64 + f.definition().length() + 3L * f.prose().size() + 6L * f.runs().size() + 12L * f.marks().size()
                + 24L * f.headings().size();
        for (TextFacts.Block b : f.blocks()) n += 8 + b.text().length();
        return Math.toIntExact(n + n / 16);
    }

    /** Where each text's entry is in {@code bytes}, by the text's hash. */
    static Map<String, int[]> index(byte[] bytes) throws IOException {
        VarintReader in = new VarintReader(bytes, 0, bytes.length);
        if (in.varint() != VERSION) throw new IOException("not this version's facts");
        int n = in.count();
        Map<String, int[]> out = new HashMap<>(2 * n);
        for (int i = 0; i < n; i++) {
            String key = in.utf8();
            int length = in.count();
            out.put(key, new int[] {in.position(), length});
            in.skip(length);
        }
        if (!in.done()) throw new IOException("bytes after the last text's facts");
        return out;
    }

    /** The facts of the entry at {@code where} ({@link #index}), read with their text. */
    static TextFacts decode(byte[] bytes, int[] where, String text) throws IOException {
        VarintReader in = new VarintReader(bytes, where[0], where[0] + where[1]);
        List<Heading> headings = new ArrayList<>();
        for (int i = in.count(); i > 0; i--) headings.add(new Heading(in.varint(), string(in, text, -1), string(in, text, -1)));
        int words = in.varint();
        ParsedMarkdown.Unreadable unreadable = in.varint() == 1 ? new ParsedMarkdown.Unreadable(in.varint(), string(in, text, -1)) : null;
        List<TextFacts.Mark> marks = new ArrayList<>();
        for (int i = in.count(); i > 0; i--) {
            int kind = in.varint();
            if (kind >= KINDS.length) throw new IOException("no such mark");
            marks.add(new TextFacts.Mark(KINDS[kind], in.varint(), string(in, text, -1), in.varint() == 1));
        }
        List<TextFacts.Block> blocks = new ArrayList<>();
        for (int i = in.count(); i > 0; i--) blocks.add(new TextFacts.Block(in.varint(), string(in, text, -1), string(in, text, -1), string(in, text, -1)));
        String definition = string(in, text, -1);
        int n = in.count();
        List<String> prose = new ArrayList<>(n);
        int[] offsets = new int[n];
        int last = 0;
        for (int i = 0; i < n; i++) {
            offsets[i] = last = last + in.signed();
            prose.add(word(in, text, offsets[i]));
        }
        List<TextFacts.Run> runs = new ArrayList<>();
        for (int i = in.count(); i > 0; i--) {
            int offset = in.varint();
            int length = in.varint();
            if (offset + length > text.length()) throw new IOException("a run past the text's end");
            runs.add(new TextFacts.Run(offset, length));
        }
        if (!in.done()) throw new IOException("facts longer than they read");
        return new TextFacts(List.copyOf(headings), words, unreadable, List.copyOf(marks), List.copyOf(blocks), definition,
                ProseWords.Words.of(prose, offsets), List.copyOf(runs));
    }

    private static void write(VarintWriter out, String text, TextFacts f) {
        out.varint(f.headings().size());
        for (Heading h : f.headings()) {
            out.varint(h.level());
            string(out, text, h.text(), -1);
            string(out, text, h.id(), -1);
        }
        out.varint(f.words());
        out.varint(f.unreadable() == null ? 0 : 1);
        if (f.unreadable() != null) {
            out.varint(f.unreadable().offset());
            string(out, text, f.unreadable().message(), -1);
        }
        out.varint(f.marks().size());
        for (TextFacts.Mark m : f.marks()) {
            out.varint(m.kind().ordinal());
            out.varint(m.offset());
            string(out, text, m.text(), -1);
            out.varint(m.alone() ? 1 : 0);
        }
        out.varint(f.blocks().size());
        for (TextFacts.Block b : f.blocks()) {
            out.varint(b.level());
            string(out, text, b.heading(), -1);
            string(out, text, b.id(), -1);
            string(out, text, b.text(), -1);
        }
        string(out, text, f.definition(), -1);
        prose(out, text, f.prose());
        out.varint(f.runs().size());
        for (TextFacts.Run r : f.runs()) {
            out.varint(r.offset());
            out.varint(r.length());
        }
    }

    /**
     * The prose words, each as its offset (from the last word's) and one number for how it is kept
     * and its length ({@link #word}). Most are a stretch of the text as written or as it spells it
     * lower-cased, found by comparing the text's and the words' Latin-1 bytes ({@link #kept}): a copy
     * of what a Latin-1 string holds, compared in one loop, where a String method per word cost
     * more in its calls and checks than in comparing.
     */
    private static void prose(VarintWriter out, String text, ProseWords.Words words) {
        String joined = words.joined();
        int[] ends = words.ends();
        int[] offsets = words.offsets();
        byte[] textBytes = text.getBytes(StandardCharsets.ISO_8859_1);
        byte[] wordBytes = joined.getBytes(StandardCharsets.ISO_8859_1);
        out.varint(ends.length);
        int last = 0;
        int from = 0;
        for (int i = 0; i < ends.length; i++) {
            int offset = offsets[i];
            out.signed(offset - last);
            last = offset;
            int length = ends[i] - from;
            int how = length == 0 ? NULL : kept(textBytes, offset, wordBytes, from, length);
            if (how < 0) {
                how = offset >= 0 && text.regionMatches(offset, joined, from, length) ? SLICE : spelledAt(text, offset, joined, from, length) ? WORD : BYTES;
            }
            if (how == BYTES) {
                out.varint(BYTES);
                out.utf8(joined.substring(from, from + length));
            } else {
                out.varint(how == NULL ? NULL : length << 2 | how);
            }
            from = ends[i];
        }
    }

    /** Each Latin-1 character lower-cased, as {@link Character#toLowerCase(char)} has it. */
    private static final char[] LATIN1_LOWER = new char[256];

    static {
        for (char c = 0; c < 256; c++) LATIN1_LOWER[c] = Character.toLowerCase(c);
    }

    /**
     * How the word of {@code length} bytes at {@code from} of {@code words} is kept ({@link #SLICE}, {@link #WORD},
     * {@link #BYTES}) when the Latin-1 bytes of it and of the text at {@code at} tell, else -1. A character past
     * Latin-1 is a '?' there, so a '?' on either side tells nothing (a word has none but in a value's name); two
     * other bytes are the characters themselves.
     */
    private static int kept(byte[] text, int at, byte[] words, int from, int length) {
        if (at < 0 || at + length > text.length) return -1;
        int how = SLICE;
        for (int k = 0; k < length; k++) {
            int t = text[at + k] & 0xFF;
            int w = words[from + k] & 0xFF;
            if (t == '?' || w == '?') return -1;
            if (t != w) {
                if (LATIN1_LOWER[t] != w) return BYTES;
                how = WORD;
            }
        }
        return how;
    }

    /**
     * A prose word {@link #prose} wrote at {@code offset}: how it is kept in the low two bits of one
     * number, the length of a stretch of the text above them (a word's two numbers in one byte).
     */
    private static String word(VarintReader in, String text, int offset) throws IOException {
        int v = in.varint();
        int how = v & 3;
        if (how == NULL || how == BYTES) {
            if (v != how) throw new IOException("bad word");
            return how == NULL ? null : in.utf8();
        }
        return stretch(text, offset, v >>> 2, how);
    }

    /**
     * A prose word, {@code length} characters of {@code words} from {@code from}, as the text spells
     * it from {@code at}: lower case, a typographic apostrophe made plain.
     */
    private static boolean spelledAt(String text, int at, String words, int from, int length) {
        if (at < 0 || at + length > text.length()) return false;
        for (int k = 0; k < length; k++) {
            char ch = text.charAt(at + k);
            if ((ch == '\u2019' ? '\'' : Character.toLowerCase(ch)) != words.charAt(from + k)) return false;
        }
        return true;
    }

    /** A string: as where it is in {@code text} when it starts at {@code at} there (-1: nowhere known), else its bytes. */
    private static void string(VarintWriter out, String text, String s, int at) {
        if (s == null) {
            out.varint(NULL);
        } else if (at >= 0 && text.startsWith(s, at)) {
            out.varint(SLICE);
            out.varint(s.length());
        } else if (spelledAt(text, at, s, 0, s.length())) {
            out.varint(WORD);
            out.varint(s.length());
        } else {
            out.varint(BYTES);
            out.utf8(s);
        }
    }

    /** A string {@link #string(VarintWriter, String, String, int)} wrote, read with the text it was written from. */
    private static String string(VarintReader in, String text, int offset) throws IOException {
        int how = in.varint();
        if (how == NULL) return null;
        if (how == BYTES) return in.utf8();
        if (how != SLICE && how != WORD) throw new IOException("bad string");
        return stretch(text, offset, in.varint(), how);
    }

    /** The {@code length} characters of {@code text} from {@code offset}: as written ({@link #SLICE}) or as a prose word spells them ({@link #WORD}). */
    private static String stretch(String text, int offset, int length, int how) throws IOException {
        if (offset < 0 || length < 0 || offset + length > text.length()) throw new IOException("bad string");
        String s = text.substring(offset, offset + length);
        if (how == SLICE) return s;
        char[] w = s.toCharArray();
        for (int k = 0; k < w.length; k++) w[k] = w[k] == '\u2019' ? '\'' : Character.toLowerCase(w[k]);
        return new String(w);
    }
}
