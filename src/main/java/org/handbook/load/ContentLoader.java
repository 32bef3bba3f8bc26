package org.handbook.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.handbook.model.Chapter;
import org.handbook.model.Checklist;
import org.handbook.model.Content;
import org.handbook.model.Flowchart;
import org.handbook.model.Markdown;
import org.handbook.model.Playbook;
import org.handbook.model.SiteConfig;
import org.handbook.model.Source;
import org.handbook.model.SourceMap;
import org.handbook.model.Technique;
import org.handbook.model.Term;
import org.handbook.problem.Position;
import org.handbook.problem.Problems;

/** Reads a content directory into a {@link Content}, reporting every problem it meets. */
public final class ContentLoader {
    private static final String ID = "[a-z0-9][a-z0-9-]*";

    private final Path root;
    private final String display;
    private final Problems problems;
    private final Map<String, Set<String>> knownIds = new TreeMap<>();
    private final List<Markdown> unbound = java.util.Collections.synchronizedList(new ArrayList<>());

    public ContentLoader(Path root, Problems problems) {
        this.root = root;
        this.display = displayPrefix(root);
        this.problems = problems;
    }

    private static String displayPrefix(Path root) {
        Path abs = root.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        String p = abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
        return p.isEmpty() ? "" : p.replace('\\', '/') + "/";
    }

    /** A front-matter + Markdown file read so far. */
    private record MdDoc(String id, JsonNode fields, Markdown body, SourceMap map) {
    }

    /** A YAML file read so far. */
    private record YamlDoc(String id, JsonNode fields, SourceMap map) {
    }

