package org.handbook.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.handbook.cache.Memo;
import org.handbook.model.Markdown;
import org.handbook.model.SiteConfig;
import org.handbook.model.Verdict;
import org.handbook.model.Wording;
import org.handbook.problem.DidYouMean;
import org.handbook.problem.Position;
import org.handbook.problem.Problem;
import org.handbook.problem.Problems;
import org.handbook.problem.Rule;
import org.handbook.types.Fields;
import org.handbook.types.ContentType;
import org.handbook.types.Registry;
import org.handbook.types.WebAddress;

import static org.handbook.types.Fields.bool;
import static org.handbook.types.Fields.integer;
import static org.handbook.types.Fields.text;

/** Reads a content directory into a {@link Content}, type by type of the registry, reporting every problem it meets. */
public final class ContentLoader {
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Path root;
    private final Registry types;
    private final String display;
    private final Problems problems;
    private final Map<ContentType<?>, Set<String>> knownIds = new LinkedHashMap<>();
    private final List<Markdown> unbound = Collections.synchronizedList(new ArrayList<>());
    private final Memo<FileKey, FileLoad> memo;
    private final LoadCache kept;
    private final ContentReader reader;

    /** A file of a type with its text: all that what it loads to depends on. */
    public record FileKey(String type, String path, String id, String text) {
    }

    /** What one file gives the load: its item if it bound, the problems it had, its body when its front matter failed. */
    public record FileLoad(Object item, List<Problem> problems, Markdown unbound) {
    }

    public ContentLoader(Path root, Registry types, Problems problems) {
        this(root, types, problems, Memo.none());
    }

    /** A loader that takes what an unchanged file loads to from {@code memo} (the dev server's, kept between builds). */
    public ContentLoader(Path root, Registry types, Problems problems, Memo<FileKey, FileLoad> memo) {
        this(root, types, problems, memo, LoadCache.none());
    }

    /** A loader that takes what an unchanged file loads to from {@code memo}, else from what the last build {@code kept}. */
    public ContentLoader(Path root, Registry types, Problems problems, Memo<FileKey, FileLoad> memo, LoadCache kept) {
        this(root, types, problems, memo, kept, KnownTexts.none());
    }

    /** As the other, taking the text of a file the build's scan found unchanged from {@code known}, not the disk. */
    public ContentLoader(Path root, Registry types, Problems problems, Memo<FileKey, FileLoad> memo, LoadCache kept, KnownTexts known) {
        this.kept = kept;
        this.root = root;
        this.types = types;
        this.display = displayPrefix(root);
        this.reader = new ContentReader(root, display, problems, known);
        this.problems = problems;
        this.memo = memo;
    }

    private static String displayPrefix(Path root) {
        Path abs = root.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        String p = abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
        return p.isEmpty() ? "" : p.replace('\\', '/') + "/";
    }

    public Content load() {
        Map<ContentType<?>, List<?>> items = new LinkedHashMap<>();
        if (!Files.isDirectory(root)) {
            problems.error(Rule.CONTENT_FOLDER, Position.file(display), "content directory not found",
                    "run from the handbook's folder or pass --content DIR");
            return new Content(types, null, items, knownIds, List.of(), ValuesLoader.Loaded.NONE);
        }
        SiteConfig config = loadConfig();
        for (ContentType<?> type : types.all()) items.put(type, load(type));
        ValuesLoader.Loaded values = ValuesLoader.load(root, display, problems, memo);
        List<Markdown> bodies = unbound.stream().sorted(Comparator.comparing(Markdown::path)).toList();
        return new Content(types, config, items, knownIds, bodies, values);
    }

    private <T extends Record> List<T> load(ContentType<T> type) {
        return switch (type.layout()) {
            case MARKDOWN -> files(type).stream().parallel().map(f -> readMarkdown(f, type)).flatMap(Optional::stream).toList();
            case YAML -> files(type).stream().parallel().map(f -> readYaml(f, type)).flatMap(Optional::stream).toList();
            case REGISTER -> register(type);
        };
    }

    private SiteConfig loadConfig() {
        Path file = root.resolve("handbook.yaml");
        String path = display + "handbook.yaml";
        if (!Files.isRegularFile(file)) {
            problems.error(Rule.MISSING_FILE, Position.file(path), "missing handbook.yaml",
                    "create content/handbook.yaml with title, description and base-url");
            return null;
        }
        return reader.read(file, path).flatMap(this::parseYaml)
                .filter(d -> SchemaCheck.validate(SchemaCheck.CONFIG, d.root(), d.map(), problems))
                .filter(d -> address(d, "/base-url", Fields.text(d.root(), "base-url")) & date(d, "/updated", Fields.text(d.root(), "updated"))
                        & collections(d) & verdicts(d))
                .map(d -> config(d.root())).orElse(null);
    }

