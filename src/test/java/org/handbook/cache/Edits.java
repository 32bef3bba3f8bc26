package org.handbook.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Edits as an author makes them, for the rebuild property: a word put into the free text of a
 * field or a paragraph, a number changed, a heading renamed, a template or an asset changed. Each
 * kind of edit names the places it may touch ({@link Spot}s), found by reading the files as text,
 * so it reaches every field of every content type without a list of fields to keep up to date.
 */
final class Edits {
    /** What an edit aims at. */
    enum Target {
        /** Any free text of any content file: a field or a paragraph. */
        ANY,
        /** A checklist item's "why" (nested Markdown). */
        WHY,
        /** The first paragraph of a glossary entry: its tooltip everywhere it is mentioned. */
        DEFINITION,
        /** A flowchart option's label. */
        OPTION,
        /** A source's title, shown in every citation's tooltip. */
        SOURCE_TITLE,
        /** A field of handbook.yaml. */
        CONFIG,
        /** A named value (content/values.yaml), where the content has them. */
        VALUE,
        /** A heading, so its anchor and the contents around it change. */
        HEADING,
        /** A whole number in a field (reading minutes, an order, words per minute). */
        NUMBER,
        /** A template: text put into its output. */
        TEMPLATE,
        /** A stylesheet or script: its hashed name changes on every page. */
        ASSET
    }

    /** A place an edit may change: characters [from, to) of a line, under a field name (or "" in Markdown prose). */
    record Spot(Path file, int line, int from, int to, String key) {
    }

    private static final Pattern FIELD = Pattern.compile("^(\\s*)(- )?([A-Za-z][\\w-]*):(\\s*)(.*)$");
    private static final Pattern INTEGER = Pattern.compile("-?\\d+");

    private final Path content;
    private final Path templates;

    Edits(Path content, Path templates) {
        this.content = content;
        this.templates = templates;
    }

    /**
     * Applies one edit, chosen by {@code target} and two seeds, and says what it did. Falls back
     * to {@link Target#ANY} when the content has nothing of the target's kind.
     */
    String apply(Target target, int where, int at, String word) {
        return switch (target) {
            case TEMPLATE -> template(where, word);
            case ASSET -> asset(where, word);
            case HEADING -> heading(where, word);
            case NUMBER -> number(where);
            default -> {
                List<Spot> spots = spots(target);
                if (spots.isEmpty()) spots = spots(Target.ANY);
                yield insert(spots.get(Math.floorMod(where, spots.size())), at, word);
            }
        };
    }

    private List<Spot> spots(Target target) {
        List<Spot> out = new ArrayList<>();
        for (Path f : files(content)) {
            String rel = content.relativize(f).toString().replace('\\', '/');
            boolean yaml = rel.endsWith(".yaml") || rel.endsWith(".yml");
            List<Spot> all = yaml ? yamlSpots(f, lines(f), 0, lines(f).size()) : markdownSpots(f, target == Target.DEFINITION);
            for (Spot s : all) {
                boolean keep = switch (target) {
                    case WHY -> rel.startsWith("checklists/") && s.key().equals("why");
                    case DEFINITION -> rel.startsWith("glossary/") && s.key().isEmpty();
                    case OPTION -> rel.startsWith("flowcharts/") && s.key().equals("label");
                    case SOURCE_TITLE -> rel.startsWith("sources.") && s.key().equals("title");
                    case CONFIG -> rel.equals("handbook.yaml");
                    case VALUE -> rel.startsWith("values.");
                    default -> true;
                };
                if (keep) out.add(s);
            }
        }
        return out;
    }