    public Content load() {
        if (!Files.isDirectory(root)) {
            problems.error(Position.file(display), "content directory not found",
                    "run from the handbook's folder or pass --content DIR");
            return new Content(null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), List.of());
        }
        SiteConfig config = loadConfig();
        List<Chapter> chapters = markdown("chapters", "chapter", d -> Binder.chapter(d.id, d.fields, d.body, d.map));
        List<Playbook> playbooks = markdown("playbooks", "playbook", d -> Binder.playbook(d.id, d.fields, d.body, d.map));
        List<Term> terms = markdown("glossary", "term", d -> Binder.term(d.id, d.fields, d.body, d.map));
        List<Technique> techniques = markdown("techniques", "technique", d -> Binder.technique(d.id, d.fields, d.body, d.map));
        List<Checklist> checklists = yaml("checklists", "checklist", d -> Binder.checklist(d.id, d.fields, d.map));
        List<Flowchart> flowcharts = yaml("flowcharts", "flowchart", d -> Binder.flowchart(d.id, d.fields, d.map));
        List<Source> sources = loadSources();
        List<Markdown> bodies = unbound.stream().sorted(java.util.Comparator.comparing(Markdown::path)).toList();
        return new Content(config, chapters, playbooks, terms, techniques, checklists, flowcharts, sources,
                Map.copyOf(knownIds), bodies);
    }

    private SiteConfig loadConfig() {
        Path file = root.resolve("handbook.yaml");
        String path = display + "handbook.yaml";
        if (!Files.isRegularFile(file)) {
            problems.error(Position.file(path), "missing handbook.yaml", "create content/handbook.yaml with title, description and base-url");
            return null;
        }
        return read(file, path).flatMap(t -> parseYaml(t, 1))
                .filter(d -> SchemaCheck.validate("handbook", d.root(), d.map(), problems))
                .filter(d -> address(d, "/base-url", Fields.text(d.root(), "base-url")) & date(d, "/updated", Fields.text(d.root(), "updated")))
                .map(d -> Binder.config(d.root())).orElse(null);
    }

    /** Whether a date field is a real date (the schema checks only its shape); reports it when not. */
    private boolean date(LocatedYaml.Doc d, String pointer, String date) {
        if (date == null) return true;
        try {
            java.time.LocalDate.parse(date);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            problems.error(d.map().at(pointer), "'" + pointer.substring(1) + "' is not a date: '" + date + "'",
                    "write a real calendar date as YYYY-MM-DD, e.g. 2026-11-24");
            return false;
        }
    }

    /** Whether a web address field is one; reports it where it is written when not. */
    private boolean address(LocatedYaml.Doc d, String pointer, String url) {
        if (url == null) return true;
        WebAddress.problem(url).ifPresent(p -> problems.error(d.map().at(pointer), p.message(), p.hint()));
        return WebAddress.problem(url).isEmpty();
    }

    private void doi(LocatedYaml.Doc d, String pointer, String doi) {
        if (doi != null) WebAddress.doiProblem(doi).ifPresent(p -> problems.error(d.map().at(pointer), p.message(), p.hint()));
    }

    private List<Source> loadSources() {
        Path yaml = root.resolve("sources.yaml");
        Path json = root.resolve("sources.json");
        Path file = Files.isRegularFile(yaml) ? yaml : Files.isRegularFile(json) ? json : null;
        if (file == null) return List.of();
        String path = display + file.getFileName();
        Optional<LocatedYaml.Doc> doc = read(file, path).flatMap(t -> parseYaml(t, 1));
        if (doc.isEmpty() || !SchemaCheck.validate("sources", doc.get().root(), doc.get().map(), problems)) {
            return List.of();
        }
        List<Source> out = new ArrayList<>();
        int i = 0;
        for (JsonNode n : doc.get().root()) {
            String at = "/" + i++;
            address(doc.get(), at + "/URL", Fields.text(n, "URL"));
            doi(doc.get(), at + "/DOI", Fields.text(n, "DOI"));
            out.add(Binder.source(n, doc.get().map(), at));
        }
        knownIds.put("source", new TreeSet<>(out.stream().map(Source::id).toList()));
        return List.copyOf(out);
    }

    private <T> List<T> markdown(String folder, String type, Function<MdDoc, T> bind) {
        return files(folder, type, Set.of(".md")).stream().parallel()
                .map(f -> readMarkdown(f, folder, type))
                .flatMap(Optional::stream)
                .map(bind)
                .toList();
    }

    private <T> List<T> yaml(String folder, String type, Function<YamlDoc, T> bind) {
        return files(folder, type, Set.of(".yaml", ".yml")).stream().parallel()
                .map(f -> {
                    String path = display + folder + "/" + f.getFileName();
                    return read(f, path).flatMap(t -> parseYaml(t, 1))
                            .filter(d -> SchemaCheck.validate(type, d.root(), d.map(), problems))
                            .map(d -> new YamlDoc(idOf(f), d.root(), d.map()));
                })
                .flatMap(Optional::stream)
                .map(bind)
                .toList();
    }

    private Optional<MdDoc> readMarkdown(Path f, String folder, String type) {
        String path = display + folder + "/" + f.getFileName();
        return read(f, path)
                .flatMap(t -> FrontMatter.split(path, t.text(), problems))
                .flatMap(fm -> {
                    Optional<MdDoc> doc = LocatedYaml.parse(path, fm.yaml(), fm.yamlFirstLine(), problems)
                            .filter(d -> SchemaCheck.validate(type, d.root(), d.map(), problems))
                            .map(d -> new MdDoc(idOf(f), d.root(), fm.body(), d.map()));
                    if (doc.isEmpty()) unbound.add(fm.body());
                    return doc;
                });
    }

    private Optional<LocatedYaml.Doc> parseYaml(TextFile t, int firstLine) {
        if (t.text().isBlank()) {
            problems.error(Position.file(t.path()), "file is empty", "write the fields as 'name: value' lines");
            return Optional.empty();
        }
        return LocatedYaml.parse(t.path(), t.text(), firstLine, problems);
    }

    private Optional<TextFile> read(Path file, String path) {
        try {
            if (!inside(file)) {
                problems.error(Position.file(path), "file links to " + file.toRealPath() + ", outside the content folder",
                        "copy the file into " + display + " instead of linking to it: a build reads nothing outside its content");
                return Optional.empty();
            }
            return TextFile.decode(path, Files.readAllBytes(file), problems);
        } catch (IOException e) {
            problems.error(Position.file(path), "cannot read file: " + reason(e), "check that the file exists and that you may read it");
            return Optional.empty();
        }
    }

    /** Whether a file, with every symbolic link on its way followed, is inside the content folder. */
    private boolean inside(Path file) throws IOException {
        return file.toRealPath().startsWith(root.toRealPath());
    }

    /** An I/O error in words: the path alone (what NoSuchFileException and friends carry) says too little. */
    private static String reason(IOException e) {
        String kind = e.getClass().getSimpleName().replaceAll("Exception$", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                : e.getClass() == IOException.class ? String.valueOf(e.getMessage()) : kind;
    }

    /** The content files of one type, sorted; records every id found, valid or not. */
    private List<Path> files(String folder, String type, Set<String> extensions) {
        Path dir = root.resolve(folder);
        Set<String> ids = new TreeSet<>();
        knownIds.put(type, ids);
        if (!Files.isDirectory(dir)) return List.of();
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.sorted(Comparator.comparing(Path::toString)).toList()) {
                String name = f.getFileName().toString();
                String path = display + folder + "/" + name;
                if (name.startsWith(".") || Files.isDirectory(f)) continue;
                if (Files.isSymbolicLink(f) && !Files.exists(f)) {
                    problems.error(Position.file(path), "symbolic link that leads nowhere (its target is missing, or links back to itself)",
                            "replace the link by the file itself, or remove it");
                    continue;
                }
                if (!Files.isRegularFile(f)) {
                    problems.warning(Position.file(path), "file ignored: not a regular file (a pipe, socket or device)", "remove it from content/" + folder);
                    continue;
                }
                String ext = name.contains(".") ? name.substring(name.lastIndexOf('.')) : "";
                if (!extensions.contains(ext)) {
                    problems.warning(Position.file(path), "file ignored: a " + type + " file must end in "
                            + String.join(" or ", new TreeSet<>(extensions)), "rename it or move it out of content/" + folder);
                    continue;
                }
                String id = idOf(f);
                if (!id.matches(ID)) {
                    problems.error(Position.file(path), "file name '" + name + "' is not a valid id",
                            "use lower-case letters, digits and hyphens, e.g. '" + slug(id) + ext + "'");
                    continue;
                }
                if (!ids.add(id)) {
                    problems.error(Position.file(path), "duplicate " + type + " id '" + id + "'",
                            "another file in content/" + folder + " has the same name; rename or remove one");
                    continue;
                }
                out.add(f);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.error(Position.file(display + folder), "cannot list folder: " + reason(e instanceof IOException io ? io : ((java.io.UncheckedIOException) e).getCause()),
                    "check that the folder exists and that you may read it");
        }
        return out;
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
