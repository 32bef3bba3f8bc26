package org.handbook.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.handbook.render.Assets;
import org.handbook.write.OutputFile;

/**
 * The index as static files the browser loads lazily, as scripts, so they work from file:// too:
 * <ul>
 * <li>{@code search/index.js}: the manifest (vocabulary shard names, synonym groups, counts);</li>
 * <li>{@code search/v/*.js}: vocabulary by the first two letters of a word: each word's stem, and
 *     each stem's postings, inline when short, else the names of its blocks;</li>
 * <li>{@code search/p/*.js}: postings blocks, best score first (the first 128, then 512, ...), each
 *     entry a record and its Lucene score times {@value #SCALE}, rounded;</li>
 * <li>{@code search/f/*.js}: records in groups of {@value #GROUP}: type, title, context, URL, text;</li>
 * <li>{@code search/d/*.js}: the names of the fragment groups, 256 to a file.</li>
 * </ul>
 * Every file but the manifest is named by its content's hash, so a browser may cache it forever.
 */
public final class SearchExport {
    public static final int SCALE = 100;
    static final int GROUP = 4;
    static final int INLINE = 32;
    static final int FIRST_BLOCK = 128;
    static final int DIRECTORY = 256;
    static final int EXCERPT_CHARS = 600;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<OutputFile> files = new ArrayList<>();
    private final java.util.Set<String> written = new java.util.HashSet<>();

    private SearchExport() {
    }

    public static List<OutputFile> export(SearchIndex index) {
        SearchExport x = new SearchExport();
        x.run(index);
        return x.files;
    }

    private void run(SearchIndex index) {
        SearchAnalysis analysis = index.analysis();
        Map<String, Map<Integer, Double>> scores = index.termScores();

        // words readers may type, from every record and every synonym, each with its stem
        Map<String, String> stemOfWord = new TreeMap<>();
        for (SearchRecord r : index.records()) {
            for (String text : List.of(r.title(), r.context(), r.body())) {
                for (String w : SearchAnalysis.words(text)) {
                    if (stemOfWord.containsKey(w)) continue;
                    String stem = analysis.stem(w);
                    if (!stem.isEmpty() && scores.containsKey(stem)) stemOfWord.put(w, stem);
                }
            }
        }

        Map<String, Map<String, Object>> shards = new TreeMap<>();
        stemOfWord.forEach((w, stem) -> words(shards, key(w)).put(w, stem));
        scores.forEach((stem, perRecord) -> stems(shards, key(stem)).put(stem, postings(perRecord)));

        Map<String, String> vocabulary = new TreeMap<>();
        shards.forEach((k, shard) -> vocabulary.put(k, write("v", shard)));

        List<String> groups = new ArrayList<>();
        List<SearchRecord> records = index.records();
        for (int i = 0; i < records.size(); i += GROUP) {
            List<List<String>> group = new ArrayList<>();
            for (SearchRecord r : records.subList(i, Math.min(records.size(), i + GROUP))) {
                String text = r.body().length() <= EXCERPT_CHARS ? r.body() : r.body().substring(0, r.body().lastIndexOf(' ', EXCERPT_CHARS)) + " …";
                group.add(List.of(r.type(), r.title(), r.context(), r.url(), text));
            }
            groups.add(write("f", group));
        }
        List<String> directory = new ArrayList<>();
        for (int i = 0; i < groups.size(); i += DIRECTORY) directory.add(write("d", groups.subList(i, Math.min(groups.size(), i + DIRECTORY))));

        Map<String, Integer> types = new TreeMap<>();
        records.forEach(r -> types.merge(r.type(), 1, Integer::sum));
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("scale", SCALE);
        manifest.put("group", GROUP);
        manifest.put("directory", DIRECTORY);
        manifest.put("records", records.size());
        manifest.put("types", types);
        manifest.put("synonyms", analysis.synonyms());
        manifest.put("synonymWeight", SearchAnalysis.SYNONYM_WEIGHT);
        manifest.put("v", vocabulary);
        manifest.put("d", directory);
        files.add(OutputFile.text("search/index.js", "hbSearch.manifest(" + json(manifest) + ");\n"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> words(Map<String, Map<String, Object>> shards, String key) {
        return (Map<String, String>) shards.computeIfAbsent(key, k -> newShard()).get("w");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> stems(Map<String, Map<String, Object>> shards, String key) {
        return (Map<String, Object>) shards.computeIfAbsent(key, k -> newShard()).get("s");
    }

    private static Map<String, Object> newShard() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("w", new TreeMap<String, String>());
        s.put("s", new TreeMap<String, Object>());
        return s;
    }

    /** The vocabulary shard of a word or stem: its first two characters. */
    static String key(String word) {
        int end = word.offsetByCodePoints(0, Math.min(2, word.codePointCount(0, word.length())));
        return word.substring(0, end);
    }

    /**
     * A stem's postings, best first: {"n": count, "i": [record, score, ...]} when short, else
     * {"n": count, "b": [[file, lowest score in it], ...]} in blocks of 128, 512, 2048, ...
     */
    private Map<String, Object> postings(Map<Integer, Double> perRecord) {
        List<int[]> entries = new ArrayList<>();
        perRecord.forEach((rec, s) -> entries.add(new int[] {rec, (int) Math.round(s * SCALE)}));
        entries.sort(Comparator.<int[]>comparingInt(e -> -e[1]).thenComparingInt(e -> e[0]));
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("n", entries.size());
        if (entries.size() <= INLINE) {
            p.put("i", flat(entries));
            return p;
        }
        List<List<Object>> blocks = new ArrayList<>();
        int size = FIRST_BLOCK;
        for (int i = 0; i < entries.size(); i += size, size *= 4) {
            List<int[]> block = entries.subList(i, Math.min(entries.size(), i + size));
            blocks.add(List.of(write("p", flat(block)), block.get(block.size() - 1)[1]));
        }
        p.put("b", blocks);
        return p;
    }

    private static int[] flat(List<int[]> entries) {
        int[] out = new int[entries.size() * 2];
        for (int i = 0; i < entries.size(); i++) {
            out[2 * i] = entries.get(i)[0];
            out[2 * i + 1] = entries.get(i)[1];
        }
        return out;
    }

    /** Writes a shard under search/DIR/, named by its content, and returns that name. */
    private String write(String dir, Object data) {
        String body = json(data);
        String name = Assets.hash(body.getBytes(StandardCharsets.UTF_8)).substring(0, 10);
        if (written.add(dir + "/" + name)) files.add(OutputFile.text("search/" + dir + "/" + name + ".js", "hbSearch.shard(\"" + name + "\"," + body + ");\n"));
        return name;
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
