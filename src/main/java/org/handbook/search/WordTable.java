package org.handbook.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.handbook.cache.VarintWriter;

/**
 * The words one thread has met in a build's analysis, numbered, each with its stem, numbered too:
 * a group of records numbers its own words and stems ({@link AnalysedGroup}), but most of them
 * are the same from group to group, so a group looks a word up here by its characters and takes
 * its string and stem from here, instead of making the string, hashing it to find its stem and
 * hashing the stem to number it (some 6,000 words a group, 60 groups at 4,000 pages). One thread's
 * alone: no locks.
 */
final class WordTable {
    private final Function<String, String> stemOf;
    private final WordIds ids = new WordIds();
    /** The words of the group being analysed through this table, by the group's numbers ({@link #groupWords}). */
    private final WordIds groupWords = new WordIds();
    private final List<String> words = new ArrayList<>();
    /** Each word's stem number, -1 for a stop word. */
    private int[] wordStems = new int[1024];
    /** The stems by number: numbered in their own table, not a map of boxed numbers. */
    private final StringIds stems = new StringIds();
    /** The words' and stems' bytes as a group's cache entry holds them, by number. */
    private final StringCodes wordCodes = new StringCodes();
    private final StringCodes stemCodes = new StringCodes();

    /** A table whose words' stems {@code stemOf} gives ("" for a stop word). */
    WordTable(Function<String, String> stemOf) {
        this.stemOf = stemOf;
    }

    /** The number of the word in {@code buffer[from, to)}, its {@link WordIds#hash} {@code hash}, numbered now if it is new. */
    int word(char[] buffer, int from, int to, int hash) {
        int id = ids.get(buffer, from, to, hash, -1);
        if (id >= 0) return id;
        String word = new String(buffer, from, to - from);
        String stem = stemOf.apply(word);
        id = words.size();
        if (id == wordStems.length) wordStems = Arrays.copyOf(wordStems, 2 * id);
        wordStems[id] = stem.isEmpty() ? -1 : stem(stem);
        words.add(word);
        wordCodes.add(word);
        ids.put(buffer, from, to, hash, id);
        return id;
    }

    /** The number of {@code stem}, numbered now (and its bytes written) if it is new. */
    private int stem(String stem) {
        int known = stems.size();
        int number = stems.add(stem);
        if (number == known) stemCodes.add(stem);
        return number;
    }

    /** An empty map of words for the group about to be analysed through this table ({@link AnalysedGroup}), its room kept from group to group. */
    WordIds groupWords() {
        groupWords.clear();
        return groupWords;
    }

    /** How many words are numbered so far. */
    int words() {
        return words.size();
    }

    String word(int id) {
        return words.get(id);
    }

    /** The stem number of word {@code id}, -1 for a stop word. */
    int stemOf(int id) {
        return wordStems[id];
    }

    /** How many stems are numbered so far. */
    int stems() {
        return stems.size();
    }

    String stem(int id) {
        return stems.get(id);
    }

    /** Appends word {@code id} to {@code out} as the analysis cache writes a string. */
    void writeWord(int id, VarintWriter out) {
        wordCodes.copy(id, out);
    }

    /** Appends stem {@code id} to {@code out} as the analysis cache writes a string. */
    void writeStem(int id, VarintWriter out) {
        stemCodes.copy(id, out);
    }
}