    /**
     * Whether every key of the collections block is the folder of a content type, and every field
     * it labels one its type's pages label; reports each that is not, where it is written.
     */
    private boolean collections(LocatedYaml.Doc d) {
        JsonNode block = d.root().get("collections");
        if (block == null) return true;
        Map<String, ContentType<?>> byFolder = new LinkedHashMap<>();
        types.all().forEach(t -> byFolder.put(t.folder(), t));
        boolean ok = true;
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) block::fields) {
            String at = "/collections/" + e.getKey();
            ContentType<?> type = byFolder.get(e.getKey());
            if (type == null) {
                ok = false;
                problems.error(Rule.SCHEMA, d.map().keyAt(at), "unknown collection '" + e.getKey() + "'",
                        DidYouMean.hint(e.getKey(), byFolder.keySet(), "content folder"));
                continue;
            }
            if (e.getValue().has("sections") && type.layout() != ContentType.Layout.MARKDOWN) {
                ok = false;
                problems.error(Rule.SCHEMA, d.map().keyAt(at + "/sections"), e.getKey() + " have no Markdown body to hold sections",
                        "remove 'sections': only collections written in Markdown (chapters, playbooks, techniques, glossary) have them");
            }
            JsonNode fields = e.getValue().get("fields");
            if (fields == null) continue;
            for (String field : (Iterable<String>) fields::fieldNames) {
                if (type.words().fields().containsKey(field)) continue;
                ok = false;
                problems.error(Rule.SCHEMA, d.map().keyAt(at + "/fields/" + field), "the pages of " + e.getKey() + " label no field '" + field + "'",
                        type.words().fields().isEmpty() ? "remove it: " + e.getKey() + " labels none of its fields"
                                : DidYouMean.hint(field, type.words().fields().keySet(), "labelled field"));
            }
        }
        return ok;
    }

    /** Whether each verdict's id is declared once; reports each repeat where it is written. */
    private boolean verdicts(LocatedYaml.Doc d) {
        JsonNode list = d.root().get("verdicts");
        if (list == null) return true;
        Set<String> seen = new TreeSet<>();
        boolean ok = true;
        for (int i = 0; i < list.size(); i++) {
            if (seen.add(text(list.get(i), "id"))) continue;
            ok = false;
            problems.error(Rule.DUPLICATE_ID, d.map().at("/verdicts/" + i + "/id"), "verdict '" + text(list.get(i), "id") + "' is declared twice",
                    "give each verdict its own id, or remove one");
        }
        return ok;
    }

    /** Whether a date field is a real date (the schema checks only its shape); reports it when not. */
    private boolean date(LocatedYaml.Doc d, String pointer, String date) {
        return date == null || Dates.parse(date, d.map(), pointer, problems) != null;
    }

    /** Whether a web address field is one; reports it where it is written when not. */
    private boolean address(LocatedYaml.Doc d, String pointer, String url) {
        return address(d, pointer, url, problems);
    }

    private static boolean address(LocatedYaml.Doc d, String pointer, String url, Problems problems) {
        if (url == null) return true;
        WebAddress.problem(url).ifPresent(p -> problems.error(Rule.WEB_ADDRESS, d.map().at(pointer), p.message(), p.hint()));
        return WebAddress.problem(url).isEmpty();
    }

    private static void doi(LocatedYaml.Doc d, String pointer, String doi, Problems problems) {
        if (doi != null) WebAddress.doiProblem(doi).ifPresent(p -> problems.error(Rule.WEB_ADDRESS, d.map().at(pointer), p.message(), p.hint()));
    }

    private static SiteConfig config(JsonNode n) {
        Integer wpm = integer(n, "words-per-minute");
        String lang = text(n, "language");
        return new SiteConfig(text(n, "title"), text(n, "subtitle"), text(n, "edition"), text(n, "description"),
                text(n, "base-url"), wpm == null ? 220 : wpm, lang == null ? "en" : lang, text(n, "updated"),
                !n.has("print") || bool(n, "print"), collections(n.get("collections")), verdicts(n.get("verdicts")));
    }

    private static List<Verdict> verdicts(JsonNode list) {
        List<Verdict> out = new ArrayList<>();
        if (list != null) list.forEach(v -> out.add(new Verdict(text(v, "id"), text(v, "label"), text(v, "colour"), text(v, "meaning"),
                text(v, "if-measured"))));
        return out;
    }

    private static Map<String, Wording> collections(JsonNode block) {
        Map<String, Wording> out = new LinkedHashMap<>();
        if (block != null) block.fields().forEachRemaining(e -> {
            JsonNode w = e.getValue();
            Map<String, String> fields = new LinkedHashMap<>();
            if (w.has("fields")) w.get("fields").fields().forEachRemaining(f -> fields.put(f.getKey(), f.getValue().asText()));
            out.put(e.getKey(), new Wording(text(w, "label"), text(w, "plural"), text(w, "title"), text(w, "nav"),
                    text(w, "description"), text(w, "intro"), fields, w.has("sections") ? Fields.list(w, "sections") : null));
        });
        return Map.copyOf(out);
    }

    /**
     * A register: one file, content/FOLDER.yaml or .json, listing every item; ids must be unique within it.
     * The same text loads to the same entries: a warm process takes them from its memo.
     */
    private <T extends Record> List<T> register(ContentType<T> type) {
        Set<String> ids = new TreeSet<>();
        knownIds.put(type, ids);
        Path file = type.layout().extensions().stream().map(e -> root.resolve(type.folder() + e))
                .filter(Files::isRegularFile).findFirst().orElse(null);
        if (file == null) return List.of();
        String path = display + file.getFileName();
        Optional<TextFile> text = reader.read(file, path);
        if (text.isEmpty()) return List.of();
        FileLoad done = memo.get(new FileKey(type.name(), path, "", text.get().text()), k -> {
            Problems mine = new Problems();
            return new FileLoad(entries(type, text.get(), file, mine), mine.sorted(), null);
        });
        done.problems().forEach(problems::add);
        List<T> out = ((List<?>) done.item()).stream().map(type::cast).toList();
        out.forEach(x -> ids.add(type.id(x)));
        return out;
    }

    private <T extends Record> List<T> entries(ContentType<T> type, TextFile text, Path file, Problems problems) {
        Optional<LocatedYaml.Doc> doc = parseYaml(text, problems);
        if (doc.isEmpty() || !SchemaCheck.validate(type.schema(), doc.get().root(), doc.get().map(), problems)) return List.of();
        Set<String> ids = new TreeSet<>();
        List<T> out = new ArrayList<>();
        int i = 0;
        for (JsonNode n : doc.get().root()) {
            String pointer = "/" + i++;
            // a register's entries are CSL: their URL and DOI fields are checked where they are written
            address(doc.get(), pointer + "/URL", Fields.text(n, "URL"), problems);
            doi(doc.get(), pointer + "/DOI", Fields.text(n, "DOI"), problems);
            T item = type.bind(new ContentType.Item(text(n, "id"), n, null, doc.get().map(), pointer));
            if (!ids.add(type.id(item))) {
                problems.error(Rule.DUPLICATE_ID, doc.get().map().at(pointer + "/id"), "duplicate " + type.name() + " id '" + type.id(item) + "'",
                        "each entry of " + file.getFileName() + " needs its own id");
            }
            out.add(item);
        }
        return List.copyOf(out);
    }

    private <T extends Record> Optional<T> readYaml(Path f, ContentType<T> type) {
        String path = display + type.folder() + "/" + f.getFileName();
        return reader.read(f, path).flatMap(t -> loaded(type, t, idOf(f), mine -> {
            Optional<T> item = parseYaml(t, mine)
                    .filter(d -> SchemaCheck.validate(type.schema(), d.root(), d.map(), mine))
                    .map(d -> type.bind(new ContentType.Item(idOf(f), d.root(), null, d.map(), "")));
            return new FileLoad(item.orElse(null), mine.sorted(), null);
        }));
    }

    private <T extends Record> Optional<T> readMarkdown(Path f, ContentType<T> type) {
        String path = display + type.folder() + "/" + f.getFileName();
        return reader.read(f, path).flatMap(t -> loaded(type, t, idOf(f), mine -> {
            Optional<FrontMatter> fm = FrontMatter.split(path, t.text(), mine);
            if (fm.isEmpty()) return new FileLoad(null, mine.sorted(), null);
            Optional<T> item = LocatedYaml.parse(path, fm.get().yaml(), fm.get().yamlFirstLine(), mine)
                    .filter(d -> SchemaCheck.validate(type.schema(), d.root(), d.map(), mine))
                    .map(d -> type.bind(new ContentType.Item(idOf(f), d.root(), fm.get().body(), d.map(), "")));
            return new FileLoad(item.orElse(null), mine.sorted(), item.isEmpty() ? fm.get().body() : null);
        }));
    }

    /**
     * What a file's text loads to, from the memo when the same text of the same file was loaded
     * before; its problems and unbound body go where every file's go.
     */
    private <T extends Record> Optional<T> loaded(ContentType<T> type, TextFile t, String id, Function<Problems, FileLoad> load) {
        FileLoad done = memo.get(new FileKey(type.name(), t.path(), id, t.text()),
                k -> kept.get(k, again -> load.apply(new Problems())));
        done.problems().forEach(problems::add);
        if (done.unbound() != null) unbound.add(done.unbound());
        return Optional.ofNullable(done.item()).map(type::cast);
    }

    private Optional<LocatedYaml.Doc> parseYaml(TextFile t) {
        return parseYaml(t, problems);
    }

    private Optional<LocatedYaml.Doc> parseYaml(TextFile t, Problems problems) {
        if (t.text().isBlank()) {
            problems.error(Rule.EMPTY_FILE, Position.file(t.path()), "file is empty", "write the fields as 'name: value' lines");
            return Optional.empty();
        }
        return LocatedYaml.parse(t.path(), t.text(), 1, problems);
    }

    /** The content files of one type, sorted; records every id found, valid or not. */
    private List<Path> files(ContentType<?> type) {
        String folder = type.folder();
        Path dir = root.resolve(folder);
        Set<String> ids = new TreeSet<>();
        knownIds.put(type, ids);
        if (!Files.isDirectory(dir)) return List.of();
        List<String> extensions = type.layout().extensions();
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.sorted(Comparator.comparing(Path::toString)).toList()) {
                String name = f.getFileName().toString();
                String path = display + folder + "/" + name;
                if (name.startsWith(".") || !plainFile(f) && !readAnyway(f, path, folder)) continue;
                String ext = name.contains(".") ? name.substring(name.lastIndexOf('.')) : "";
                if (!extensions.contains(ext)) {
                    problems.warning(Rule.IGNORED_FILE, Position.file(path), "file ignored: a " + type.name() + " file must end in "
                            + String.join(" or ", new TreeSet<>(extensions)), "rename it or move it out of content/" + folder);
                    continue;
                }
                String id = idOf(f);
                if (!ID.matcher(id).matches()) {
                    problems.error(Rule.FILE_NAME, Position.file(path), "file name '" + name + "' is not a valid id",
                            "use lower-case letters, digits and hyphens, e.g. '" + slug(id) + ext + "'");
                    continue;
                }
                if (!ids.add(id)) {
                    problems.error(Rule.DUPLICATE_ID, Position.file(path), "duplicate " + type.name() + " id '" + id + "'",
                            "another file in content/" + folder + " has the same name; rename or remove one");
                    continue;
                }
                out.add(f);
            }
        } catch (IOException | UncheckedIOException e) {
            problems.error(Rule.UNREADABLE, Position.file(display + folder), "cannot list folder: "
                    + ContentReader.reason(e instanceof IOException io ? io : ((UncheckedIOException) e).getCause()), "check that the folder exists and that you may read it");
        }
        return out;
    }

    /** Whether {@code f} is a regular file, not a link: nearly every content file, known from one look at it. */
    private static boolean plainFile(Path f) {
        try {
            return Files.readAttributes(f, java.nio.file.attribute.BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS).isRegularFile();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether {@code f}, not a plain file, is still one to read (a link to a regular file); a folder is
     * passed over, a link that leads nowhere is an error, and anything else not a regular file is ignored with a warning.
     */
    private boolean readAnyway(Path f, String path, String folder) {
        if (Files.isDirectory(f)) return false;
        if (Files.isSymbolicLink(f) && !Files.exists(f)) {
            problems.error(Rule.FILE_LINK, Position.file(path), "symbolic link that leads nowhere (its target is missing, or links back to itself)",
                    "replace the link by the file itself, or remove it");
            return false;
        }
        if (!Files.isRegularFile(f)) {
            problems.warning(Rule.IGNORED_FILE, Position.file(path), "file ignored: not a regular file (a pipe, socket or device)",
                    "remove it from content/" + folder);
            return false;
        }
        return true;
    }

    private static String idOf(Path f) {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    static String slug(String s) {
        return s.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
