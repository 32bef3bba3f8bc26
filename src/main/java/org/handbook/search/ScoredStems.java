package org.handbook.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;

/**
 * Every stem's postings scored as {@link TermScores} hands them to the export, with what they were
 * made from: the site's groups of records ({@link GroupTerms}) and the collection statistics BM25
 * reads. A warm process keeps the last build's; when a rebuild has the same groups at the same
 * places but for some, and the same statistics ({@link SteadyBM25} keeps them through most edits),
 * only the stems those groups hold, before or after the edit, are scored again: every other stem's
 * postings lie in unchanged groups, whose records' norms are unchanged, so its scores, frequencies
 * and weights are what a clean build makes. Never changed once made; a rebuild makes another.
 */
final class ScoredStems {
    private static final String[] FIELDS = SearchIndex.FIELD_ORDER.toArray(String[]::new);

    /** The groups scored, for the next build to start from; null once let go ({@link #letGroupsGo()}). */
    List<GroupTerms> groups;
    private final int records;
    /** What BM25's scorers read of the collection: the number of records, each field's rounded document count and average length. */
    private final String statistics;
    /** Each stem's postings scored. */
    final Map<String, Scored> stems;
    final Map<String, String> words;
    /** Stands for this build's stems and words: the next build's {@link #base} when it is made from these. */
    final Object made = new Object();
    /** The {@link #made} of the scores these were made from, null when made afresh. */
    final Object base;
    /** When made from {@link #base}: the stems scored again or gone, and the words come or gone; else null. */
    final Set<String> touched;
    final Set<String> wordsChanged;
    final byte[][] norms;
    final float[] averageLengths = new float[FIELDS.length];

    /** A term's postings, its frequency in each field of each of its records, and its BM25 weight per field. */
    record Scored(int[] pairs, FieldFrequencies frequencies, float[] weights) {
    }

    /**
     * Lets the groups go once scored, where no later build starts from these scores (a build that
     * runs once): their postings, a second copy of every stem's, would stay in memory through the export.
     */
    void letGroupsGo() {
        groups = null;
    }

    /** The groups' postings scored, times {@code scale}; made from {@code last} (null: none) where it was made from the same. */
    static ScoredStems of(List<GroupTerms> groups, int records, int scale, ScoredStems last) {
        return new ScoredStems(groups, records, scale, last);
    }

    private ScoredStems(List<GroupTerms> groups, int records, int scale, ScoredStems last) {
        this.groups = groups;
        this.records = records;
        long[] docCount = new long[FIELDS.length];
        long[] tokens = new long[FIELDS.length];
        long[] pairs = new long[FIELDS.length];
        for (GroupTerms g : groups) {
            for (int f = 0; f < FIELDS.length; f++) {
                docCount[f] += g.docCount[f];
                tokens[f] += g.tokens[f];
                pairs[f] += g.pairs[f];
            }
        }
        CollectionStatistics[] stats = new CollectionStatistics[FIELDS.length];
        StringBuilder statistics = new StringBuilder().append(records);
        for (int f = 0; f < FIELDS.length; f++) {
            if (docCount[f] == 0) {
                statistics.append("/-");
                continue;
            }
            stats[f] = new CollectionStatistics(FIELDS[f], records, docCount[f], tokens[f], pairs[f]);
            // as the similarity's avgFieldLength and idf's document count
            averageLengths[f] = SteadyBM25.average(tokens[f], docCount[f]);
            statistics.append('/').append(SteadyBM25.count(docCount[f])).append(':').append(Float.floatToIntBits(averageLengths[f]));
        }
        this.statistics = statistics.toString();
        Scorers scorers = new Scorers(stats, scale);
        List<Integer> changed = last == null ? null : changed(last);
        if (changed == null) {
            norms = new byte[FIELDS.length][records];
            for (GroupTerms g : groups) {
                for (int f = 0; f < FIELDS.length; f++) System.arraycopy(g.norms[f], 0, norms[f], g.first, g.count);
            }
            base = null;
            touched = null;
            wordsChanged = null;
            StringIds ids = new StringIds();
            int[][][] parts = parts(ids);
            words = words();
            this.stems = new HashMap<>(2 * ids.size());
            for (int i = 0; i < ids.size(); i++) this.stems.put(ids.get(i), null);
            // scored in the order the map holds the stems, so the vocabulary, which reads them all in that order, reads memory in order
            int[] order = new int[ids.size()];
            int n = 0;
            for (String stem : this.stems.keySet()) order[n++] = ids.add(stem);
            Scored[] scored = new Scored[order.length];
            IntStream.range(0, order.length).parallel().forEach(i -> scored[i] = scorers.score(ids.get(order[i]), parts[order[i]], norms));
            n = 0;
            for (Map.Entry<String, Scored> e : this.stems.entrySet()) e.setValue(scored[n++]);
        } else {
            norms = new byte[FIELDS.length][];
            for (int f = 0; f < FIELDS.length; f++) norms[f] = last.norms[f].clone();
            Set<String> touched = new HashSet<>();
            for (int i : changed) {
                GroupTerms g = groups.get(i);
                for (int f = 0; f < FIELDS.length; f++) System.arraycopy(g.norms[f], 0, norms[f], g.first, g.count);
                touched(last.groups.get(i), g, last.norms, touched);
            }
            wordsChanged = new HashSet<>();
            words = words(last, changed, wordsChanged);
            base = last.made;
            this.touched = touched;
            String[] stems = touched.toArray(String[]::new);
            Scored[] scored = new Scored[stems.length];
            boolean[] changedGroup = new boolean[groups.size()];
            changed.forEach(i -> changedGroup[i] = true);
            IntStream.range(0, stems.length).parallel().forEach(i -> {
                int[] postings = merged(stems[i], last, changedGroup);
                if (postings.length > 0) scored[i] = scorers.score(stems[i], new int[][] {postings}, norms);
            });
            this.stems = new HashMap<>(last.stems);
            for (int i = 0; i < stems.length; i++) {
                if (scored[i] != null) this.stems.put(stems[i], scored[i]);
                else this.stems.remove(stems[i]);
            }
        }
    }

