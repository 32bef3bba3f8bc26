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
import java.util.stream.IntStream;
import org.handbook.write.OutputFile;

/**
 * The index as static files the browser loads lazily, as scripts, so they work from file:// too:
 * <ul>
 * <li>{@code search/index.js}: the manifest (per first letter, the file listing its vocabulary
 *     shards; synonym groups; the record numbers of each type);</li>
 * <li>{@code search/v/*.js}: the shard lists of a letter, and the shards: each word's stem, and
 *     each stem's postings, inline when short, else the names of its blocks;</li>
 * <li>{@code search/p/*.js}: postings files of about {@value #FILE_ENTRIES} entries in units (a
 *     unit: a stem's entries in {@value PostingsCode#RANGE} consecutive records), best unit first;
 *     each entry a record, its Lucene score times {@value #SCALE} rounded, and the version of the
 *     record's fragment file, written compactly by {@link PostingsCode};</li>
 * <li>{@code search/m/*.js}: for a stem with several postings files, each unit's bound by range,
 *     so a query of several words loads only the ranges that can reach its top;</li>
 * <li>{@code search/f/G-V.js}: records in groups of {@value #GROUP} (group G, content version V):
 *     type, title, context, URL and the start of the text.</li>
 * </ul>
 * Every file but the manifest is named by its content, so a browser may cache it forever; the
 * postings carry each fragment's version, so finding a result's text needs no directory.
 */
public final class SearchExport {
    public static final int SCALE = 100;
    static final int GROUP = 2;
    static final int INLINE = 8;
    /** Entries in a postings file, about: it holds whole units. */
    static final int FILE_ENTRIES = 64;
    static final int EXCERPT_CHARS = 320;
    /**
     * What wraps a shard's data (the script that hands it to the engine), hashed into every name:
     * the build links a file whose name the last site already has instead of writing it, so a new
     * wrapper must give new names.
     */
    private static final byte[] WRAPPER = "handbook.search.shard".getBytes(StandardCharsets.US_ASCII);

    private final List<OutputFile> files = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> written = ConcurrentHashMap.newKeySet();

    private final PostingsCode code;

    private SearchExport(PostingsCode code) {
        this.code = code;
    }

    /**
     * What the export depends on: every record's fields, the synonym groups and the generator's
     * build. Same fingerprint, same files: the build reuses the last search/ folder.
     */
    public static String fingerprint(List<SearchRecord> records, SearchAnalysis analysis) {
        // tens of megabytes of text on a large site: hashed fast, in slices side by side, then the slices' hashes
        int slice = 512;
        List<String> parts = new ArrayList<>();
        parts.add(String.valueOf(analysis.synonyms()));
        parts.addAll(IntStream.range(0, (records.size() + slice - 1) / slice).parallel()
                .mapToObj(k -> ShardHash.ofTexts(() -> records.subList(k * slice, Math.min(records.size(), k * slice + slice)).stream()
                        .flatMap(r -> java.util.stream.Stream.of(String.valueOf(r.id()), r.type(), r.title(), r.context(), r.url(), r.body(),
                                String.valueOf(r.named())))
                        .iterator()))
                .toList());
        return org.handbook.render.Fingerprints.of(parts);
    }

    /** Whether a site path is one of the export's files (search/ also holds the search page). */
    public static boolean exported(String path) {
        return path.equals("search/index.js") || OutputFile.immutable(path) && path.startsWith("search/");
    }

    public static List<OutputFile> export(TermScores index) {
        SearchExport x = new SearchExport(PostingsCode.forSize(index.records().size()));
        x.run(index);
        return x.files;
    }

