package org.handbook.markdown;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
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
    public static List<Use> scan(ParsedContent parsed, Map<String, SourceMap> yaml) {
        return find(parsed, yaml).uses();
    }

    /**
     * The references in every parsed text, and in every YAML text of {@code yaml} (item key to
     * its file's source map) that is not itself a parsed Markdown text, such as a checklist item's
     * why; and every {@code {{} in those texts that opens no reference (in Markdown, outside code),
     * with what follows it on its line.
     */
    public static Found find(ParsedContent parsed, Map<String, SourceMap> yaml) {
        List<Use> out = new ArrayList<>();
        List<Use> unclosed = new ArrayList<>();
        Set<Position> markdownStarts = new HashSet<>();
        parsed.all().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            ParsedMarkdown md = e.getValue();
            markdownStarts.add(new Position(md.source().path(), md.source().firstLine(), md.source().firstColumn()));
            if (e.getKey().startsWith("unbound:")) return;
            String item = item(e.getKey());
            for (TextFacts.Mark m : md.facts().marks()) {
                if (m.kind() == TextFacts.Kind.VALUE) out.add(new Use(m.text(), md.position(m.offset()), item));
                else if (m.kind() == TextFacts.Kind.UNCLOSED) unclosed.add(new Use(m.text(), md.position(m.offset()), item));
            }
        });
        yaml.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            SourceMap map = e.getValue();
            map.strings().forEach((pointer, text) -> {
                if (!text.contains("{{") || markdownStarts.contains(map.at(pointer))) return;
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
