package org.handbook.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.handbook.cache.VarintReader;
import org.handbook.cache.VarintWriter;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * What analysis makes of some consecutive records, whatever their place in the site: their stems,
 * each field's length and each stem's frequency in it, and every word as typed with its stem. It
 * depends on the records' analysed texts alone, so the build cache keeps it by their hash
 * ({@link AnalysisCache}) and a rebuild analyses only the groups whose records changed; the bytes
 * kept are read back through {@link #decode}, which refuses anything not whole.
 *
 * @param stems the group's stems, numbered from 0
 * @param words every word of the group as typed (split and lower-cased)
 * @param wordStems each word's stem number, -1 for a stop word
 * @param fields per record, per field (title, context, body): the field's length, the number of
 *               its distinct stems, then each of them with its frequency
 */
record AnalysedGroup(List<String> stems, List<String> words, int[] wordStems, int[][] fields) {
    private static final String[] FIELD_NAMES = SearchIndex.FIELD_ORDER.toArray(String[]::new);

    /**
     * A group just analysed, with the numbers its stems and words have in the table it was analysed
     * through, which has their bytes for the build cache made once a build.
     */
    record Made(AnalysedGroup group, WordTable table, int[] tableStems, int[] tableWords) {
        /**
         * The group as bytes for the build cache ({@link #decode} reads them): counts and numbers as
         * varints (seven bits a byte), strings as their length and a flag, then Latin-1 bytes or UTF-16 units.
         */
        byte[] encode() {
            int size = 64 + 12 * group.words.size();
            for (int[] f : group.fields) size += 2 + 2 * f.length;
            VarintWriter out = new VarintWriter(size);
            out.varint(group.stems.size());
            for (int i = 0; i < group.stems.size(); i++) table.writeStem(tableStems[i], out);
            out.varint(group.words.size());
            for (int i = 0; i < group.words.size(); i++) {
                table.writeWord(tableWords[i], out);
                out.varint(group.wordStems[i] + 1);
            }
            out.varint(group.fields.length);
            for (int[] f : group.fields) {
                out.varint(f.length);
                out.varints(f);
            }
            return out.toArray();
        }
    }

    /** Analyses {@code records}, the words' stems taken from {@code table}, the analysing thread's ({@link WordTable}). */
    static Made analyse(List<SearchRecord> records, Analyzer analyzer, WordTable table) {
        Counts counts = new Counts(table);
        AsciiWords ascii = new AsciiWords();
        int[][] fields = new int[records.size()][];
        for (int r = 0; r < records.size(); r++) {
            SearchRecord record = records.get(r);
            String[] texts = {record.indexedTitle(), record.context(), record.indexedBody()};
            for (int f = 0; f < FIELD_NAMES.length; f++) {
                if (ascii.reset(texts[f])) {
                    while (ascii.next()) counts.word(ascii.text(), ascii.start(), ascii.end(), ascii.hash());
                } else {
                    tokenized(analyzer, FIELD_NAMES[f], texts[f], counts);
                }
                counts.endField();
            }
            fields[r] = counts.endRecord();
        }
        AnalysedGroup group = new AnalysedGroup(counts.strings(counts.tableStems, counts.stems, true), counts.strings(counts.tableWords, counts.words, false),
                Arrays.copyOf(counts.wordStems, counts.words), fields);
        return new Made(group, table, counts.tableStems, counts.tableWords);
    }

    /** Counts the words of a text that is not ASCII alone ({@link AsciiWords}) as the word analyzer gives them. */
    private static void tokenized(Analyzer analyzer, String field, String text, Counts counts) {
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) counts.word(term.buffer(), 0, term.length(), WordIds.hash(term.buffer(), 0, term.length()));
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A group's words and stems numbered as they come, and each field's length and stem frequencies
     * as its words are counted: a word is looked up in the group's own small map of words first,
     * (a group has some 6,000 words: a map that stays in the processor's cache), and only a word new
     * to the group in the thread's table, whose numbers number it in the group without a string made.
     */
    private static final class Counts {
        private final WordTable table;
        /** The group's words met so far, each to its stem's number in the group plus two (0: a stop word). */
        private final WordIds met;
        /** By the table's stem numbers, the group's number of the stem plus one (0: not met yet). */
        private int[] groupStem = new int[0];
        /** How many stems and words the group has so far. */
        int stems;
        int words;
        int[] wordStems = new int[64];
        /** By the group's numbers, the table's number of each stem and word. */
        int[] tableStems = new int[64];
        int[] tableWords = new int[64];
        private int[] freq = new int[256];
        private int[] touched = new int[64];
        /** The field being counted: its length and its distinct stems so far. */
        private int length;
        private int n;
        /** The record being counted ({@link #fields}'s layout). */
        private int[] out = new int[16];
        private int used;

        Counts(WordTable table) {
            this.table = table;
            met = table.groupWords();
        }

        /** Counts the word in {@code buffer[from, to)}, lower-cased, its {@link WordIds#hash} {@code hash}. */
        void word(char[] buffer, int from, int to, int hash) {
            int id = met.get(buffer, from, to, hash, -1) - 2;
            if (id == -3) {
                id = newWord(table.word(buffer, from, to, hash));
                met.put(buffer, from, to, hash, id + 2);
            }
            if (id < 0) return;
            length++;
            if (freq[id]++ == 0) {
                if (n == touched.length) touched = Arrays.copyOf(touched, 2 * n);
                touched[n++] = id;
            }
        }

        /** Numbers the table's word {@code w} in the group (and its stem, if new to the group); its stem's number, -2 for a stop word. */
        private int newWord(int w) {
            int s = table.stemOf(w);
            int id = -2;
            if (s >= 0) {
                if (s >= groupStem.length) groupStem = Arrays.copyOf(groupStem, Math.max(table.stems(), 2 * groupStem.length));
                if (groupStem[s] == 0) {
                    if (stems == tableStems.length) tableStems = Arrays.copyOf(tableStems, 2 * stems);
                    tableStems[stems++] = s;
                    groupStem[s] = stems;
                }
                id = groupStem[s] - 1;
            }
            if (words == wordStems.length) {
                wordStems = Arrays.copyOf(wordStems, 2 * words);
                tableWords = Arrays.copyOf(tableWords, 2 * words);
            }
            wordStems[words] = id < 0 ? -1 : id;
            tableWords[words++] = w;
            if (stems > freq.length) freq = Arrays.copyOf(freq, 2 * stems);
            return id;
        }

        /**
         * The table's stems (or words) numbered {@code numbers}, the first {@code n}: taken from the
         * table once the group is counted, in one loop whose reads do not wait on each other (taken as
         * each was met, each read of the table's lists waited for memory in the middle of the counting).
         */
        List<String> strings(int[] numbers, int n, boolean ofStems) {
            String[] out = new String[n];
            for (int i = 0; i < n; i++) out[i] = ofStems ? table.stem(numbers[i]) : table.word(numbers[i]);
            return List.of(out);
        }

        /** Ends a field: its length, the number of its distinct stems, then each with its frequency. */
        void endField() {
            if (used + 2 + 2 * n > out.length) out = Arrays.copyOf(out, Math.max(2 * out.length, used + 2 + 2 * n));
            out[used++] = length;
            out[used++] = n;
            for (int k = 0; k < n; k++) {
                out[used++] = touched[k];
                out[used++] = freq[touched[k]];
                freq[touched[k]] = 0;
            }
            length = 0;
            n = 0;
        }

        /** Ends a record: its fields as {@link #fields} holds them. */
        int[] endRecord() {
            int[] record = Arrays.copyOf(out, used);
            used = 0;
            return record;
        }
    }

    /**
     * A group read back from {@link Made#encode}'s bytes, for {@code records} records; an
     * IOException when the bytes are not a whole, consistent group of that many records.
     */
    static AnalysedGroup decode(byte[] bytes, int records) throws IOException {
        VarintReader in = new VarintReader(bytes, 0, bytes.length);
        int stemCount = in.count();
        List<String> stems = new ArrayList<>(stemCount);
        for (int i = 0; i < stemCount; i++) stems.add(string(in));
        int n = in.count();
        List<String> words = new ArrayList<>(n);
        int[] wordStems = new int[n];
        for (int i = 0; i < n; i++) {
            words.add(string(in));
            wordStems[i] = in.varint() - 1;
            if (wordStems[i] < -1 || wordStems[i] >= stems.size()) throw new IOException("a word's stem out of range");
        }
        if (in.varint() != records) throw new IOException("not the group's number of records");
        int[][] fields = new int[records][];
        for (int r = 0; r < records; r++) {
            int[] f = new int[in.count()];
            for (int i = 0; i < f.length; i++) f[i] = in.varint();
            check(f, stems.size());
            fields[r] = f;
        }
        if (!in.done()) throw new IOException("bytes after the group");
        return new AnalysedGroup(List.copyOf(stems), List.copyOf(words), wordStems, fields);
    }

    /** A string as {@link StringCodes} writes it. */
    private static String string(VarintReader in) throws IOException {
        int head = in.varint();
        int length = head >>> 1;
        if (head < 0 || (long) length << (head & 1) > in.remaining()) throw new IOException("a string out of range");
        if ((head & 1) == 0) return in.string(length, StandardCharsets.ISO_8859_1);
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) chars[i] = (char) (in.raw() << 8 | in.raw());
        return new String(chars);
    }

    /** One record's fields hold three fields of in-range stems with positive frequencies, and nothing more. */
    private static void check(int[] f, int stems) throws IOException {
        int at = 0;
        for (int field = 0; field < FIELD_NAMES.length; field++) {
            if (at + 2 > f.length || f[at] < 0 || f[at + 1] < 0) throw new IOException("a field cut short");
            int n = f[at + 1];
            at += 2;
            if (at + 2L * n > f.length) throw new IOException("a field cut short");
            for (int k = 0; k < n; k++, at += 2) {
                if (f[at] < 0 || f[at] >= stems || f[at + 1] <= 0) throw new IOException("a stem out of range");
            }
        }
        if (at != f.length) throw new IOException("bytes after a record");
    }
}
