package org.handbook.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.handbook.cache.BuildCache;
import org.handbook.cache.Memo;

/**
 * The records' analysis kept between builds: the records are cut into groups of whole pages, each
 * group's {@link AnalysedGroup} is kept in the build cache by the hash of the group's records
 * ({@link RecordHashes}), and a build analyses only the groups it does not find there whole (a
 * one-page edit: the edited page's group). A group ends before a page whose path hashes to one value in 64,
 * so an edit, an added page or a removed one moves no other group's bounds. Analysis depends on
 * the records alone (no site-wide statistics), so a kept group is the same as one made again; the
 * generator's version is in every key.
 */
final class AnalysisCache {
    /** What the build calls a kept group of records' analysis, in its counts and cache folders. */
    static final String KIND = "search-analysis";
    /** The kept bytes' format ({@link AnalysedGroup.Made#encode}); a new one is a new key. */
    private static final String FORMAT = "2";
    /** A page whose path's hash has these bits clear starts a group: a group is some 64 pages. */
    private static final int STARTS_GROUP = 63;

    private final BuildCache cache;
    private final Analyzer analyzer;
    private final SearchAnalysis analysis;
    /** Groups a warm process decoded or made in its last build, by the same key as the cache's. */
    private final Memo<String, AnalysedGroup> kept;
    /** Each word's stem ("" for a stop word), made once a build whichever group meets it first. */
    private final Map<String, String> stems = new ConcurrentHashMap<>();
    /** The words each thread met in this build's groups, with their stems ({@link WordTable}). */
    private final Map<Thread, WordTable> tables = new ConcurrentHashMap<>();

    AnalysisCache(BuildCache cache, Analyzer analyzer, SearchAnalysis analysis, Memo<String, AnalysedGroup> kept) {
        this.cache = cache;
        this.analyzer = analyzer;
        this.analysis = analysis;
        this.kept = kept;
    }

    /** The bounds of the groups of {@code records}, [from, to) each, in record order. */
    static List<int[]> groups(List<SearchRecord> records) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        String last = null;
        int lastEnd = 0;
        for (int i = 0; i < records.size(); i++) {
            String url = records.get(i).url();
            int end = pageEnd(url);
            // another record of the last one's page: read in place, no page string made and hashed (40,000 records, 4,000 pages)
            if (last != null && end == lastEnd && url.regionMatches(0, last, 0, end)) continue;
            if (i > from && (mix(pageHash(url, end)) & STARTS_GROUP) == 0) {
                out.add(new int[] {from, i});
                from = i;
            }
            last = url;
            lastEnd = end;
        }
        if (from < records.size()) out.add(new int[] {from, records.size()});
        return out;
    }

    /** Where the page of a record's URL ends: at its '#', else at its end. */
    private static int pageEnd(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url.length() : hash;
    }

    /** The {@link String#hashCode} of {@code url}'s first {@code end} characters, its page's. */
    private static int pageHash(String url, int end) {
        int h = 0;
        for (int i = 0; i < end; i++) h = 31 * h + url.charAt(i);
        return h;
    }

    /** The page of a record's URL: the URL without its #anchor. */
    static String page(String url) {
        return url.substring(0, pageEnd(url));
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /**
     * The analysis of one group of records, {@code key} the hash of what it reads ({@link #key}):
     * as a warm process's last build had it, else kept, when the cache has it whole, else made now and kept.
     */
    AnalysedGroup group(List<SearchRecord> records, String key) {
        return kept.get(key, k -> read(records, k));
    }

    private AnalysedGroup read(List<SearchRecord> records, String key) {
        var kept = cache.kept(KIND, key);
        if (kept.isPresent()) {
            try {
                return AnalysedGroup.decode(kept.get(), records.size());
            } catch (IOException e) {
                // not a whole group after all: analysed again below, as one never kept
            }
        }
        WordTable table = tables.computeIfAbsent(Thread.currentThread(), t -> new WordTable(word -> stems.computeIfAbsent(word, analysis::stemOfWord)));
        AnalysedGroup.Made made = AnalysedGroup.analyse(records, analyzer, table);
        cache.artifact(KIND, key, made::encode);
        return made.group();
    }

    /** The key of records {@code from} to {@code to}: the hash of the records, which covers the three texts analysis reads of each. */
    static String key(RecordHashes hashes, int from, int to) {
        return FORMAT + "-" + hashes.range(from, to);
    }
}
