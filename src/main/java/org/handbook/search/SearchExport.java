package org.handbook.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.handbook.write.OutputFile;

/**
 * The index as static files the browser loads lazily, as scripts, so they work from file:// too:
 * the manifest {@code search/index.js}, the vocabulary ({@code search/v/}) with each stem's best
 * entries, the stems' longer lists ({@code search/d/}), the records' body norms
 * ({@code search/n/}) and the records to show ({@code search/f/}). docs/search-format.md has
 * every file's format. Files are packed by a byte budget, so their number grows with the site's
 * size, not with its vocabulary; every file but the manifest is named by its content, so a
 * browser may cache it forever.
 */
public final class SearchExport {
    public static final int SCALE = 100;
    static final int FORMAT = 3;
    /** A stem's best entries kept in the vocabulary: enough for a one-word query's first page. */
    static final int BAND0 = 32;
    /** Entries best first beside the membership, for queries of several words. */
    static final int BAND1 = 256;
    /** A stem in at most this many records is written whole (entries only, no membership). */
    static final int WHOLE = BAND1;
    /** A whole list up to this many characters stays in the vocabulary. */
    static final int INLINE_CHARS = 48;
    static final int EXCERPT_CHARS = 120;
    /** Numbered files (fragments, norms) share a version per this many files (the manifest lists the versions). */
    static final int BLOCK = 32;
    /** Hex digits of a vocabulary file's name (32 bits): the directories list every one of them. */
    static final int SHORT_NAME = 8;
    /** Files the export may have beyond one a page. */
    static final int SPARE_FILES = 16;

    /**
     * What wraps a shard's data (the script that hands it to the engine), hashed into every name:
     * the build links a file whose name the last site already has instead of writing it, so a new
     * wrapper must give new names.
     */
    private static final byte[] WRAPPER = ("handbook.search.shard/" + FORMAT).getBytes(StandardCharsets.US_ASCII);

    private final List<OutputFile> files = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    /** Each short name given, with the full hash of the content it names. */
    private final Map<String, Long> names = new ConcurrentHashMap<>();
    private final Budget budget;

    private final Map<String, List<String>> labels;
    private final ExportMemo memo;

    private SearchExport(Budget budget, Map<String, List<String>> labels, ExportMemo memo) {
        this.budget = budget;
        this.labels = labels;
        this.memo = memo;
    }

    /**
     * What the export depends on: every record's fields ({@code hashes}), the synonym groups and the
     * generator's build. Same fingerprint, same files: the build reuses the last search/ folder.
     */
    static String fingerprint(RecordHashes hashes, int records, SearchAnalysis analysis, Map<String, List<String>> labels) {
        return org.handbook.render.Fingerprints.of(List.of(String.valueOf(analysis.synonyms()), String.valueOf(labels), hashes.range(0, records)));
    }

    /** As {@link #fingerprint(RecordHashes, int, SearchAnalysis, Map)}, the records hashed here. */
    public static String fingerprint(List<SearchRecord> records, SearchAnalysis analysis, Map<String, List<String>> labels) {
        return fingerprint(RecordHashes.of(records), records.size(), analysis, labels);
    }

    /** Whether a site path is one of the export's files (search/ also holds the search page). */
    public static boolean exported(String path) {
        return path.equals("search/index.js") || OutputFile.immutable(path) && path.startsWith("search/");
    }

    /**
     * The export's files: laid out with the base budget, then with budgets a fifth larger each time
     * until the search files are no more than the site's pages and {@value #SPARE_FILES} more
     * (Pagefind's bundle has a file a page and some twenty-five of its own), so a small site gets
     * a few larger files and a large one many small ones.
     */
    public static List<OutputFile> export(TermScores index, Map<String, List<String>> labels) {
        return export(index, labels, ExportMemo.none());
    }

    /** As {@link #export(TermScores, Map)}, each file the last build made from the same inputs linked from its site ({@link ExportMemo}). */
    static List<OutputFile> export(TermScores index, Map<String, List<String>> labels, ExportMemo memo) {
        return export(index, labels, memo, org.handbook.cache.Memo.none());
    }

