package org.handbook.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

    private final int records;
    private final List<byte[]> shown;
    private final long total;

    /** The records as results show them, each made once whatever the budget. */
    FragmentFiles(List<SearchRecord> records) {
        this.records = records.size();
        shown = records.parallelStream().map(FragmentFiles::shown).toList();
        long total = 0;
        for (byte[] b : shown) total += b.length + 1;
        this.total = total;
    }

    /** Records a file, with {@code budget}. */
    private int perFile(Budget budget) {
        return total <= SMALL_FILES * SMALL_FILE_BYTES
                // a small site: a page of results loads at most a few files, for a few kilobytes more
                ? Math.max(1, (int) Math.ceil(records / Math.ceil((double) total / SMALL_FILE_BYTES)))
                : (int) Math.max(1, Math.min(records, Math.round(budget.fragments() / Math.max(1.0, (double) total / Math.max(1, records)))));
    }

    /** How many files {@link #write} makes with {@code budget}. */
    int files(Budget budget) {
        int perFile = perFile(budget);
        return (records + perFile - 1) / perFile;
    }

    /** Writes the files to {@code out} and returns what the manifest says of them ({@link SearchExport#numbered}). */
    List<Object> write(SearchExport out, Budget budget) {
        int perFile = perFile(budget);
        int groups = files(budget);
        List<byte[]> bodies = new ArrayList<>(groups);
        for (int g = 0; g < groups; g++) {
            List<byte[]> part = shown.subList(g * perFile, Math.min(shown.size(), g * perFile + perFile));
            int size = 1 + part.size();
            for (byte[] b : part) size += b.length;
            byte[] body = new byte[size];
            int at = 0;
            body[at++] = '[';
            for (int i = 0; i < part.size(); i++) {
                if (i > 0) body[at++] = ',';
                System.arraycopy(part.get(i), 0, body, at, part.get(i).length);
                at += part.get(i).length;
            }
            body[at++] = ']';
            bodies.add(java.util.Arrays.copyOf(body, at));
        }
        return out.numbered("f", perFile, bodies);
    }

    /**
     * One record as JSON: [title, context, url, start of the text]. A URL whose anchor is the
     * title's slug ends at its '#' (the browser makes the slug again: titles in ASCII only, where
     * the slug is the same in any language).
     */
    private static byte[] shown(SearchRecord r) {
        String url = r.url();
        int hash = url.indexOf('#');
        if (hash >= 0 && r.title().chars().allMatch(c -> c < 128) && url.substring(hash + 1).equals(MarkdownParser.slug(r.title()))) {
            url = url.substring(0, hash + 1);
        }
        return ExportJson.of(List.of(r.title(), r.context(), url, Excerpts.cut(r.body(), SearchExport.EXCERPT_CHARS)))
                .getBytes(StandardCharsets.UTF_8);
    }
}
