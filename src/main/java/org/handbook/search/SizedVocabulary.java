package org.handbook.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The vocabulary in sort order, each word with the stem it stands for and each stem sized and
 * hashed as {@link VocabularyFiles} lays it out: what every layout of the vocabulary starts from.
 * Made afresh it sorts and sizes every word and stem; made from the last build's, when the scores
 * were made from the scores that one was sized for ({@link ScoredStems#base}) with the same widths,
 * it sizes again only the stems scored again and places only the words and stems that came or
 * went: every other entry is made from the same stem's same scores. Never changed once made.
 */
final class SizedVocabulary {
    /** Stands for the scores this was sized from ({@link ScoredStems#made}). */
    private final Object scores;
    private final int recordWidth;
    private final int[] normWidths;
    /** Every word and stem, sorted. */
    final String[] words;
    /** Beside each word, its entry, and about how many bytes it takes in a vocabulary file. */
    final Entry[] entries;
    final int[] sizes;

    /**
     * What the layout needs of a stem without encoding it: about how many bytes its entry takes in
     * its vocabulary file and its part in a data file (0: none), and a hash of everything its
     * encoding is made from, which keys the files that hold it.
     */
    record Sized(int infoBytes, int blobBytes, long hash, long hash2) {
        boolean needsFile() {
            return blobBytes > 0;
        }
    }

    /** A word or stem of the sorted vocabulary: the stem a word stands for (0: itself; null: not a word), the stem's own entry (null: not a stem). */
    record Entry(Object word, Sized stem) {
        int bytes(String key) {
            return key.length() + (word == null ? 0 : word instanceof String s ? s.length() + 6 : 5) + (stem == null ? 0 : stem.infoBytes() + key.length() + 5);
        }
    }

    private SizedVocabulary(Object scores, int recordWidth, int[] normWidths, String[] words, Entry[] entries) {
        this.scores = scores;
        this.recordWidth = recordWidth;
        this.normWidths = normWidths;
        this.words = words;
        this.entries = entries;
        sizes = new int[words.length];
        // a lambda a word, compiled after a few hundred calls, not a loop, which runs uncompiled once a build
        Arrays.setAll(sizes, i -> entries[i].bytes(words[i]));
    }

    /** {@code index}'s vocabulary sized with these widths, made from {@code last} (null: none) where it can be. */
    static SizedVocabulary of(TermScores index, int recordWidth, int[] normWidths, SizedVocabulary last) {
        ScoredStems stems = index.stems();
        if (last != null && last.recordWidth == recordWidth && Arrays.equals(last.normWidths, normWidths)) {
            if (last.scores == stems.made) return last;
            if (last.scores == stems.base) return last.updated(index, stems);
        }
        // in arrays side by side, not maps: every stem, then every word that is not one (and stands for a stem the
        // site has postings of: another is in no file), each key's entry at its place; each pass over them a stream's,
        // whose step is compiled after a few hundred calls (a loop that runs once a build runs uncompiled)
        String[] stemKeys = stems.stems.keySet().toArray(String[]::new);
        String[] wordKeys = stems.words.keySet().parallelStream()
                .filter(w -> !stems.stems.containsKey(w) && stems.stems.containsKey(stems.words.get(w))).toArray(String[]::new);
        String[] keys = Arrays.copyOf(stemKeys, stemKeys.length + wordKeys.length);
        System.arraycopy(wordKeys, 0, keys, stemKeys.length, wordKeys.length);
        Entry[] unsorted = new Entry[keys.length];
        IntStream.range(0, keys.length).parallel().forEach(i -> unsorted[i] = entry(stems, keys[i],
                i < stemKeys.length ? size(index, keys[i], recordWidth, normWidths) : null));
        int[] order = StringOrder.of(keys, keys.length);
        String[] words = new String[keys.length];
        Entry[] entries = new Entry[keys.length];
        Arrays.setAll(words, i -> keys[order[i]]);
        Arrays.setAll(entries, i -> unsorted[order[i]]);
        return new SizedVocabulary(stems.made, recordWidth, normWidths, words, entries);
    }

    /** The entry of {@code key}: the stem it stands for if it is a word (of a stem the site has), its own size if it is a stem. */
    private static Entry entry(ScoredStems stems, String key, Sized sized) {
        String stem = stems.words.get(key);
        Object word = stem == null || !stems.stems.containsKey(stem) ? null : stem.equals(key) ? (Object) 0 : stem;
        return new Entry(word, sized);
    }

    /** This vocabulary with the stems {@code stems} scored again sized again, and the words and stems that came or went placed. */
    private SizedVocabulary updated(TermScores index, ScoredStems stems) {
        Set<String> changed = new HashSet<>(stems.touched);
        changed.addAll(stems.wordsChanged);
        List<String> now = new ArrayList<>();
        Map<String, Entry> made = new java.util.HashMap<>();
        for (String key : changed) {
            Entry e = entry(stems, key, stems.stems.containsKey(key) ? size(index, key, recordWidth, normWidths) : null);
            if (e.word() == null && e.stem() == null) continue;
            now.add(key);
            made.put(key, e);
        }
        now.sort(null);
        // the places of the keys that changed, each gone or made again
        boolean[] gone = new boolean[this.words.length];
        for (String key : changed) {
            int at = Arrays.binarySearch(this.words, key);
            if (at >= 0) gone[at] = true;
        }
        List<String> words = new ArrayList<>(this.words.length + now.size());
        List<Entry> entries = new ArrayList<>(this.words.length + now.size());
        int k = 0;
        for (int i = 0; i < this.words.length; i++) {
            for (; k < now.size() && now.get(k).compareTo(this.words[i]) < 0; k++) {
                words.add(now.get(k));
                entries.add(made.get(now.get(k)));
            }
            if (gone[i]) continue;
            words.add(this.words[i]);
            entries.add(this.entries[i]);
        }
        for (; k < now.size(); k++) {
            words.add(now.get(k));
            entries.add(made.get(now.get(k)));
        }
        return new SizedVocabulary(stems.made, recordWidth, normWidths, words.toArray(String[]::new), entries.toArray(Entry[]::new));
    }

    /**
     * A stem's sizes as {@link VocabularyFiles} would encode it (the lengths of its entries and
     * membership, counted, not made) and the hash of what that reads: the stem, each record with
     * its score, frequencies and norms, the weights, and the widths the numbers are written in.
     */
    private static Sized size(TermScores index, String stem, int recordWidth, int[] normWidths) {
        ScoredStems.Scored scored = index.stems().stems.get(stem);
        int[] pairs = scored.pairs();
        FieldFrequencies frequencies = scored.frequencies();
        byte[][] norms = index.norms();
        int df = pairs.length / 2;
        ShardHash.Mix hash = new ShardHash.Mix().add(stem).add(recordWidth).add(normWidths[0]).add(normWidths[1]).add(normWidths[2]);
        for (float w : scored.weights()) hash.add(Float.floatToIntBits(w));
        // a long list's membership counted in the same pass, each record's frequencies read once
        boolean hasMembership = df > SearchExport.WHOLE;
        int membership = 0;
        int previous = -1;
        for (int i = 0; i < df; i++) {
            int record = pairs[2 * i];
            int title = frequencies.get(i, 0);
            int context = frequencies.get(i, 1);
            int body = frequencies.get(i, 2);
            hash.add((long) record << 32 | pairs[2 * i + 1] & 0xFFFFFFFFL)
                    .add((long) title << 42 ^ (long) context << 21 ^ body)
                    .add((norms[0][record] & 0xFF) << 16 | (norms[1][record] & 0xFF) << 8 | norms[2][record] & 0xFF);
            if (hasMembership) membership += StemCode.membershipChars(record - previous, title, context, body);
            previous = record;
        }
        int width = StemCode.entryWidth(recordWidth, normWidths);
        if (df <= SearchExport.WHOLE) {
            int entries = df * width;
            return entries <= SearchExport.INLINE_CHARS ? new Sized(entries + 10, 0, hash.first(), hash.second())
                    : new Sized(8, entries + 2, hash.first(), hash.second());
        }
        int band1 = (Math.min(df, SearchExport.BAND1) - SearchExport.BAND0) * width;
        return new Sized(SearchExport.BAND0 * width + 16, band1 + membership + 48, hash.first(), hash.second());
    }
}
