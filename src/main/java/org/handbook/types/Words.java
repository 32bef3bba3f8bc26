package org.handbook.types;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbook.model.Wording;

/**
 * What the site calls a content type and says about its collection: what one item is called
 * ({@code label}: an item page's eyebrow, a search result), several ({@code plural}: a search
 * filter), the index page's {@code title} (its heading, breadcrumbs, links to it), the navigation's
 * label, the index page's description and the sentence under it, labels for the type's fields, and
 * the level-2 {@code sections} every item's Markdown body has, in order (none unless the handbook
 * names them). A type declares generic words; a handbook says its own in handbook.yaml ({@link #over}).
 * Descriptions may say {@code {count}}, the number of items, and {@code {one|several}}, the form
 * that agrees with it ({@link #counted}).
 */
public record Words(String label, String plural, String title, String nav, String description, String intro,
                    Map<String, String> fields, List<String> sections) {
    private static final String COUNT = "{count}";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{count\\}|\\{([^{}|]*)\\|([^{}|]*)\\}");
    private static final List<String> SMALL = List.of("no", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve");

    public Words {
        fields = Map.copyOf(fields);
        sections = List.copyOf(sections);
    }

    /** These words with a handbook's own wherever it gives them; its field labels added to (or over) the declared ones. */
    public Words over(Wording w) {
        if (w == null) return this;
        Map<String, String> f = new LinkedHashMap<>(fields);
        if (w.fields() != null) f.putAll(w.fields());
        return new Words(or(w.label(), label), or(w.plural(), plural), or(w.title(), title), or(w.nav(), nav),
                or(w.description(), description), or(w.intro(), intro), f, w.sections() == null ? sections : w.sections());
    }

    /** The label of a field, as the handbook or the declaration words it. */
    public String field(String name) {
        return fields.getOrDefault(name, name);
    }

    /**
     * {@code text} with each {@code {count}} replaced by {@code n}: in words up to twelve in English
     * (capitalised where it opens a sentence), in figures otherwise; and each {@code {one|several}}
     * by the form that agrees with {@code n} ("{count} {decision|decisions}").
     */
    public static String counted(String text, int n, String language) {
        if (text == null || !text.contains("{")) return text;
        boolean english = language == null || language.toLowerCase(Locale.ROOT).startsWith("en");
        String number = english && n < SMALL.size() ? SMALL.get(n) : String.valueOf(n);
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (m.find()) {
            out.append(text, from, m.start());
            if (m.group().equals(COUNT)) {
                String before = out.toString().stripTrailing();
                boolean opens = before.isEmpty() || before.endsWith(".") || before.endsWith("!") || before.endsWith("?");
                out.append(opens ? Character.toUpperCase(number.charAt(0)) + number.substring(1) : number);
            } else {
                out.append(n == 1 ? m.group(1) : m.group(2));
            }
            from = m.end();
        }
        return out.append(text.substring(from)).toString();
    }

    private static String or(String mine, String declared) {
        return mine == null ? declared : mine;
    }
}
