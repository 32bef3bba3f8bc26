package org.handbook.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.handbook.Pipeline;
import org.handbook.RandomTries;
import org.handbook.TestSites;
import org.handbook.cache.BuildCache;
import org.handbook.cache.Keeps;
import org.junit.jupiter.api.Test;

/**
 * A warm process's scores cannot go stale: records of some two hundred pages (several groups) are
 * scored again through one {@link Keeps} after each of many random edits (a word changed, added or
 * taken out, now and then a record added, which moves every later one), and each time every score,
 * frequency, weight, norm, average length and word is what scoring the same records afresh gives,
 * and the vocabulary sized from the last ({@link SizedVocabulary}) is the one sized afresh.
 */
class ScoredStemsTest {
    private static final List<String> WORDS = List.of("model", "models", "latency", "budget", "review", "reviewed", "reviewing",
            "rollout", "adapter", "evaluation", "label", "labels", "labelled", "the", "cluster", "clusters", "what");

    /**
     * A common word (some of them forms of one stem, some stop words), or a rare one in one of two
     * forms (its last use in one form taken out: the word goes, the stem stays), or a new one.
     */
    private static String word(RandomGenerator r) {
        return switch (r.nextInt(12)) {
            case 0 -> "zq" + (char) ('a' + r.nextInt(20)) + (r.nextBoolean() ? "s" : "");
            case 1 -> "zq" + Integer.toString(r.nextInt(1 << 20), 36);
            default -> WORDS.get(r.nextInt(WORDS.size()));
        };
    }

    private static String text(RandomGenerator r, int words) {
        StringBuilder s = new StringBuilder(word(r));
        for (int i = 1; i < words; i++) s.append(' ').append(word(r));
        return s.toString();
    }

    private static List<SearchRecord> numbered(List<SearchRecord> records) {
        List<SearchRecord> out = new ArrayList<>();
        for (SearchRecord x : records) out.add(new SearchRecord(out.size(), x.type(), x.title(), x.context(), x.url(), x.body(), x.named()));
        return out;
    }

    /** One edit: a record's body with one word changed, added or taken out, or now and then a record more. */
    private static List<SearchRecord> edit(RandomGenerator r, List<SearchRecord> records) {
        List<SearchRecord> out = new ArrayList<>(records);
        int at = r.nextInt(out.size());
        SearchRecord x = out.get(at);
        if (r.nextInt(10) == 0) {
            out.add(at + 1, new SearchRecord(-1, x.type(), text(r, 2), x.context(), x.url().replaceFirst("#.*", "") + "#added" + at, text(r, 8), true));
            return numbered(out);
        }
        List<String> words = new ArrayList<>(List.of(x.body().split(" ")));
        switch (r.nextInt(3)) {
            case 0 -> words.set(r.nextInt(words.size()), word(r));
            case 1 -> words.add(r.nextInt(words.size() + 1), word(r));
            default -> {
                if (words.size() > 1) words.remove(r.nextInt(words.size()));
            }
        }
        out.set(at, new SearchRecord(x.id(), x.type(), x.title(), x.context(), x.url(), String.join(" ", words), x.named()));
        return out;
    }

    @Test
    void warmScoresAfterEachEditAreACleanScoring() throws Exception {
        SearchAnalysis analysis = new SearchAnalysis(Pipeline.library(TestSites.SAMPLE));
        RandomTries.run("warm scores after random edits", 4, r -> {
            List<SearchRecord> records = new ArrayList<>();
            for (int p = 0; p < 200; p++) {
                for (int s = 0; s < 2; s++) records.add(new SearchRecord(-1, "chapter", text(r, 2), "Page " + p, "page-" + p + "/#s" + s, text(r, 12), s == 0));
            }
            records = numbered(records);
            Keeps keeps = Keeps.kept();
            int[] widths = {2, 2, 2};
            TermScores first = new TermScores(records, RecordHashes.of(records), analysis, SearchExport.SCALE, BuildCache.none(), keeps);
            SizedVocabulary sized = SizedVocabulary.of(first, 3, widths, null);
            for (int i = 0; i < 60; i++) {
                keeps.next();
                records = edit(r, records);
                TermScores warm = new TermScores(records, RecordHashes.of(records), analysis, SearchExport.SCALE, BuildCache.none(), keeps);
                TermScores clean = new TermScores(records, analysis, SearchExport.SCALE);
                AnalysisCacheTest.assertSame(clean, warm);
                sized = SizedVocabulary.of(warm, 3, widths, sized);
                SizedVocabulary fresh = SizedVocabulary.of(clean, 3, widths, null);
                assertArrayEquals(fresh.words, sized.words, "the vocabulary in order");
                assertArrayEquals(fresh.entries, sized.entries, "each word's stem and each stem's sizes and hash");
                assertArrayEquals(fresh.sizes, sized.sizes);
            }
        });
    }
}