    /** As {@link #export(TermScores, Map, ExportMemo)}, the vocabulary sized from a warm process's last ({@link SizedVocabulary}) in {@code vocabulary}. */
    static List<OutputFile> export(TermScores index, Map<String, List<String>> labels, ExportMemo memo,
                                   org.handbook.cache.Memo<Object, SizedVocabulary> vocabulary) {
        List<SearchRecord> records = index.records();
        long pages = records.stream().map(r -> AnalysisCache.page(r.url())).distinct().count();
        int recordWidth = Digits.width(Math.max(1, records.size() - 1));
        // a field's norms take one digit where they all stay below 64 (short titles), else two
        int[] normWidths = new int[StemCode.FIELDS];
        for (int f = 0; f < StemCode.FIELDS; f++) {
            int max = 0;
            for (byte b : index.norms()[f]) max = Math.max(max, b & 0xFF);
            normWidths[f] = Digits.width(max);
        }
        VocabularyFiles words = new VocabularyFiles(index, recordWidth, normWidths, vocabulary);
        FragmentFiles fragments = new FragmentFiles(records, index.hashes(), index.groups(), memo);
        double scale = 1;
        while (files(Budget.BASE.times(scale), words, fragments, records.size()) > pages + SPARE_FILES && scale <= 1e4) scale *= 1.2;
        List<OutputFile> files = layout(Budget.BASE.times(scale), index, labels, words, fragments, memo);
        if (files.size() != files(Budget.BASE.times(scale), words, fragments, records.size())) {
            throw new IllegalStateException("the search export made " + files.size() + " files, not the number it worked out");
        }
        return files;
    }

    /** The export's files with one budget. */
    static List<OutputFile> layout(Budget budget, TermScores index, Map<String, List<String>> labels, VocabularyFiles vocabulary,
                                   FragmentFiles fragments, ExportMemo memo) {
        SearchExport x = new SearchExport(budget, labels, memo);
        x.run(index, vocabulary, fragments);
        return x.files;
    }

    /** How many files the export makes with {@code budget}, worked out without making them: the manifest, then each kind's. */
    static int files(Budget budget, VocabularyFiles vocabulary, FragmentFiles fragments, int records) {
        return 1 + vocabulary.files(budget) + (records + budget.norms() - 1) / budget.norms() + fragments.files(budget);
    }

    private void run(TermScores index, VocabularyFiles vocabulary, FragmentFiles fragments) {
        int recordWidth = vocabulary.recordWidth();
        int[] normWidths = vocabulary.normWidths();
        List<SearchRecord> records = index.records();
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", FORMAT);
        manifest.put("scale", SCALE);
        manifest.put("records", records.size());
        manifest.put("widths", List.of(recordWidth, StemCode.SCORE_WIDTH, normWidths[0], normWidths[1], normWidths[2]));
        // what the browser needs to score a stem in a record as Lucene does (BrowserScores)
        float[] lengths = index.averageLengths();
        manifest.put("bm25", List.of(SearchIndex.SIMILARITY.getK1(), SearchIndex.SIMILARITY.getB(), List.of(lengths[0], lengths[1], lengths[2])));
        // records of a type are consecutive (the extractor goes type by type): the browser tells a
        // record's type, and filters by type, from these ranges
        Map<String, int[]> types = new TreeMap<>();
        records.forEach(r -> types.merge(r.type(), new int[] {r.id(), r.id() + 1}, (a, b) -> new int[] {a[0], b[1]}));
        manifest.put("types", types);
        // what the handbook calls each type, one and several: results and filters show it
        manifest.put("labels", labels);
        manifest.put("synonyms", index.analysis().synonyms());
        manifest.put("synonymWeight", SearchAnalysis.SYNONYM_WEIGHT);
        manifest.put("v", vocabulary.write(this, budget));
        manifest.put("n", norms(index.norms(), normWidths, budget.norms()));
        manifest.put("f", fragments.write(this, budget));
        files.add(OutputFile.text("search/index.js", "handbook.search.manifest(" + ExportJson.of(manifest) + ");\n"));
    }

