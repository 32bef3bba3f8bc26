package org.handbook.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cuts the vocabulary (words with their stems, stems with their postings) into shards by prefix:
 * two characters to start, and a character more wherever a shard would be large, so a query
 * fetches a few kilobytes of vocabulary whatever the size of the site. A word or stem lives in
 * the shard of its longest prefix that is a shard key; the browser looks it up the same way.
 */
final class VocabularyShards {
    /** A shard past this many (estimated) bytes is split by one more character. */
    static final int TARGET_BYTES = 4096;
    static final int MAX_KEY = 6;

    /** One entry: a word (value: its stem) or a stem (value: its postings), with its JSON size. */
    record Entry(String text, boolean stem, Object value, int bytes) {
    }

    private VocabularyShards() {
    }

    /** The entries by shard key. */
    static Map<String, List<Entry>> split(List<Entry> entries) {
        Map<String, List<Entry>> out = new TreeMap<>();
        place(entries, 2, out);
        return out;
    }

    private static void place(List<Entry> entries, int length, Map<String, List<Entry>> out) {
        Map<String, List<Entry>> byKey = new TreeMap<>();
        for (Entry e : entries) byKey.computeIfAbsent(prefix(e.text(), length), k -> new ArrayList<>()).add(e);
        byKey.forEach((key, list) -> {
            int bytes = list.stream().mapToInt(Entry::bytes).sum();
            int keyLength = key.codePointCount(0, key.length());
            if (bytes <= TARGET_BYTES || length >= MAX_KEY || keyLength < length) {
                out.computeIfAbsent(key, k -> new ArrayList<>()).addAll(list);
                return;
            }
            List<Entry> shorter = new ArrayList<>();
            List<Entry> longer = new ArrayList<>();
            for (Entry e : list) (e.text().codePointCount(0, e.text().length()) > length ? longer : shorter).add(e);
            if (!shorter.isEmpty()) out.computeIfAbsent(key, k -> new ArrayList<>()).addAll(shorter);
            place(longer, length + 1, out);
        });
    }

    /** The first {@code length} characters (code points) of a text, or all of it. */
    static String prefix(String text, int length) {
        int n = text.codePointCount(0, text.length());
        return text.substring(0, text.offsetByCodePoints(0, Math.min(length, n)));
    }
}
