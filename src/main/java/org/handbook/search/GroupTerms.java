package org.handbook.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.util.SmallFloat;

/**
 * One group of records' part of the site's postings ({@link AnalysisCache}'s groups), at its place
 * in the site: each stem's postings with the records numbered as in the site, each record's field
 * norms, the field statistics and the words. The site's postings are its groups' in order; a warm
 * process keeps the groups ({@link ScoredStems}), so an edit makes again the one group it changed
 * and the stems that group holds. Never changed once made.
 */
final class GroupTerms {
    static final int FIELDS = SearchIndex.FIELD_ORDER.size();

    /** The group's analysis key ({@link AnalysisCache#key}), which holds its records and their number. */
    final String key;
    /** The site number of the group's first record. */
    final int first;
    final int count;
    /** The group's stems and, by the same numbers, each one's postings: [record << 2 | field, frequency, ...] in record and field order. */
    final List<String> stems;
    final int[][] lists;
    /** Every word of the group as typed, and each one's number in {@link #stems} (-1: a stop word). */
    final List<String> wordList;
    final int[] wordStems;
    /**
     * The same postings by stem and words with their stems ({@link #postings()}, {@link #words()}), made when
     * first asked for: only a warm rebuild looks stems and words up, in the groups an edit changed.
     */
    private volatile ByKey byKey;
    /** Per field, each record's norm as Lucene encodes it (one byte of the length; 0 for an empty field). */
    final byte[][] norms;
    /** Per field: records with it, its tokens, its distinct stems summed over records. */
    final long[] docCount = new long[FIELDS];
    final long[] tokens = new long[FIELDS];
    final long[] pairs = new long[FIELDS];

    private GroupTerms(String key, int first, AnalysedGroup group) {
        this.key = key;
        this.first = first;
        this.count = group.fields().length;
        norms = new byte[FIELDS][count];
        int stems = group.stems().size();
        int[] size = new int[stems];
        for (int[] f : group.fields()) {
            int at = 0;
            for (int field = 0; field < FIELDS; field++) {
                int n = f[at + 1];
                at += 2;
                for (int k = 0; k < n; k++, at += 2) size[f[at]] += 2;
            }
        }
        int[][] lists = new int[stems][];
        for (int s = 0; s < stems; s++) lists[s] = new int[size[s]];
        int[] used = new int[stems];
        for (int r = 0; r < count; r++) {
            int[] f = group.fields()[r];
            int at = 0;
            for (int field = 0; field < FIELDS; field++) {
                int length = f[at];
                int n = f[at + 1];
                at += 2;
                for (int k = 0; k < n; k++, at += 2) {
                    int s = f[at];
                    lists[s][used[s]++] = (first + r) << 2 | field;
                    lists[s][used[s]++] = f[at + 1];
                }
                if (length > 0) {
                    // what Lucene's BM25 stores as the field's norm: its length, in one byte
                    norms[field][r] = (byte) SmallFloat.intToByte4(length);
                    docCount[field]++;
                    tokens[field] += length;
                    pairs[field] += n;
                }
            }
        }
        this.stems = group.stems();
        this.lists = lists;
        wordList = group.words();
        wordStems = group.wordStems();
    }

    /** The postings of {@code group}, its analysis key {@code key}, its first record numbered {@code first} in the site. */
    static GroupTerms of(AnalysedGroup group, String key, int first) {
        return new GroupTerms(key, first, group);
    }

    /** Each stem's postings by stem. */
    Map<String, int[]> postings() {
        return byKey().postings();
    }

    /** Each word as typed with its stem; stop words left out. */
    Map<String, String> words() {
        return byKey().words();
    }

    /** The group's postings and words looked up by key, made once (a group is otherwise never changed once made). */
    private record ByKey(Map<String, int[]> postings, Map<String, String> words) {
    }

    private ByKey byKey() {
        ByKey made = byKey;
        if (made != null) return made;
        synchronized (this) {
            if (byKey == null) {
                Map<String, int[]> postings = new HashMap<>(2 * stems.size());
                for (int s = 0; s < stems.size(); s++) postings.put(stems.get(s), lists[s]);
                Map<String, String> words = new HashMap<>(2 * wordList.size());
                for (int w = 0; w < wordList.size(); w++) {
                    if (wordStems[w] >= 0) words.put(wordList.get(w), stems.get(wordStems[w]));
                }
                byKey = new ByKey(postings, words);
            }
            return byKey;
        }
    }

    /** Whether this is the group of {@code key} starting at record {@code first}: the same records at the same place. */
    boolean is(String key, int first) {
        return this.first == first && this.key.equals(key);
    }
}