    /** Free-text values of YAML lines [from, to): "key: text", list items "- text", and the lines of a block scalar. */
    private static List<Spot> yamlSpots(Path f, List<String> lines, int from, int to) {
        List<Spot> out = new ArrayList<>();
        String block = null;
        int blockIndent = -1;
        String listKey = "";
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            int indent = line.length() - line.stripLeading().length();
            if (block != null && (line.isBlank() || indent > blockIndent)) {
                if (!line.isBlank()) out.add(new Spot(f, i, indent, line.length(), block));
                continue;
            }
            block = null;
            Matcher m = FIELD.matcher(line);
            if (m.matches()) {
                String value = m.group(5);
                int keyIndent = m.group(1).length() + (m.group(2) == null ? 0 : 2);
                if (value.matches("[|>][-+]?")) {
                    block = m.group(3);
                    blockIndent = keyIndent;
                } else if (value.isEmpty()) {
                    listKey = m.group(3);
                } else if (textish(value)) {
                    out.add(valueSpot(f, i, m.start(5), line, m.group(3)));
                }
            } else if (line.stripLeading().startsWith("- ") && textish(line.stripLeading().substring(2))) {
                out.add(valueSpot(f, i, indent + 2, line, listKey));
            }
        }
        return out;
    }

    /** Text, not an id, a date, a number or a flow collection: it has a space or starts with a capital. */
    private static boolean textish(String value) {
        String v = value.startsWith("\"") || value.startsWith("'") ? value.substring(1) : value;
        if (v.startsWith("[") || v.startsWith("{") || v.startsWith("&") || v.startsWith("*") || v.startsWith("#")) return false;
        return v.contains(" ") || (!v.isEmpty() && Character.isUpperCase(v.charAt(0)));
    }

    private static Spot valueSpot(Path f, int i, int start, String line, String key) {
        char q = line.charAt(start);
        if ((q == '"' || q == '\'') && line.stripTrailing().endsWith(String.valueOf(q)) && line.stripTrailing().length() > start + 1) {
            return new Spot(f, i, start + 1, line.stripTrailing().length() - 1, key);
        }
        return new Spot(f, i, start, line.stripTrailing().length(), key);
    }

    /** The front matter's fields, then the prose lines of the body (only its first paragraph when {@code firstParagraph}). */
    private static List<Spot> markdownSpots(Path f, boolean firstParagraph) {
        List<String> lines = lines(f);
        List<Spot> out = new ArrayList<>();
        int body = 0;
        if (!lines.isEmpty() && lines.get(0).equals("---")) {
            int end = 1;
            while (end < lines.size() && !lines.get(end).equals("---")) end++;
            if (!firstParagraph) out.addAll(yamlSpots(f, lines, 1, end));
            body = end + 1;
        }
        boolean fenced = false;
        boolean started = false;
        for (int i = body; i < lines.size(); i++) {
            String line = lines.get(i);
            String s = line.strip();
            if (s.startsWith("```") || s.startsWith("~~~")) fenced = !fenced;
            if (fenced || s.startsWith("```")) continue;
            if (firstParagraph && started && s.isEmpty()) break;
            if (s.isEmpty() || s.startsWith("#") || s.startsWith("|") || s.startsWith("!") || s.startsWith("<") || s.startsWith("[^")
                    || s.startsWith(":::") || s.startsWith("*[")) continue;
            started = true;
            int start = line.length() - line.stripLeading().length();
            Matcher marker = Pattern.compile("^(\\s*)([-*+]|\\d+\\.)\\s+(\\[[ xX]\\]\\s+)?").matcher(line);
            if (marker.find()) start = marker.end();
            if (line.stripTrailing().length() > start) out.add(new Spot(f, i, start, line.stripTrailing().length(), ""));
        }
        return out;
    }

    /** Puts {@code word} after one of the spot's spaces, or at its end. */
    private static String insert(Spot spot, int at, String word) {
        List<String> lines = lines(spot.file());
        String line = lines.get(spot.line());
        List<Integer> places = new ArrayList<>();
        for (int i = spot.from(); i < spot.to(); i++) if (line.charAt(i) == ' ') places.add(i + 1);
        places.add(spot.to());
        int p = places.get(Math.floorMod(at, places.size()));
        String text = p == spot.to() ? " " + word : word + " ";
        lines.set(spot.line(), line.substring(0, p) + text + line.substring(p));
        write(spot.file(), lines);
        return "put '" + word + "' into " + spot.file().getFileName() + ":" + (spot.line() + 1) + (spot.key().isEmpty() ? "" : " (" + spot.key() + ")");
    }

    private String heading(int where, String word) {
        List<Spot> headings = new ArrayList<>();
        for (Path f : files(content)) {
            if (!f.toString().endsWith(".md")) continue;
            List<String> lines = lines(f);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).matches("#{2,3} [^{]+")) headings.add(new Spot(f, i, 0, lines.get(i).length(), "heading"));
            }
        }
        if (headings.isEmpty()) return apply(Target.ANY, where, 0, word);
        Spot h = headings.get(Math.floorMod(where, headings.size()));
        return insert(new Spot(h.file(), h.line(), h.to(), h.to(), "heading"), 0, word);
    }

    private String number(int where) {
        List<Spot> numbers = new ArrayList<>();
        for (Path f : files(content)) {
            List<String> lines = lines(f);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = FIELD.matcher(lines.get(i));
                if (m.matches() && INTEGER.matcher(m.group(5)).matches()) numbers.add(new Spot(f, i, m.start(5), m.end(5), m.group(3)));
            }
        }
        if (numbers.isEmpty()) return apply(Target.ANY, where, 0, "again");
        Spot n = numbers.get(Math.floorMod(where, numbers.size()));
        List<String> lines = lines(n.file());
        String line = lines.get(n.line());
        long value = Long.parseLong(line.substring(n.from(), n.to())) + 1;
        lines.set(n.line(), line.substring(0, n.from()) + value + line.substring(n.to()));
        write(n.file(), lines);
        return "set " + n.key() + " to " + value + " in " + n.file().getFileName();
    }

    private String template(int where, String word) {
        List<Path> files = files(templates).stream().filter(p -> p.toString().matches(".*\\.ftl[hx]")).toList();
        Path t = files.get(Math.floorMod(where, files.size()));
        String text = read(t);
        int close = text.indexOf("</");
        String edited = close < 0 ? text + word : text.substring(0, close) + word + text.substring(close);
        write(t, edited);
        return "put '" + word + "' into template " + templates.relativize(t);
    }

    private String asset(int where, String word) {
        List<Path> files = files(templates).stream().filter(p -> p.toString().matches(".*\\.(css|js)")).toList();
        Path a = files.get(Math.floorMod(where, files.size()));
        write(a, read(a) + "\n/* " + word + " */\n");
        return "changed " + templates.relativize(a);
    }

    static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path f) {
        return new ArrayList<>(List.of(read(f).split("\n", -1)));
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path f, List<String> lines) {
        write(f, String.join("\n", lines));
    }

    private static void write(Path f, String text) {
        try {
            Files.writeString(f, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
