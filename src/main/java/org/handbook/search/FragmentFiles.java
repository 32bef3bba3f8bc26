package org.handbook.search;

import java.util.List;
import org.handbook.markdown.MarkdownParser;

/**
 * The records as a result shows them (title, context, URL and the start of the text), in files of
 * consecutive records sized by the budget. A file's name is its group number and the version of
 * its block of {@value SearchExport#BLOCK} groups, which the manifest lists: a changed
 * record renames its block's files, and postings need no version of their own.
 */
final class FragmentFiles {
    /**
     * Records of a site whose records come to at most this many files of {@link #SMALL_FILE_BYTES}
     * go in as few files of that size as hold them: the results page's ten records then come in a
     * few requests, not one for nearly every result (the handbook's 667 records: 4 files of 40 KB
     * instead of 20 of 8 KB; gzip 10 to 12 KB a file). A larger site's are cut by the budget, since a cold query loads
     * every file that holds one of its results.
     */
    static final int SMALL_FILES = 4;
    static final int SMALL_FILE_BYTES = 48 * 1024;

    private final List<SearchRecord> records;
    private final RecordHashes hashes;
    /** Each record as results show it, made when first needed. */
    private final byte[][] shown;
    private final long total;

    /**
     * The records' sizes as results show them: made for each of {@code groups}, the groups of records
     * ({@link AnalysisCache#groups}), the last build did not record the size of ({@link ExportMemo}), and recorded for the next.
     */
    FragmentFiles(List<SearchRecord> records, RecordHashes hashes, List<int[]> groups, ExportMemo memo) {
        this.records = records;
        this.hashes = hashes;
        shown = new byte[records.size()][];
        total = groups.parallelStream().mapToLong(g -> {
            String key = ExportMemo.key("shown").add(hashes.range(g[0], g[1])).hex();
            long size = memo.size(key).orElseGet(() -> {
                long made = 0;
                for (int i = g[0]; i < g[1]; i++) made += shown(i).length + 1;
                return made;
            });
            memo.size(key, size);
            return size;
        }).sum();
    }

    /** As {@link #FragmentFiles(List, RecordHashes, List, ExportMemo)}, remembering nothing. */
    FragmentFiles(List<SearchRecord> records) {
        this(records, RecordHashes.of(records), AnalysisCache.groups(records), ExportMemo.none());
    }

    private byte[] shown(int record) {
        byte[] b = shown[record];
        if (b == null) {
            b = shown(records.get(record));
            shown[record] = b;
        }
        return b;
    }

    /** Records a file, with {@code budget}. */
    private int perFile(Budget budget) {
        int records = this.records.size();
        return total <= SMALL_FILES * SMALL_FILE_BYTES
                // a small site: a page of results loads at most a few files, for a few kilobytes more
                ? Math.max(1, (int) Math.ceil(records / Math.ceil((double) total / SMALL_FILE_BYTES)))
                : (int) Math.max(1, Math.min(records, Math.round(budget.fragments() / Math.max(1.0, (double) total / Math.max(1, records)))));
    }

    /** How many files {@link #write} makes with {@code budget}. */
    int files(Budget budget) {
        int perFile = perFile(budget);
        return (records.size() + perFile - 1) / perFile;
    }

    /**
     * Writes the files to {@code out} and returns what the manifest says of them ({@link SearchExport#numbered}):
     * a block of files whose records the last build wrote the same is linked from the site.
     */
    List<Object> write(SearchExport out, Budget budget) {
        int perFile = perFile(budget);
        int groups = files(budget);
        int block = SearchExport.BLOCK * perFile;
        return out.numbered("f", perFile, groups,
                b -> ExportMemo.key("f").add(perFile).add(hashes.range(b * block, Math.min(records.size(), (b + 1) * block))).hex(),
                g -> body(g * perFile, Math.min(records.size(), g * perFile + perFile)));
    }

    /** The file of records {@code from} to {@code to}: a JSON list of them as results show them. */
    private byte[] body(int from, int to) {
        // brackets and commas, then the records: the file's exact length, so the array is the file's bytes as it is
        int size = 2 + Math.max(0, to - from - 1);
        for (int i = from; i < to; i++) size += shown(i).length;
        byte[] body = new byte[size];
        int at = 0;
        body[at++] = '[';
        for (int i = from; i < to; i++) {
            if (i > from) body[at++] = ',';
            System.arraycopy(shown[i], 0, body, at, shown[i].length);
            at += shown[i].length;
        }
        body[at] = ']';
        return body;
    }

    /**
     * Whether {@code url} from {@code from} on is the slug of {@code title} and the title is in ASCII
     * only: {@link MarkdownParser#slug} of such a title (lower case, letters and digits joined by
     * single hyphens, "section" if none) made a character at a time ({@link MarkdownParser#asciiSlug}),
     * not by its Unicode normalization and regular expressions, once for every record of the site.
     */
    static boolean anchorIsSlug(String url, int from, String title) {
        String slug = MarkdownParser.asciiSlug(title);
        if (slug == null) return false;
        if (slug.isEmpty()) slug = "section";
        return url.length() - from == slug.length() && url.startsWith(slug, from);
    }

    /**
     * One record as JSON: [title, context, url, start of the text ({@link Excerpts#cut})]. A URL
     * whose anchor is the title's slug ends at its '#' (the browser makes the slug again: titles in
     * ASCII only, where the slug is the same in any language).
     */
    private static byte[] shown(SearchRecord r) {
        String url = r.url();
        int hash = url.indexOf('#');
        if (hash >= 0 && anchorIsSlug(url, hash + 1, r.title())) url = url.substring(0, hash + 1);
        String body = r.body();
        Object excerpt = body.length() <= SearchExport.EXCERPT_CHARS ? body
                : new ExportJson.Head(body, Excerpts.end(body, SearchExport.EXCERPT_CHARS), Excerpts.MORE);
        return ExportJson.utf8(List.of(r.title(), r.context(), url, excerpt));
    }
}
