package org.handbook.markdown;

import com.vladsch.flexmark.util.ast.Node;
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

    /**
     * The references in every parsed text, and in every YAML text of {@code yaml} (item key to
     * its file's source map) that is not itself a parsed Markdown text, such as a checklist item's why.
     */
    public static List<Use> scan(ParsedContent parsed, Map<String, SourceMap> yaml) {
        List<Use> out = new ArrayList<>();
        Set<Position> markdownStarts = new HashSet<>();
        parsed.all().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            ParsedMarkdown md = e.getValue();
            markdownStarts.add(new Position(md.source().path(), md.source().firstLine(), md.source().firstColumn()));
            if (e.getKey().startsWith("unbound:")) return;
            String item = item(e.getKey());
            for (Node n : md.document().getDescendants()) {
                if (n instanceof ValueRef v) out.add(new Use(v.name(), md.position(n), item));
            }
        });
        yaml.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            SourceMap map = e.getValue();
            map.strings().forEach((pointer, text) -> {
                if (!text.contains("{{") || markdownStarts.contains(map.at(pointer))) return;
                Matcher m = Syntax.VALUE.matcher(text);
                while (m.find()) {
                    String written = m.group();
                    out.add(new Use(written.substring(2, written.length() - 2).strip(), map.inString(pointer, m.start()), e.getKey()));
                }
            });
        });
        return List.copyOf(out);
    }

    /** The item a text key belongs to: {@code checklist:gate/baseline} belongs to {@code checklist:gate}. */
    private static String item(String key) {
        int slash = key.indexOf('/');
        return slash < 0 ? key : key.substring(0, slash);
    }
}
