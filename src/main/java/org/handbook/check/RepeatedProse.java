package org.handbook.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.handbook.markdown.ParsedContent;
import org.handbook.model.Markdown;
import org.handbook.model.SourceMap;
import org.handbook.problem.Position;
import org.handbook.problem.Problems;
import org.handbook.problem.Rule;

/**
 * Finds runs of {@value #MIN_WORDS} or more identical words that two content files share: each
 * story and study is told in full once and referenced elsewhere, so a long shared run is usually
 * a paragraph pasted from one file into another. Every window of {@value #MIN_WORDS} words
 * (a shingle) is hashed once; shingles that two files share are checked word by word, then joined
 * along their diagonal into the longest run, which is reported once, at the first file's place,
 * naming the second's.
 */
public final class RepeatedProse {
    /** The shortest run reported. */
    public static final int MIN_WORDS = 12;
    private static final long PRIME = 0x100000001B3L;

    /** One run: {@code length} words at word {@code i} of passage {@code a} and word {@code j} of passage {@code b}. */
    record Run(int a, int i, int b, int j, int length) {
    }

    private RepeatedProse() {
    }

    /**
     * Warns about every run two files share: their Markdown texts and their YAML texts (by item,
     * {@code sources}); a YAML text that is itself a parsed Markdown text (a checklist item's why)
     * is read once, as Markdown.
     */
    public static void check(ParsedContent parsed, Map<String, SourceMap> sources, Problems problems) {
        check(parsed, sources, problems, KeptProse.none());
    }