    /** The records' norms (title, context, body), some hundreds of records a file ({@link #numbered}). */
    private List<Object> norms(byte[][] norms, int[] widths, int perFile) {
        List<byte[]> bodies = new ArrayList<>();
        int records = norms[0].length;
        for (int from = 0; from < records; from += perFile) {
            Digits d = new Digits(6 * perFile);
            for (int r = from; r < Math.min(records, from + perFile); r++) {
                for (int f = 0; f < StemCode.FIELDS; f++) d.fixed(norms[f][r] & 0xFF, widths[f]);
            }
            bodies.add(ExportJson.utf8(d));
        }
        return numbered("n", perFile, bodies);
    }

    /**
     * Writes files named by their number and the version of their block of {@value #BLOCK} files
     * (16 bits of the block's hash), and returns what the manifest says of them: [records a file,
     * files a block, versions (4 hex digits a block)]. A change renames its block's files; the
     * names take no room in what points to them, only four digits a block in the manifest.
     */
    List<Object> numbered(String dir, int perFile, List<byte[]> bodies) {
        return numbered(dir, perFile, bodies.size(), b -> null, bodies::get);
    }

    /**
     * As {@link #numbered(String, int, List)} for {@code count} files, file k's content made by
     * {@code body}: a block whose {@code key} (null: none) the last build made its files from, and
     * whose files the site still has, is linked from the site and its files are not made.
     */
    List<Object> numbered(String dir, int perFile, int count, java.util.function.IntFunction<String> key,
                          java.util.function.IntFunction<byte[]> body) {
        StringBuilder versions = new StringBuilder();
        for (int b = 0; b * BLOCK < count; b++) {
            int first = b * BLOCK;
            int size = Math.min(count, first + BLOCK) - first;
            String blockKey = key.apply(b);
            if (blockKey != null && linkedBlock(dir, first, size, blockKey, versions)) continue;
            List<byte[]> hashed = new ArrayList<>();
            hashed.add(WRAPPER);
            for (int i = 0; i < size; i++) hashed.add(body.apply(first + i));
            long hash = ShardHash.of(hashed);
            String version = ShardHash.hex(hash, 4);
            versions.append(version);
            for (int i = 0; i < size; i++) {
                String name = (first + i) + "-" + version;
                writeNamed(dir, name, hashed.get(i + 1));
                if (blockKey != null) memo.record(blockKey + "/" + i, new ExportMemo.Made(hash, shardLength(name, hashed.get(i + 1))));
            }
        }
        return List.of(perFile, BLOCK, versions.toString());
    }

