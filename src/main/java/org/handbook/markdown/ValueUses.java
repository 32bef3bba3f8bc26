package org.handbook.markdown;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.handbook.cache.Memo;
import org.handbook.cache.Same;
import org.handbook.model.SourceMap;
import org.handbook.problem.Position;

/**
 * Every {@code {{name}}} the content writes, in Markdown and in YAML texts, with where it is and
 * which item (page) it belongs to: what the checks resolve and the values page lists.
 */
public final class ValueUses {

    /** One reference: the name as written (trimmed), where, and the item's key ({@code playbook:x}). */
    public record Use(String name, Position at, String item) {
    }

    private ValueUses() {
    }

    /** What {@link #find} finds: the references, and each {@code {{} that opens none, named by what follows it. */
    public record Found(List<Use> uses, List<Use> unclosed) {
    }

    /** The references only: see {@link #find}. */
    public static List<Use> scan(ParsedContent parsed, Map<String, SourceMap> yaml, Kept kept) {
        return find(parsed, yaml, kept).uses();
    }

    /**
     * The references in every parsed text, and in every YAML text of {@code yaml} (item key to
     * its file's source map) that is not itself a parsed Markdown text, such as a checklist item's
     * why; and every {@code {{} in those texts that opens no reference (in Markdown, outside code),
     * with what follows it on its line.
     */
    public static Found find(ParsedContent parsed, Map<String, SourceMap> yaml) {
        return find(parsed, yaml, Kept.none());
    }

    /** As {@link #find(ParsedContent, Map)}, taking what a text or YAML file unchanged since the last build held from {@code kept}. */
    public static Found find(ParsedContent parsed, Map<String, SourceMap> yaml, Kept kept) {
        List<Use> out = new ArrayList<>();
        List<Use> unclosed = new ArrayList<>();
        Set<Position> markdownStarts = new HashSet<>();
        parsed.all().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            ParsedMarkdown md = e.getValue();
            markdownStarts.add(new Position(md.source().path(), md.source().firstLine(), md.source().firstColumn()));
            if (e.getKey().startsWith("unbound:")) return;
            Found mine = kept.texts.get(new Text(e.getKey(), md), t -> inText(t.key(), t.md()));
            out.addAll(mine.uses());
            unclosed.addAll(mine.unclosed());
        });
        yaml.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            SourceMap map = e.getValue();
            kept.files.get(new Same(map), f -> withBraces(map)).forEach((pointer, text) -> {
                if (markdownStarts.contains(map.at(pointer))) return;
                Matcher m = Syntax.VALUE.matcher(text);
                int from = 0;
                for (int at = text.indexOf("{{"); at >= 0; at = text.indexOf("{{", from)) {
                    if (!m.find(at) || m.start() != at) {
                        unclosed.add(new Use(restOfLine(text, at), map.inString(pointer, at), e.getKey()));
                        break;
                    }
                    String written = m.group();
                    out.add(new Use(written.substring(2, written.length() - 2).strip(), map.inString(pointer, m.start()), e.getKey()));
                    from = m.end();
                }
            });
        });
        return new Found(List.copyOf(out), List.copyOf(unclosed));
    }

    /** The references and unclosed braces of one Markdown text, the text {@code key} names. */
    private static Found inText(String key, ParsedMarkdown md) {
        List<Use> uses = new ArrayList<>();
        List<Use> unclosed = new ArrayList<>();
        String item = item(key);
        for (TextFacts.Mark m : md.facts().marks()) {
            if (m.kind() == TextFacts.Kind.VALUE) uses.add(new Use(m.text(), md.position(m.offset()), item));
            else if (m.kind() == TextFacts.Kind.UNCLOSED) unclosed.add(new Use(m.text(), md.position(m.offset()), item));
        }
        return new Found(List.copyOf(uses), List.copyOf(unclosed));
    }

    /** The texts of a YAML file that hold a {@code {{}, by pointer, in document order. */
    private static Map<String, String> withBraces(SourceMap map) {
        Map<String, String> out = new LinkedHashMap<>();
        map.strings().forEach((pointer, text) -> {
            if (text.contains("{{")) out.put(pointer, text);
        });
        return out;
    }

    /** A parsed text under its key: the same object when the text is unchanged (see {@link ParsedContent#parse}). */
    private record Text(String key, ParsedMarkdown md) {
    }

    /**
     * What {@link #find} read of each text and YAML file, kept by a warm process (the dev server)
     * from one build to the next, so a save scans only the files it changed: the link and the
     * checks of one build both ask, and the second finds every text scanned.
     */
    public static final class Kept {
        private final Memo<Text, Found> texts;
        private final Memo<Same, Map<String, String>> files;

        private Kept(Memo<Text, Found> texts, Memo<Same, Map<String, String>> files) {
            this.texts = texts;
            this.files = files;
        }

        /** Keeps nothing: every text is scanned on each call. */
        public static Kept none() {
            return new Kept(Memo.none(), Memo.none());
        }

        /** Kept between builds. */
        public static Kept kept() {
            return new Kept(Memo.kept(), Memo.kept());
        }

        /** Ends a build: see {@link Memo#next()}. */
        public void next() {
            texts.next();
            files.next();
        }
    }

    /** The text from {@code at} to the end of its line, at most 24 characters. */
    static String restOfLine(CharSequence text, int at) {
        int end = at;
        while (end < text.length() && end - at < 24 && text.charAt(end) != '\n') end++;
        return text.subSequence(at, end).toString().strip();
    }

    /** The item a text key belongs to: {@code checklist:gate/baseline} belongs to {@code checklist:gate}. */
    private static String item(String key) {
        int slash = key.indexOf('/');
        return slash < 0 ? key : key.substring(0, slash);
    }
}