    /** As the other, taking what {@code kept} holds of the last build for the files an edit left as they were. */
    static void check(ParsedContent parsed, Map<String, SourceMap> sources, Problems problems, KeptProse kept) {
        Map<String, Passage.Builder> files = new TreeMap<>();
        Set<Position> markdownStarts = new HashSet<>();
        parsed.all().entrySet().stream().filter(e -> !e.getKey().startsWith("unbound:")).sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Markdown m = e.getValue().source();
            markdownStarts.add(new Position(m.path(), m.firstLine(), m.firstColumn()));
            files.computeIfAbsent(m.path(), Passage.Builder::new).markdown(e.getValue());
        });
        for (SourceMap map : sources.values()) {
            Passage.Builder file = files.computeIfAbsent(map.path(), Passage.Builder::new);
            map.strings().forEach((pointer, text) -> {
                if (!markdownStarts.contains(map.at(pointer))) file.yaml(map, pointer, text);
            });
        }
        check(List.copyOf(files.values()), problems, kept);
    }

    /** Warns about every run two of {@code files} (in path order) share, taking what {@code kept} holds of the files an edit left as they were. */
    static void check(List<Passage.Builder> files, Problems problems, KeptProse kept) {
        Passages passages = new Passages(files);
        report(passages, kept.runs(files, passages), problems);
    }

    /** Warns about every run shared by two of the passages (one passage per file). */
    static void check(List<Passage> passages, Problems problems) {
        Passages all = new Passages(passages.stream().sorted(Comparator.comparing(p -> p.path)).<Supplier<Passage>>map(p -> () -> p).toList());
        long[][] hashes = new long[all.size()][];
        for (int p = 0; p < hashes.length; p++) hashes[p] = shingleHashes(all.read(p));
        report(all, runs(all, hashes), problems);
    }

    private static void report(Passages passages, List<Run> runs, Problems problems) {
        for (Run r : runs) {
            Passage a = passages.get(r.a());
            Passage b = passages.get(r.b());
            Position other = b.position(r.j());
            problems.warning(Rule.REPEATED_PROSE, a.position(r.i()), r.length() + " words repeat " + other + ": \u201C" + excerpt(a, r.i(), r.length()) + "\u201D",
                    "tell it in full in one place and link there from the other (quotations are exempt)");
        }
    }

    /**
     * The files' passages, in path order, read when asked for: each is read once to hash its
     * shingles, and again only if it shares one with another file (then kept for the comparison).
     */
    static final class Passages {
        private final List<? extends Supplier<Passage>> files;
        private final Map<Integer, Passage> kept = new HashMap<>();

        Passages(List<? extends Supplier<Passage>> files) {
            this.files = files;
        }

        int size() {
            return files.size();
        }

        /** Passage {@code p}, read now (for hashing: not kept). */
        Passage read(int p) {
            return files.get(p).get();
        }

        /** Passage {@code p}, kept once read. */
        Passage get(int p) {
            return kept.computeIfAbsent(p, this::read);
        }
    }

    /**
     * The runs of {@value #MIN_WORDS} words or more shared by two passages, in passage and word order, from
     * each passage's shingle {@code hashes} ({@link #shingleHashes}; a passage given none shares none).
     */
    static List<Run> runs(Passages passages, long[][] hashes) {
        int min = MIN_WORDS;
        // most shingles occur once: only those that recur are placed
        long[] recurring = Shingles.recurring(hashes);
        if (recurring.length == 0) return List.of();
        // a shingle is placed once per passage, at its first place: a repeat inside one file is not reported, and a
        // word repeated a million times in one file cannot make this quadratic
        Map<Long, long[]> shingles = new HashMap<>();
        for (int p = 0; p < hashes.length; p++) {
            int passage = p;
            for (int i = 0; i < hashes[p].length; i++) {
                long x = hashes[p][i];
                if (x != 0 && Shingles.contains(recurring, x)) shingles.merge(x, new long[] {(long) p << 32 | i},
                        (was, add) -> (int) (was[was.length - 1] >>> 32) == passage ? was : concat(was, add));
            }
        }
        List<long[]> matches = new ArrayList<>();
        for (long[] places : shingles.values()) {
            if (places.length < 2) continue;
            for (int x = 0; x < places.length; x++) {
                for (int y = x + 1; y < places.length; y++) {
                    int pa = (int) (places[x] >>> 32);
                    int pb = (int) (places[y] >>> 32);
                    if (pa == pb) continue;
                    long first = pa < pb ? places[x] : places[y];
                    long second = pa < pb ? places[y] : places[x];
                    int a = (int) (first >>> 32);
                    int i = (int) first;
                    int b = (int) (second >>> 32);
                    int j = (int) second;
                    if (same(passages.get(a), i, passages.get(b), j, min)) matches.add(new long[] {a, b, j - i, i});
                }
            }
        }
        // a run is a chain of matching shingles on one diagonal of one pair of passages
        matches.sort(Comparator.<long[]>comparingLong(m -> m[0]).thenComparingLong(m -> m[1])
                .thenComparingLong(m -> m[2]).thenComparingLong(m -> m[3]));
        List<Run> runs = new ArrayList<>();
        int k = 0;
        while (k < matches.size()) {
            long[] m = matches.get(k);
            int end = k;
            while (end + 1 < matches.size() && Arrays.equals(matches.get(end + 1), 0, 3, m, 0, 3)
                    && matches.get(end + 1)[3] == matches.get(end)[3] + 1) end++;
            int i = (int) m[3];
            runs.add(new Run((int) m[0], i, (int) m[1], i + (int) m[2], (int) (matches.get(end)[3] - i) + min));
            k = end + 1;
        }
        runs.sort(ORDER);
        return runs;
    }

    /** The order runs are reported in: by passage and word, then by the other passage and word. */
    static final Comparator<Run> ORDER = Comparator.comparingInt(Run::a).thenComparingInt(Run::i).thenComparingInt(Run::b).thenComparingInt(Run::j);

    /** The hash of each window of {@value #MIN_WORDS} words starting at each word; 0 where the window holds a break. */
    static long[] shingleHashes(Passage words) {
        int n = MIN_WORDS;
        int count = Math.max(0, words.size() - n + 1);
        long[] out = new long[count];
        long[] word = new long[words.size()];
        int[] hashes = words.wordHashes();
        for (int i = 0; i < word.length; i++) word[i] = words.isBreak(i) ? 0 : mix(hashes[i]);
        long power = 1;
        for (int i = 0; i < n - 1; i++) power *= PRIME;
        long h = 0;
        int lastBreak = -1;
        for (int i = 0; i < word.length; i++) {
            if (i >= n) h -= word[i - n] * power;
            h = h * PRIME + word[i];
            if (word[i] == 0) lastBreak = i;
            int start = i - n + 1;
            if (start >= 0) out[start] = lastBreak >= start || h == 0 ? 0 : h;
        }
        return out;
    }

    private static long mix(int h) {
        long x = h * 0x9E3779B97F4A7C15L;
        return x ^ (x >>> 29) | 1;
    }

    private static boolean same(Passage a, int i, Passage b, int j, int n) {
        for (int k = 0; k < n; k++) if (!a.sameWord(i + k, b, j + k)) return false;
        return true;
    }

    private static long[] concat(long[] a, long[] b) {
        long[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String excerpt(Passage p, int i, int length) {
        StringBuilder sb = new StringBuilder();
        for (int k = i; k < i + Math.min(length, 14); k++) sb.append(k > i ? " " : "").append(p.word(k));
        return length > 14 ? sb + " \u2026" : sb.toString();
    }
}