    /**
     * Each stem's postings in each group that has it, in group order, by the stems' numbers in
     * {@code ids}, which numbers them here: counted, then filled in, without a list for each.
     */
    private int[][][] parts(StringIds ids) {
        int[][] numbers = new int[groups.size()][];
        int[] count = new int[1024];
        for (int i = 0; i < groups.size(); i++) {
            GroupTerms g = groups.get(i);
            int[] n = new int[g.stems.size()];
            for (int s = 0; s < n.length; s++) {
                int id = ids.add(g.stems.get(s));
                if (id == count.length) count = java.util.Arrays.copyOf(count, 2 * id);
                count[id]++;
                n[s] = id;
            }
            numbers[i] = n;
        }
        int[][][] parts = new int[ids.size()][][];
        for (int id = 0; id < parts.length; id++) parts[id] = new int[count[id]][];
        int[] used = new int[parts.length];
        for (int i = 0; i < groups.size(); i++) {
            int[][] lists = groups.get(i).lists;
            int[] n = numbers[i];
            for (int s = 0; s < n.length; s++) parts[n[s]][used[n[s]]++] = lists[s];
        }
        return parts;
    }

    /** Every group's words with their stems, stop words left out: each word once, as every group that has it stems it the same. */
    private Map<String, String> words() {
        StringIds ids = new StringIds();
        String[] stemOf = new String[1024];
        for (GroupTerms g : groups) {
            for (int w = 0; w < g.wordList.size(); w++) {
                if (g.wordStems[w] < 0) continue;
                int size = ids.size();
                int id = ids.add(g.wordList.get(w));
                if (id < size) continue;
                if (id == stemOf.length) stemOf = java.util.Arrays.copyOf(stemOf, 2 * id);
                stemOf[id] = g.stems.get(g.wordStems[w]);
            }
        }
        Map<String, String> words = new HashMap<>(2 * ids.size());
        for (int id = 0; id < ids.size(); id++) words.put(ids.get(id), stemOf[id]);
        return words;
    }