    private void run(TermScores index) {
        List<SearchRecord> records = index.records();
        int[] versions = new int[(records.size() + GROUP - 1) / GROUP];
        IntStream.range(0, versions.length).parallel().forEach(g -> versions[g] = writeGroup(records, g));

        Map<String, int[]> scores = index.scores();
        List<VocabularyShards.Entry> entries = Collections.synchronizedList(new ArrayList<>());
        scores.entrySet().parallelStream().forEach(e -> {
            Map<String, Object> postings = postings(e.getValue(), versions);
            entries.add(new VocabularyShards.Entry(e.getKey(), true, postings, size(postings) + e.getKey().length() + 4));
        });
        for (Map.Entry<String, String> w : surfaceWords(index, scores.keySet()).entrySet()) {
            entries.add(new VocabularyShards.Entry(w.getKey(), false, w.getValue(), w.getKey().length() + w.getValue().length() + 6));
        }
        Map<String, String> shardFiles = new ConcurrentHashMap<>();
        VocabularyShards.split(entries).entrySet().parallelStream().forEach(e -> shardFiles.put(e.getKey(), write("v", shard(e.getValue()))));
        Map<String, Map<String, String>> byLetter = new TreeMap<>();
        shardFiles.forEach((key, file) -> byLetter.computeIfAbsent(VocabularyShards.prefix(key, 1), k -> new TreeMap<>()).put(key, file));
        Map<String, String> letters = new TreeMap<>();
        byLetter.forEach((letter, keys) -> letters.put(letter, write("v", keyList(keys))));

        // records of a type are consecutive (the extractor goes page type by page type): the browser
        // tells a record's type, and filters by type, from these ranges
        Map<String, int[]> types = new TreeMap<>();
        records.forEach(r -> types.merge(r.type(), new int[] {r.id(), r.id() + 1}, (a, b) -> new int[] {a[0], b[1]}));
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("scale", SCALE);
        manifest.put("group", GROUP);
        manifest.put("maxKey", VocabularyShards.MAX_KEY);
        manifest.put("code", code.widths());
        manifest.put("range", PostingsCode.RANGE);
        manifest.put("records", records.size());
        manifest.put("types", types);
        manifest.put("synonyms", index.analysis().synonyms());
        manifest.put("synonymWeight", SearchAnalysis.SYNONYM_WEIGHT);
        manifest.put("v", letters);
        files.add(OutputFile.text("search/index.js", "handbook.search.manifest(" + ExportJson.of(manifest) + ");\n"));
    }

    /**
     * A letter's shard keys with their files; when that list is long (a large site's vocabulary),
     * it is split by the keys' first two characters: {"@": {two characters: file of those keys},
     * ".": {one-character keys: shard}}, so a word costs the keys of its own two letters.
     */
    private Object keyList(Map<String, String> keys) {
        int bytes = keys.entrySet().stream().mapToInt(e -> e.getKey().length() + e.getValue().length() + 6).sum();
        if (bytes <= VocabularyShards.TARGET_BYTES) return keys;
        Map<String, Map<String, String>> byTwo = new TreeMap<>();
        Map<String, String> short1 = new TreeMap<>();
        keys.forEach((key, file) -> {
            if (key.codePointCount(0, key.length()) < 2) short1.put(key, file);
            else byTwo.computeIfAbsent(VocabularyShards.prefix(key, 2), k -> new TreeMap<>()).put(key, file);
        });
        Map<String, String> lists = new TreeMap<>();
        byTwo.forEach((two, list) -> lists.put(two, write("v", list)));
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("@", lists);
        nested.put(".", short1);
        return nested;
    }

    /** About the length of a stem's postings entry in JSON, without writing it (for cutting shards). */
    private static int size(Map<String, Object> postings) {
        int n = 2;
        for (Map.Entry<String, Object> e : postings.entrySet()) n += e.getKey().length() + String.valueOf(e.getValue()).length() + 4;
        return n;
    }

    /** Every word of the records as a reader may type it, with its stem, when the stem is indexed. */
    private static Map<String, String> surfaceWords(TermScores index, Set<String> stems) {
        Map<String, String> out = new java.util.HashMap<>();
        index.words().forEach((word, stem) -> {
            if (stems.contains(stem)) out.put(word, stem);
        });
        return out;
    }

    private static Map<String, Object> shard(List<VocabularyShards.Entry> entries) {
        Map<String, Object> words = new TreeMap<>();
        Map<String, Object> stems = new TreeMap<>();
        for (VocabularyShards.Entry e : entries) (e.stem() ? stems : words).put(e.text(), e.value());
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("w", words);
        s.put("s", stems);
        return s;
    }

