package org.handbook.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.handbook.model.Markdown;
import org.handbook.model.SiteConfig;
import org.handbook.types.ContentType;
import org.handbook.types.Registry;

/**
 * Everything loaded from a content directory, before checking: the items of each type of the
 * registry, in file order. {@code knownIds} holds the ids of every file found per type, even those
 * that failed to load, so one broken file does not make every reference to it a second error.
 * {@code unboundBodies} are the Markdown bodies of files whose front matter was invalid: still
 * checked, so one run reports their problems too.
 */
public final class Content {
    private final Registry types;
    private final SiteConfig config;
    private final Map<ContentType<?>, List<?>> items;
    private final Map<ContentType<?>, Set<String>> knownIds;
    private final List<Markdown> unboundBodies;
    private final Map<ContentType<?>, Map<String, Object>> byId = new ConcurrentHashMap<>();

    Content(Registry types, SiteConfig config, Map<ContentType<?>, List<?>> items, Map<ContentType<?>, Set<String>> knownIds,
            List<Markdown> unboundBodies) {
        this.types = types;
        this.config = config;
        this.items = Map.copyOf(items);
        this.knownIds = Map.copyOf(knownIds);
        this.unboundBodies = List.copyOf(unboundBodies);
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
}
