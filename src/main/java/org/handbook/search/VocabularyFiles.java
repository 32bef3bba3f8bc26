package org.handbook.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handbook.cache.Memo;
import org.handbook.cache.Same;

/**
 * The vocabulary in files of consecutive words (by their sort order, sized by the budget), so a
 * typed word, its completions and its near misses are in one file: each word with its stem, each
 * stem with its record count and its best entries (a short list whole). What a stem needs beyond
 * that (a longer list, or the next entries, the membership and the weights) is in data files
 * listed by the vocabulary file, packed in vocabulary order up to the budget; a large one has a
 * file of its own. The manifest holds the directory: each file's first word, split by first letter on a
 * large site.
 */
final class VocabularyFiles {
    /** What a warm process keeps the last build's sized vocabulary under. */
    static final String KEPT = "search-vocabulary";
    /** A directory up to this many characters goes in the manifest itself. */
    static final int INLINE_DIRECTORY = 2048;

    private final int recordWidth;
    private final int[] normWidths;
    private final BrowserScores scores;
    private final TermScores index;
    /** The vocabulary in order, each stem sized and hashed: what every layout of it starts from. */
    private final SizedVocabulary keys;
    /**
     * Stems encoded so far, by place in {@link #words}: only those of the files the last build did not
     * make from the same postings. An array, not a map (a concurrent one grew through 35,000 stems):
     * a stem is in one data file and one vocabulary file, and the data files are made before the vocabulary
     * files, so no place is asked for by two threads at once.
     */
    private final Stem[] encoded;
    /** The same in arrays, for the layouts tried: each word in order, its bytes in a vocabulary file. */
    private final String[] words;
    private final int[] sizes;
    /** The words whose stems need a data file (their place in {@link #words}), and those stems' bytes there. */
    private final int[] filed;
    private final int[] filedBytes;
    private final java.util.SortedSet<String> letters = new java.util.TreeSet<>();
    /** The last budget's cuts: the export works out the files of the budget it keeps, writes them, then checks their number. */
    private Cuts cuts;
    /** Where the files of the layout being written go, and its budget. */
    private SearchExport out;
    private Budget budget;

    int recordWidth() {
        return recordWidth;
    }

    int[] normWidths() {
        return normWidths;
    }

    /**
     * Sizes and hashes every stem of {@code index}; a stem is encoded (and the browser's arithmetic
     * checked on it, if a long list) only when a file that holds it is made.
     */
    VocabularyFiles(TermScores index, int recordWidth, int[] normWidths) {
        this(index, recordWidth, normWidths, Memo.none());
    }

    /**
     * As {@link #VocabularyFiles(TermScores, int, int[])}, in a warm process the vocabulary sized
     * from the last build's ({@link SizedVocabulary}), which {@code kept} holds.
     */
    VocabularyFiles(TermScores index, int recordWidth, int[] normWidths, Memo<Object, SizedVocabulary> kept) {
        this.recordWidth = recordWidth;
        this.normWidths = normWidths;
        this.index = index;
        scores = new BrowserScores(SearchIndex.SIMILARITY.getK1(), SearchIndex.SIMILARITY.getB(), index.averageLengths());
        SizedVocabulary last = kept.lastOne().orElse(null);
        keys = kept.get(List.of(new Same(index.stems().made), recordWidth, java.util.Arrays.toString(normWidths)),
                k -> SizedVocabulary.of(index, recordWidth, normWidths, last));
        words = keys.words;
        sizes = keys.sizes;
        SizedVocabulary.Entry[] entries = keys.entries;
        encoded = new Stem[words.length];
        // streams, not a loop: a loop over the vocabulary runs once a build, uncompiled, where a stream's step is compiled after a few hundred
        filed = java.util.stream.IntStream.range(0, words.length).filter(i -> entries[i].stem() != null && entries[i].stem().needsFile()).toArray();
        filedBytes = java.util.Arrays.stream(filed).map(i -> entries[i].stem().blobBytes()).toArray();
        for (int i = 0; i < words.length; ) {
            String letter = words[i].substring(0, words[i].offsetByCodePoints(0, 1));
            letters.add(letter);
            i = past(words, i, letter);
        }
    }