    /** Writes group {@code g} of the records and returns its content version (16 bits of its hash). */
    private int writeGroup(List<SearchRecord> records, int g) {
        List<List<String>> group = new ArrayList<>();
        for (SearchRecord r : records.subList(g * GROUP, Math.min(records.size(), g * GROUP + GROUP))) {
            group.add(List.of(r.type(), r.title(), r.context(), r.url(), Excerpts.cut(r.body(), EXCERPT_CHARS)));
        }
        byte[] body = ExportJson.of(group).getBytes(StandardCharsets.UTF_8);
        int version = (int) (ShardHash.of(body) >>> 48);
        String name = g + "-" + Integer.toHexString(version);
        files.add(new OutputFile("search/f/" + name + ".js", shardFile(name, body, false)));
        return version;
    }

    /**
     * A stem's postings as units (see {@link PostingsCode}), best first: {"n": count, "i": units}
     * when short, else {"n": count, "q": quantum, "h": name, "f": files, "u": units a file, "b":
     * lowest bound in the first file}. File k holds units uk to u(k+1) and is search/p/name-k.js;
     * with more than one file, search/m/name.js is the range map. The name is the hash of all the
     * stem's units, so it changes whenever any of them does.
     */
    private Map<String, Object> postings(int[] byRecord, int[] versions) {
        int n = byRecord.length / 2;
        int top = 0;
        for (int i = 1; i < byRecord.length; i += 2) top = Math.max(top, byRecord[i]);
        int quantum = PostingsCode.quantum(top);
        List<PostingsCode.Unit> byRange = PostingsCode.units(byRecord);
        List<PostingsCode.Unit> units = PostingsCode.bestFirst(byRange, quantum);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("n", n);
        if (n <= INLINE) {
            p.put("i", new String(code.encode(units, 0, units.size(), versions, GROUP), StandardCharsets.US_ASCII));
            return p;
        }
        // about FILE_ENTRIES entries a file: many units of a rare stem (one entry each), few of a common one
        int perFile = Math.max(4, Math.min(256, Math.round((float) FILE_ENTRIES * units.size() / n)));
        List<byte[]> parts = new ArrayList<>();
        for (int from = 0; from < units.size(); from += perFile) {
            parts.add(code.encode(units, from, Math.min(units.size(), from + perFile), versions, GROUP));
        }
        List<byte[]> named = new ArrayList<>(parts);
        named.add(0, WRAPPER);
        String name = ShardHash.hex(ShardHash.of(named), 16);
        for (int k = 0; k < parts.size(); k++) add("p", name + "-" + k, parts.get(k), true);
        if (parts.size() > 1) add("m", name, PostingsCode.rangeMap(byRange, quantum), true);
        p.put("q", quantum);
        p.put("h", name);
        p.put("f", parts.size());
        p.put("u", perFile);
        p.put("b", PostingsCode.bound(units.get(Math.min(units.size(), perFile) - 1), quantum) * quantum);
        return p;
    }

    /** Writes a shard under search/DIR/, named by its content, and returns that name. */
    private String write(String dir, Object data) {
        byte[] body = ExportJson.of(data).getBytes(StandardCharsets.UTF_8);
        String name = ShardHash.hex(ShardHash.of(List.of(WRAPPER, body)), 16);
        add(dir, name, body, false);
        return name;
    }

    /** Adds search/DIR/NAME.js once; {@code quoted}: the data is base-64 digits, a JSON string once quoted. */
    private void add(String dir, String name, byte[] data, boolean quoted) {
        if (written.add(dir + "/" + name)) files.add(new OutputFile("search/" + dir + "/" + name + ".js", shardFile(name, data, quoted)));
    }

    /** The script that hands a shard to the engine: {@code handbook.search.shard("name", data);}, data quoted or as it is. */
    private static byte[] shardFile(String name, byte[] data, boolean quoted) {
        byte[] head = ("handbook.search.shard(\"" + name + "\"," + (quoted ? "\"" : "")).getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ((quoted ? "\"" : "") + ");\n").getBytes(StandardCharsets.US_ASCII);
        byte[] out = java.util.Arrays.copyOf(head, head.length + data.length + tail.length);
        System.arraycopy(data, 0, out, head.length, data.length);
        System.arraycopy(tail, 0, out, head.length + data.length, tail.length);
        return out;
    }
}
