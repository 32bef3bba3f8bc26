package org.handbook.types;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content types of a handbook, in the order their search records and outputs come: what every
 * stage iterates over instead of naming types. {@link #standard()} is the generator's own set; a
 * build may use another (a test adds a type of its own with {@link #with}).
 */
public final class Registry {
    private static final Pattern SHAPE = Pattern.compile("([a-z][a-z-]*):([A-Za-z0-9_.:-]*?)(?:#([^\\s]*))?");
    private static final Registry STANDARD = new Registry(List.of(Chapters.TYPE, Playbooks.TYPE, Techniques.TYPE,
            Terms.TYPE, Checklists.TYPE, Flowcharts.TYPE, Sources.TYPE));

    private final List<ContentType<?>> types;
    private final Map<String, ContentType<?>> byName = new LinkedHashMap<>();
    private final Map<String, ContentType<?>> byIndex = new LinkedHashMap<>();

    private Registry(List<ContentType<?>> types) {
        this.types = List.copyOf(types);
        for (ContentType<?> t : types) {
            if (byName.put(t.name(), t) != null) throw new IllegalArgumentException("two types named " + t.name());
            if (t.index() != null && byIndex.put(t.folder(), t) != null) throw new IllegalArgumentException("two indexes named " + t.folder());
        }
        byIndex.keySet().forEach(prefix -> {
            if (byName.containsKey(prefix)) throw new IllegalArgumentException("'" + prefix + "' names a type and an index page");
        });
    }

    /** The generator's content types: chapters, playbooks, techniques, terms, checklists, flowcharts and sources. */
    public static Registry standard() {
        return STANDARD;
    }

    /** These types and one more. */
    public Registry with(ContentType<?> type) {
        List<ContentType<?>> all = new ArrayList<>(types);
        all.add(type);
        return new Registry(all);
    }

    public List<ContentType<?>> all() {
        return types;
    }

    public Optional<ContentType<?>> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The types in the site's navigation, in its order. */
    public List<ContentType<?>> navigation() {
        return types.stream().filter(t -> t.nav() != null).sorted(Comparator.comparingInt(t -> t.nav().position())).toList();
    }

    /** A typed reference, if the URL is one (a known prefix, a colon and an id). */
    public Optional<TypedRef> ref(String url) {
        Matcher m = SHAPE.matcher(url);
        if (!m.matches()) return Optional.empty();
        String prefix = m.group(1);
        ContentType<?> item = byName.get(prefix);
        if (item != null) return Optional.of(new TypedRef(item, m.group(2), m.group(3), false));
        ContentType<?> index = byIndex.get(prefix);
        if (index != null) return Optional.of(new TypedRef(index, m.group(2), m.group(3), true));
        return Optional.empty();
    }

    /** Whether a URL's scheme is a reference prefix (a type's name or an index page's). */
    public boolean isPrefix(String scheme) {
        return byName.containsKey(scheme) || byIndex.containsKey(scheme);
    }

    /** The ways to write references, for hints: {@code chapter:, ..., glossary:index, ...}. */
    public List<String> prefixes() {
        List<String> out = new ArrayList<>();
        byName.keySet().forEach(n -> out.add(n + ":"));
        byIndex.keySet().forEach(f -> out.add(f + ":index"));
        return out;
    }

    /** The embeds Markdown may use, for hints: {@code ![](checklist:id)}, ..., {@code ![](glossary:index)}. */
    public List<String> embeds() {
        List<String> out = new ArrayList<>();
        types.stream().filter(ContentType::embedsItems).forEach(t -> out.add("![](" + t.name() + ":id)"));
        types.stream().filter(ContentType::embedsIndex).forEach(t -> out.add("![](" + t.folder() + ":index)"));
        return out;
    }
}