    /** Links a block's files from the site, if the last build made every one of them from {@code key} and the site has them; else false. */
    private boolean linkedBlock(String dir, int first, int size, String key, StringBuilder versions) {
        List<ExportMemo.Made> made = new ArrayList<>();
        List<java.nio.file.Path> old = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            var m = memo.made(key + "/" + i);
            if (m.isEmpty() || !made.isEmpty() && m.get().hash() != made.get(0).hash()) return false;
            var file = memo.inSite("search/" + dir + "/" + (first + i) + "-" + ShardHash.hex(m.get().hash(), 4) + ".js", m.get());
            if (file.isEmpty()) return false;
            made.add(m.get());
            old.add(file.get());
        }
        String version = ShardHash.hex(made.get(0).hash(), 4);
        versions.append(version);
        for (int i = 0; i < size; i++) {
            java.nio.file.Path file = old.get(i);
            files.add(linked("search/" + dir + "/" + (first + i) + "-" + version + ".js", file, made.get(i)));
            memo.record(key + "/" + i, made.get(i));
        }
        return true;
    }

    /** Writes a shard under search/DIR/, named by its content, and returns that name. */
    String write(String dir, Object data) {
        return writeBytes(dir, ExportJson.utf8(data), 16);
    }

    /**
     * Writes a shard's JSON bytes under search/DIR/, named by {@code digits} hex digits of its
     * content's 64-bit hash, or all 16 where a file of other content has those digits already (the
     * writer calls this in one order, so the same files get the same names); returns the name.
     */
    String writeBytes(String dir, byte[] body, int digits) {
        long hash = ShardHash.of(List.of(WRAPPER, body));
        String name = name(dir, hash, digits);
        names.putIfAbsent(dir + "/" + ShardHash.hex(hash, digits), hash);
        if (written.add(dir + "/" + name)) files.add(new OutputFile("search/" + dir + "/" + name + ".js", shardFile(name, body)));
        return name;
    }

    /**
     * As {@link #writeBytes(String, byte[], int)} for a shard made from what {@code key} hashes: when
     * the last build made it from the same and its site still has the file, that file is linked and
     * {@code body} is not made. The names are the same either way, so the same files get the same names.
     */
    String writeBytes(String dir, String key, java.util.function.Supplier<byte[]> body, int digits) {
        var made = memo.made(key);
        if (made.isPresent()) {
            long hash = made.get().hash();
            String name = name(dir, hash, digits);
            String path = "search/" + dir + "/" + name + ".js";
            var old = memo.inSite(path, made.get());
            if (old.isPresent()) {
                names.putIfAbsent(dir + "/" + ShardHash.hex(hash, digits), hash);
                memo.record(key, made.get());
                java.nio.file.Path file = old.get();
                if (written.add(dir + "/" + name)) files.add(linked(path, file, made.get()));
                return name;
            }
        }
        byte[] bytes = body.get();
        String name = writeBytes(dir, bytes, digits);
        memo.record(key, new ExportMemo.Made(ShardHash.of(List.of(WRAPPER, bytes)), shardLength(name, bytes)));
        return name;
    }

    /** Whether the last build recorded a file made from what {@code key} hashes. */
    boolean knows(String key) {
        return memo.made(key).isPresent();
    }

    /** The name of a shard whose content hashes to {@code hash}: {@code digits} of it, or all 16 where another shard has those. */
    private String name(String dir, long hash, int digits) {
        String name = ShardHash.hex(hash, digits);
        Long known = names.get(dir + "/" + name);
        return known != null && known != hash ? ShardHash.hex(hash, 16) : name;
    }

    /**
     * A file of the site the memo named, which the writer links: its bytes read when first asked
     * for (the offline copy reads every file twice) from the last site until the new one is in,
     * then from the new one, where it is linked. {@code made}: the file's length, and the hash its name is
     * made of (of its content, or of its block's), its version: with its path, that gives its bytes.
     */
    private static OutputFile linked(String path, java.nio.file.Path file, ExportMemo.Made made) {
        byte[][] read = new byte[1][];
        return OutputFile.kept(path, () -> {
            synchronized (read) {
                if (read[0] == null) {
                    try {
                        read[0] = java.nio.file.Files.readAllBytes(file);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                return read[0];
            }
        }, file, made.length(), "search " + ShardHash.hex(made.hash(), 16));
    }

    /** Writes a shard under a name of the caller's (fragments: group and version). */
    void writeNamed(String dir, String name, byte[] body) {
        files.add(new OutputFile("search/" + dir + "/" + name + ".js", shardFile(name, body)));
    }

    private static final byte[] TAIL = ");\n".getBytes(StandardCharsets.US_ASCII);

    /** The script that hands a shard to the engine: {@code handbook.search.shard("name", data);}. */
    private static byte[] shardFile(String name, byte[] data) {
        byte[] head = head(name);
        byte[] tail = TAIL;
        byte[] out = java.util.Arrays.copyOf(head, head.length + data.length + tail.length);
        System.arraycopy(data, 0, out, head.length, data.length);
        System.arraycopy(tail, 0, out, head.length + data.length, tail.length);
        return out;
    }

    private static byte[] head(String name) {
        return ("handbook.search.shard(\"" + name + "\",").getBytes(StandardCharsets.US_ASCII);
    }

    /** The length of {@link #shardFile}'s bytes. */
    private static long shardLength(String name, byte[] data) {
        return head(name).length + data.length + TAIL.length;
    }
}
