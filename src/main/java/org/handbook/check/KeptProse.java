package org.handbook.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the repeated-prose check ({@link RepeatedProse}) made of the last build, kept by a warm
 * process for the next: each file's shingle hashes, under the texts its words were read from, and
 * the runs each pair of files shared. The runs two files share are a function of their words alone,
 * so a rebuild reads and hashes only the files whose texts changed, and looks for runs only between
 * those and the files sharing a shingle with one of them; every other pair shares what it shared.
 * What is kept is the last build's, replaced whole when a check finishes, so a check left unfinished
 * or one beside another leaves a record that holds together.
 */
final class KeptProse {
    private static final Last NONE = new Last(Map.of(), List.of());
    private static final long[] NO_SHINGLES = new long[0];
    private final boolean keeps;
    private volatile Last last = NONE;

    /** A file's shingle hashes ({@link RepeatedProse#shingleHashes}) and the texts they were read from. */
    private record File(List<Passage.Text> from, long[] shingles) {
    }

    /** A run between the files at paths {@code a} and {@code b} ({@code a} first in path order), at their words {@code i} and {@code j}. */
    private record Shared(String a, int i, String b, int j, int length) {
    }

    /** The files of a check by path, and the runs they shared. */
    private record Last(Map<String, File> files, List<Shared> runs) {
    }

    private KeptProse(boolean keeps) {
        this.keeps = keeps;
    }

    /** Keeps nothing: every check reads every file (a build that runs once). */
    static KeptProse none() {
        return new KeptProse(false);
    }

    /** Keeps each check's files and runs for the next. */
    static KeptProse kept() {
        return new KeptProse(true);
    }

    /** The runs the files ({@code files}, in path order, read as {@code passages}) share, as {@link RepeatedProse#runs} finds them among all. */
    List<RepeatedProse.Run> runs(List<Passage.Builder> files, RepeatedProse.Passages passages) {
        Last was = last;
        int n = files.size();
        long[][] hashes = new long[n][];
        boolean[] changed = new boolean[n];
        boolean any = false;
        Map<String, File> now = new HashMap<>();
        for (int p = 0; p < n; p++) {
            Passage.Builder f = files.get(p);
            List<Passage.Text> from = keeps ? f.from() : List.of();
            File old = was.files().get(f.path);
            changed[p] = old == null || !old.from().equals(from);
            any |= !changed[p];
            hashes[p] = changed[p] ? RepeatedProse.shingleHashes(passages.read(p)) : old.shingles();
            if (keeps) now.put(f.path, new File(from, hashes[p]));
        }
        List<RepeatedProse.Run> runs = any ? since(was, files, hashes, changed, passages) : RepeatedProse.runs(passages, hashes);
        if (keeps) last = new Last(now, runs.stream().map(r -> new Shared(files.get(r.a()).path, r.i(), files.get(r.b()).path, r.j(), r.length())).toList());
        return runs;
    }

    /**
     * The runs when some files are as {@code was} had them: those between two such files as it found them, the
     * others found among the changed files and the files sharing a shingle with one of them.
     */
    private static List<RepeatedProse.Run> since(Last was, List<Passage.Builder> files, long[][] hashes, boolean[] changed, RepeatedProse.Passages passages) {
        int n = files.size();
        List<long[]> edited = new ArrayList<>();
        for (int p = 0; p < n; p++) if (changed[p]) edited.add(hashes[p]);
        long[] table = Shingles.of(edited.toArray(long[][]::new));
        long[][] some = new long[n][];
        for (int p = 0; p < n; p++) some[p] = changed[p] || Shingles.containsAny(table, hashes[p]) ? hashes[p] : NO_SHINGLES;
        List<RepeatedProse.Run> out = new ArrayList<>();
        for (RepeatedProse.Run r : RepeatedProse.runs(passages, some)) if (changed[r.a()] || changed[r.b()]) out.add(r);
        Map<String, Integer> index = new HashMap<>();
        for (int p = 0; p < n; p++) index.put(files.get(p).path, p);
        for (Shared s : was.runs()) {
            Integer a = index.get(s.a());
            Integer b = index.get(s.b());
            if (a != null && b != null && !changed[a] && !changed[b]) out.add(new RepeatedProse.Run(a, s.i(), b, s.j(), s.length()));
        }
        out.sort(RepeatedProse.ORDER);
        return out;
    }
}