    /** Where the words from {@code from} that start with {@code letter} end: a binary search, as the words are sorted, not a look at each. */
    private static int past(String[] words, int from, String letter) {
        int lo = from + 1;
        int hi = words.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words[mid].startsWith(letter)) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** A stem as the vocabulary holds it (its data file slot filled in when packed) and what goes in a data file. */
    private record Stem(List<Object> info, Object blob) {
    }

    /** Writes the vocabulary and data files to {@code out}, sized by {@code budget}, and returns what the manifest says of them. */
    Object write(SearchExport out, Budget budget) {
        this.out = out;
        this.budget = budget;
        List<List<String>> shards = cuts(budget).shards();
        String[] fileOf = dataFiles();
        String[] made = new String[shards.size()];
        byte[][] bodies = new byte[shards.size()][];
        int[] starts = new int[shards.size()];
        for (int i = 1; i < shards.size(); i++) starts[i] = starts[i - 1] + shards.get(i - 1).size();
        java.util.stream.IntStream.range(0, shards.size()).parallel().forEach(i -> {
            made[i] = shardKey(starts[i], shards.get(i), fileOf);
            // made now, side by side, unless the last build made a file of the same (linked then, if its site still has it)
            if (!out.knows(made[i])) bodies[i] = shard(starts[i], shards.get(i), fileOf);
        });
        Map<String, Object> v = new LinkedHashMap<>();
        // each file named by its content, not by its number and its block's version: an edit renames the files it changed, no others
        List<String> names = new ArrayList<>();
        for (int i = 0; i < shards.size(); i++) {
            int at = i;
            names.add(out.writeBytes("v", made[i], () -> bodies[at] != null ? bodies[at] : shard(starts[at], shards.get(at), fileOf), SearchExport.SHORT_NAME));
        }
        List<List<Object>> directory = directory(shards, names);
        if (ExportJson.of(directory).length() <= INLINE_DIRECTORY) {
            v.put("d", directory);
            return v;
        }
        v.put("d", byLetter(directory, letters));
        return v;
    }

    /**
     * How many files {@link #write} makes with {@code budget}, worked out without making them: the
     * export tries budgets until the site has few enough files, and makes only the one it keeps.
     */
    int files(Budget budget) {
        List<List<String>> shards = cuts(budget).shards();
        int directory = ExportJson.of(directory(shards, shards.stream().map(x -> PLACEHOLDER).toList())).length() <= INLINE_DIRECTORY ? 0 : letters.size();
        return shards.size() + cuts(budget).packs().size() + directory;
    }

    /** The vocabulary and data files' cuts with one budget ({@link #shards}, {@link #packs}). */
    private record Cuts(Budget budget, List<List<String>> shards, List<Pack> packs) {
    }

    /** The cuts with {@code budget}: made once for the budget the export keeps, which it asks for three times. */
    private Cuts cuts(Budget budget) {
        if (cuts == null || !cuts.budget().equals(budget)) cuts = new Cuts(budget, shards(budget), packs(budget));
        return cuts;
    }

    /**
     * The vocabulary cut into files of consecutive words, about the budget each: a file ends
     * before a word that {@link #cutsBefore} once it has seven eighths of the budget, else where the
     * next word would take it over nine eighths (so files are the budget on average, as when they
     * were cut by bytes alone). Cut by the words, a stem whose entries grow or a new word moves no
     * cut but its own file's (a file's end moves only where no such word came in time), so an edit
     * changes the vocabulary files of the stems it changed.
     */
    private List<List<String>> shards(Budget budget) {
        List<List<String>> shards = new ArrayList<>();
        int from = 0;
        int bytes = 0;
        for (int i = 0; i < words.length; i++) {
            if (i > from && (8L * (bytes + sizes[i]) > 9L * budget.vocabulary() || 8L * bytes >= 7L * budget.vocabulary() && cutsBefore(words[i], 8))) {
                shards.add(java.util.Arrays.asList(words).subList(from, i));
                from = i;
                bytes = 0;
            }
            bytes += sizes[i];
        }
        if (from < words.length) shards.add(java.util.Arrays.asList(words).subList(from, words.length));
        return shards;
    }

    /** A name of the length every file's name has, for the size of a directory worked out before the files are made. */
    private static final String PLACEHOLDER = "0".repeat(SearchExport.SHORT_NAME);

