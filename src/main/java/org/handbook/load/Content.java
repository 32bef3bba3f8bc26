package org.handbook.load;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.handbook.model.Markdown;
import org.handbook.model.SiteConfig;
import org.handbook.model.SourceMap;
import org.handbook.model.Value;
import org.handbook.types.ContentType;
import org.handbook.types.Registry;

/**
 * Everything loaded from a content directory, before checking: the items of each type of the
 * registry, in file order. {@code knownIds} holds the ids of every file found per type, even those
 * that failed to load, so one broken file does not make every reference to it a second error.
 * {@code unboundBodies} are the Markdown bodies of files whose front matter was invalid: still
 * checked, so one run reports their problems too. The named values of values.yaml come with it.
 */
public final class Content {
    private final Registry types;
    private final SiteConfig config;
    private final Map<ContentType<?>, List<?>> items;
    private final Map<ContentType<?>, Set<String>> knownIds;
    private final List<Markdown> unboundBodies;
    private final Map<ContentType<?>, Map<String, Object>> byId = new ConcurrentHashMap<>();
    private final ValuesLoader.Loaded values;

    Content(Registry types, SiteConfig config, Map<ContentType<?>, List<?>> items, Map<ContentType<?>, Set<String>> knownIds,
            List<Markdown> unboundBodies, ValuesLoader.Loaded values) {
        this.types = types;
        this.config = config;
        this.items = Map.copyOf(items);
        this.knownIds = Map.copyOf(knownIds);
        this.unboundBodies = List.copyOf(unboundBodies);
        this.values = values;
    }

    public Registry types() {
        return types;
    }

    /** The settings of handbook.yaml, or null when it failed to load. */
    public SiteConfig config() {
        return config;
    }

    /** The items of a type that loaded, in file order. */
    @SuppressWarnings("unchecked")
    public <T extends Record> List<T> items(ContentType<T> type) {
        return (List<T>) items.getOrDefault(type, List.of());
    }

    /** The item of a type with this id (the first, if a broken content has two), found by an index made on first use. */
    public <T extends Record> Optional<T> item(ContentType<T> type, String id) {
        Map<String, Object> index = byId.computeIfAbsent(type, t -> {
            Map<String, Object> m = new HashMap<>();
            for (T x : items(type)) m.putIfAbsent(type.id(x), x);
            return m;
        });
        return Optional.ofNullable(index.get(id)).map(type::cast);
    }

    /** The ids of every file of a type found, loaded or not. */
    public Set<String> ids(ContentType<?> type) {
        return knownIds.getOrDefault(type, Set.of());
    }

    public List<Markdown> unboundBodies() {
        return unboundBodies;
    }

    /** The named values of values.yaml that loaded, in file order. */
    public List<Value> values() {
        return values.values();
    }

    /** The name of every entry of values.yaml, loaded or not. */
    public Set<String> valueNames() {
        return values.names();
    }

    /**
     * The source map of each item's YAML (front matter included), by item reference
     * ({@code chapter:intro}; a register such as the sources is one, {@code sources:index}) and
     * values.yaml's as {@code values:index}: where rules about any text (named values, repeated
     * prose, review dates) find the texts of YAML fields, whatever the type.
     */
    public Map<String, SourceMap> sourceMaps() {
        Map<String, SourceMap> maps = new LinkedHashMap<>();
        for (ContentType<?> type : types.all()) sourceMaps(type, maps);
        if (!values().isEmpty()) maps.put(VALUES, values().get(0).map());
        return maps;
    }

    /** The key of values.yaml's source map. */
    public static final String VALUES = "values:index";

    private <T extends Record> void sourceMaps(ContentType<T> type, Map<String, SourceMap> maps) {
        for (T item : items(type)) {
            if (type.layout() == ContentType.Layout.REGISTER) {
                maps.put(type.folder() + ":index", type.source(item));
                return;
            }
            maps.put(type.name() + ":" + type.id(item), type.source(item));
        }
    }
}
