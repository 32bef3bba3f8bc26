package org.handbook.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.handbook.cache.Memo;
import org.handbook.model.SourceMap;
import org.handbook.model.Value;
import org.handbook.problem.Position;
import org.handbook.problem.Problems;
import org.handbook.problem.Rule;

import static org.handbook.types.Fields.text;

/** Reads content/values.yaml, the named values, in file order; a handbook without the file has none. */
public final class ValuesLoader {
    /** The file, relative to the content folder. */
    public static final String FILE = "values.yaml";
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private ValuesLoader() {
    }

    /** The values that loaded, and the name of every entry found, loaded or not (so a broken entry is not also "unknown" where used). */
    public record Loaded(List<Value> values, Set<String> names) {
        static final Loaded NONE = new Loaded(List.of(), Set.of());
    }

    public static Loaded load(Path root, String display, Problems problems) {
        return load(root, display, problems, Memo.none());
    }

    /** As {@link #load(Path, String, Problems)}; the same text loads to the same values, taken from {@code memo} (a warm process's). */
    static Loaded load(Path root, String display, Problems problems, Memo<ContentLoader.FileKey, ContentLoader.FileLoad> memo) {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) return Loaded.NONE;
        String path = display + FILE;
        try {
            var text = TextFile.decode(path, Files.readAllBytes(file), problems);
            if (text.isEmpty() || text.get().text().isBlank()) return Loaded.NONE;
            ContentLoader.FileLoad done = memo.get(new ContentLoader.FileKey(FILE, path, "", text.get().text()), k -> {
                Problems mine = new Problems();
                return new ContentLoader.FileLoad(parse(path, text.get().text(), mine), mine.sorted(), null);
            });
            done.problems().forEach(problems::add);
            return (Loaded) done.item();
        } catch (IOException e) {
            problems.error(Rule.UNREADABLE, Position.file(path), "cannot read file: " + e.getMessage(), null);
            return Loaded.NONE;
        }
    }

    private static Loaded parse(String path, String text, Problems problems) {
        var doc = LocatedYaml.parse(path, text, 1, problems);
        if (doc.isEmpty()) return Loaded.NONE;
        Set<String> names = new TreeSet<>();
        doc.get().root().fieldNames().forEachRemaining(names::add);
        if (!SchemaCheck.validate(SchemaCheck.VALUES, doc.get().root(), doc.get().map(), problems)) return new Loaded(List.of(), names);
        List<Value> out = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = doc.get().root().fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            out.add(bind(e.getKey(), e.getValue(), doc.get().map(), problems));
        }
        return new Loaded(List.copyOf(out), names);
    }

    private static Value bind(String name, JsonNode n, SourceMap map, Problems problems) {
        String at = "/" + name;
        JsonNode v = n.get("value");
        Object value;
        if (v.isNumber()) value = v.decimalValue();
        else if (DATE.matcher(v.asText()).matches()) value = Dates.parse(v.asText(), map, at + "/value", problems);
        else value = v.asText();
        return new Value(name, value == null ? v.asText() : value, text(n, "unit"), text(n, "text"),
                text(n, "about"), text(n, "source"), Dates.parse(text(n, "reviewed"), map, at + "/reviewed", problems),
                Dates.parse(text(n, "review-by"), map, at + "/review-by", problems), at, map);
    }
}