    /** Each vocabulary file's first word (the first file's as "") and name. */
    private static List<List<Object>> directory(List<List<String>> shards, List<String> names) {
        List<List<Object>> directory = new ArrayList<>();
        for (int i = 0; i < shards.size(); i++) directory.add(List.of(i == 0 ? "" : shards.get(i).get(0), names.get(i)));
        return directory;
    }

    /**
     * A large directory split by first letter: {letter: file}, each file listing the vocabulary
     * files that may hold words of that letter, the first of them keyed by the letter itself.
     */
    private Map<String, String> byLetter(List<List<Object>> directory, java.util.SortedSet<String> letters) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String letter : letters) {
            // the words of a letter are at least the letter and below it followed by the highest character
            String top = letter + Character.MAX_VALUE;
            List<List<Object>> list = new ArrayList<>();
            for (int i = 0; i < directory.size(); i++) {
                String first = (String) directory.get(i).get(0);
                String next = i + 1 < directory.size() ? (String) directory.get(i + 1).get(0) : null;
                if (first.compareTo(top) < 0 && (next == null || next.compareTo(letter) > 0)) {
                    list.add(List.of(list.isEmpty() ? letter : first, directory.get(i).get(1)));
                }
            }
            out.put(letter, this.out.write("v", list));
        }
        return out;
    }

    /** One vocabulary file's content, {@code from} its first word's place in the vocabulary. */
    private byte[] shard(int from, List<String> words, String[] fileOf) {
        Map<String, Object> w = new LinkedHashMap<>();
        Map<String, Object> s = new LinkedHashMap<>();
        List<String> files = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String key = words.get(i);
            SizedVocabulary.Entry k = keys.entries[from + i];
            if (k.word() != null) w.put(key, k.word());
            if (k.stem() == null) continue;
            List<Object> info = new ArrayList<>(stem(from + i).info());
            s.put(key, info);
            if (!k.stem().needsFile()) continue;
            String file = fileOf[from + i];
            int at = files.indexOf(file);
            if (at < 0) {
                at = files.size();
                files.add(file);
            }
            info.add(at);
        }
        Map<String, Object> shard = new LinkedHashMap<>();
        shard.put("w", w);
        shard.put("s", s);
        shard.put("f", files);
        return ExportJson.utf8(shard);
    }

    /** Writes the data files ({@link #packs}) and returns each stem's data file, by its word's place in {@link #words}. */
    private String[] dataFiles() {
        List<Pack> packs = cuts(budget).packs();
        List<int[]> places = new ArrayList<>();
        for (Pack p : packs) {
            int[] in = new int[p.to() - p.from()];
            int n = 0;
            for (int j = p.from(); j < p.to(); j++) {
                if (p.alone() || filedBytes[j] < budget.data() / 2) in[n++] = filed[j];
            }
            places.add(java.util.Arrays.copyOf(in, n));
        }
        String[] made = new String[packs.size()];
        byte[][] bodies = new byte[packs.size()][];
        java.util.stream.IntStream.range(0, packs.size()).parallel().forEach(i -> {
            ShardHash.Mix key = ExportMemo.key("d");
            for (int at : places.get(i)) {
                SizedVocabulary.Sized sized = keys.entries[at].stem();
                key.add(words[at]).add(sized.hash()).add(sized.hash2());
            }
            made[i] = key.hex();
            if (!out.knows(made[i])) bodies[i] = data(places.get(i));
        });
        String[] fileOf = new String[words.length];
        for (int i = 0; i < packs.size(); i++) {
            int at = i;
            String name = out.writeBytes("d", made[i], () -> bodies[at] != null ? bodies[at] : data(places.get(at)), 16);
            for (int place : places.get(i)) fileOf[place] = name;
        }
        return fileOf;
    }

    /** A data file's content: each stem's part, the stems by their places in {@link #words}. */
    private byte[] data(int[] places) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int at : places) data.put(words[at], stem(at).blob());
        return ExportJson.utf8(data);
    }

    /**
     * The hash of what a vocabulary file is made from: each word, the stem it stands for, the
     * stem's hash ({@link SizedVocabulary.Sized}) and its data file's name; {@code from} the
     * first word's place in the vocabulary.
     */
    private String shardKey(int from, List<String> words, String[] fileOf) {
        ShardHash.Mix key = ExportMemo.key("v");
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            SizedVocabulary.Entry k = keys.entries[from + i];
            key.add(word);
            // the stem a word stands for: none (-2), itself (-1), or another, by its length and characters
            if (k.word() == null) key.add(-2);
            else if (k.word() instanceof String stem) key.add(stem);
            else key.add(-1);
            if (k.stem() == null) {
                key.add(-3);
                continue;
            }
            key.add(k.stem().hash()).add(k.stem().hash2());
            if (k.stem().needsFile()) key.add(fileOf[from + i]);
        }
        return key.hex();
    }

    /** The stem at {@code at} in {@link #words} encoded, once. */
    private Stem stem(int at) {
        Stem stem = encoded[at];
        if (stem == null) {
            stem = encode(words[at]);
            encoded[at] = stem;
        }
        return stem;
    }

    /** Whether a file may start at {@code word}: one word in {@code every}, by a hash of the word alone. */
    private static boolean cutsBefore(String word, int every) {
        int h = word.hashCode() * 0x9E3779B9;
        return Integer.remainderUnsigned(h ^ h >>> 15, every) == 0;
    }

    /**
     * The stems of one data file: those of {@link #filed} from {@code from} to {@code to}, less the
     * big ones among them (each in a file of its own, {@code alone}).
     */
    private record Pack(int from, int to, boolean alone) {
    }

    /**
     * The data files, in the order they are written, in vocabulary order: a stem's part of half the
     * budget or more alone, the rest packed up to the budget (neighbouring vocabulary files share a
     * data file), a file ending before a stem that {@link #cutsBefore} once it has three quarters of
     * the budget or where the next would take it over five quarters, so that one stem's part
     * growing moves no other file's stems.
     */
    private List<Pack> packs(Budget budget) {
        List<Pack> packs = new ArrayList<>();
        int from = 0;
        int packBytes = 0;
        for (int j = 0; j < filed.length; j++) {
            if (filedBytes[j] >= budget.data() / 2) {
                packs.add(new Pack(j, j + 1, true));
                continue;
            }
            if (packBytes > 0 && (4L * (packBytes + filedBytes[j]) > 5L * budget.data() || 4L * packBytes >= 3L * budget.data() && cutsBefore(words[filed[j]], 4))) {
                packs.add(new Pack(from, j, false));
                packBytes = 0;
            }
            if (packBytes == 0) from = j;
            packBytes += filedBytes[j] + words[filed[j]].length() + 4;
        }
        if (packBytes > 0) packs.add(new Pack(from, filed.length, false));
        return packs;
    }

    /**
     * One stem: a short list whole in the vocabulary; a longer one whole in a data file; a long one
     * (in more than {@value SearchExport#WHOLE} records) as its best entries in the vocabulary and,
     * in a data file, [the next entries, the score after them, the membership, its weight per field].
     */
    private Stem encode(String stem) {
        ScoredStems.Scored scored = index.stems().stems.get(stem);
        int[] pairs = scored.pairs();
        FieldFrequencies frequencies = scored.frequencies();
        int df = pairs.length / 2;
        StemCode code = new StemCode(pairs, frequencies, index.norms(), recordWidth, normWidths);
        if (df <= SearchExport.WHOLE) {
            Digits entries = code.entries(0, df);
            if (entries.length() <= SearchExport.INLINE_CHARS) return new Stem(List.of(df, entries), null);
            return new Stem(List.of(df), entries);
        }
        float[] weights = scored.weights();
        for (int i = 0; i < df; i++) {
            int computed = scores.score(weights, frequencies, i, index.norms(), pairs[2 * i]);
            if (computed != pairs[2 * i + 1]) {
                throw new IllegalStateException("the browser would score '" + stem + "' in record " + pairs[2 * i] + " as " + computed
                        + ", Lucene as " + pairs[2 * i + 1]);
            }
        }
        Digits band0 = code.entries(0, SearchExport.BAND0);
        Digits band1 = code.entries(SearchExport.BAND0, SearchExport.BAND1);
        Digits membership = code.membership();
        List<Float> w = List.of(weights[0], weights[1], weights[2]);
        List<Object> blob = List.of(band1, code.next(SearchExport.BAND1), membership, w);
        return new Stem(List.of(df, band0, code.next(SearchExport.BAND0)), blob);
    }
}