    /**
     * The groups that differ from {@code last}'s, by number, when every group is at the place of
     * last's and the statistics are the same; else null (every stem is scored again).
     */
    private List<Integer> changed(ScoredStems last) {
        if (last.records != records || last.groups.size() != groups.size() || !last.statistics.equals(statistics)) return null;
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            GroupTerms was = last.groups.get(i);
            GroupTerms is = groups.get(i);
            if (was.first != is.first || was.count != is.count) return null;
            if (was != is) changed.add(i);
        }
        return changed;
    }

    /**
     * Adds to {@code touched} the stems whose postings in a group differ from {@code was}'s (the
     * same place before the edit), or that are in a record whose norms changed: the stems whose
     * scores may change. Every other stem's postings and their records' norms are as they were.
     */
    private void touched(GroupTerms was, GroupTerms is, byte[][] lastNorms, Set<String> touched) {
        boolean[] normed = new boolean[is.count];
        for (int r = 0; r < is.count; r++) {
            for (int f = 0; f < FIELDS.length; f++) normed[r] |= lastNorms[f][is.first + r] != is.norms[f][r];
        }
        Map<String, int[]> then = was.postings();
        Map<String, int[]> now = is.postings();
        then.forEach((stem, p) -> {
            if (!now.containsKey(stem)) touched.add(stem);
        });
        now.forEach((stem, p) -> {
            int[] before = then.get(stem);
            if (before == null || !java.util.Arrays.equals(before, p) || inChanged(p, is.first, normed)) touched.add(stem);
        });
    }

    /** Whether any of a group's postings {@code p} is in a record whose norms changed. */
    private static boolean inChanged(int[] p, int first, boolean[] normed) {
        for (int j = 0; j < p.length; j += 2) {
            if (normed[(p[j] >>> 2) - first]) return true;
        }
        return false;
    }

    /**
     * Last's words, less those only the changed groups had before that no group has now, plus the
     * changed groups' words now: every group's words, as a clean build puts them together.
     */
    private Map<String, String> words(ScoredStems last, List<Integer> changed, Set<String> wordsChanged) {
        Map<String, String> out = new HashMap<>(last.words);
        for (int i : changed) {
            Map<String, String> now = groups.get(i).words();
            for (String word : last.groups.get(i).words().keySet()) {
                if (!now.containsKey(word) && groups.stream().noneMatch(g -> g.words().containsKey(word))) {
                    out.remove(word);
                    wordsChanged.add(word);
                }
            }
        }
        for (int i : changed) {
            groups.get(i).words().forEach((word, stem) -> {
                if (out.put(word, stem) == null) wordsChanged.add(word);
            });
        }
        return out;
    }

    /**
     * A stem's postings now: in each unchanged group, last's (its scores' records with the
     * frequencies beside them); in each changed group, the group's own.
     */
    private int[] merged(String stem, ScoredStems last, boolean[] changedGroup) {
        Scored was = last.stems.get(stem);
        int[] pairs = was == null ? null : was.pairs();
        FieldFrequencies tf = was == null ? null : was.frequencies();
        int n = pairs == null ? 0 : pairs.length / 2;
        int[] out = new int[16];
        int used = 0;
        int k = 0;
        for (int i = 0; i < groups.size(); i++) {
            GroupTerms g = groups.get(i);
            int end = g.first + g.count;
            if (changedGroup[i]) {
                while (k < n && pairs[2 * k] < end) k++;
                int[] p = g.postings().get(stem);
                if (p == null) continue;
                if (used + p.length > out.length) out = java.util.Arrays.copyOf(out, Math.max(2 * out.length, used + p.length));
                System.arraycopy(p, 0, out, used, p.length);
                used += p.length;
                continue;
            }
            for (; k < n && pairs[2 * k] < end; k++) {
                if (used + 2 * FIELDS.length > out.length) out = java.util.Arrays.copyOf(out, 2 * out.length + 2 * FIELDS.length);
                for (int f = 0; f < FIELDS.length; f++) {
                    int frequency = tf.get(k, f);
                    if (frequency == 0) continue;
                    out[used++] = pairs[2 * k] << 2 | f;
                    out[used++] = frequency;
                }
            }
        }
        return java.util.Arrays.copyOf(out, used);
    }

    /** BM25's scorers for the collection: a term's depends on its field and document frequency alone (idf), so terms share them. */
    private static final class Scorers {
        private final CollectionStatistics[] stats;
        private final int scale;
        private final Map<Long, Similarity.SimScorer> shared = new ConcurrentHashMap<>();

        Scorers(CollectionStatistics[] stats, int scale) {
            this.stats = stats;
            this.scale = scale;
        }

        /**
         * One term's postings ([record << 2 | field, frequency, ...] by record, in parts that each end
         * with a record's last field: the groups') as [record, score, ...] by record, beside them its
         * frequency in each field of each record, and its scorer's weight per field (boost times idf;
         * 0 where absent). The parts are read in place, not joined first.
         */
        Scored score(String term, int[][] parts, byte[][] norms) {
            long[] docFreq = new long[FIELDS.length];
            long[] termFreq = new long[FIELDS.length];
            int records = 0;
            int most = 0;
            for (int[] postings : parts) {
                for (int j = 0; j < postings.length; j += 2) {
                    docFreq[postings[j] & 3]++;
                    termFreq[postings[j] & 3] += postings[j + 1];
                    most = Math.max(most, postings[j + 1]);
                    if (j == 0 || postings[j] >>> 2 != postings[j - 2] >>> 2) records++;
                }
            }
            Similarity.SimScorer[] scorers = new Similarity.SimScorer[FIELDS.length];
            float[] weights = new float[FIELDS.length];
            for (int f = 0; f < FIELDS.length; f++) {
                if (docFreq[f] == 0) continue;
                int field = f;
                long tf = termFreq[f];
                scorers[f] = shared.computeIfAbsent((long) f << 40 | docFreq[f], k -> SearchIndex.SIMILARITY.scorer(
                        SearchIndex.FIELDS.get(FIELDS[field]), stats[field], new TermStatistics(new BytesRef(term), k & ((1L << 40) - 1), tf)));
                // BM25's score is weight - weight / (1 + freq / norm): at an unbounded frequency, the weight itself
                weights[f] = scorers[f].score(Float.POSITIVE_INFINITY, 1);
            }
            int[] out = new int[2 * records];
            FieldFrequencies tf = new FieldFrequencies(records, most);
            int n = 0;
            for (int[] postings : parts) {
                for (int j = 0; j < postings.length; ) {
                    int record = postings[j] >>> 2;
                    double sum = 0;
                    for (; j < postings.length && postings[j] >>> 2 == record; j += 2) {
                        int f = postings[j] & 3;
                        sum += scorers[f].score(postings[j + 1], norms[f][record] & 0xFF);
                        tf.set(n / 2, f, postings[j + 1]);
                    }
                    out[n++] = record;
                    out[n++] = (int) Math.round(sum * scale);
                }
            }
            return new Scored(out, tf, weights);
        }
    }
}
