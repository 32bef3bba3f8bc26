package org.handbook.types;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content types of a handbook, in the order their search records and outputs come: what every
 * stage iterates over instead of naming types. {@link #standard()} is the generator's own set; a
 * build may use another (a test adds a type of its own with {@link #with}). The generator's own set is
 * declared when first used, not when named: a rebuild with nothing to do needs only its {@link #signature()},
 * and declaring the types (a hundred lambdas linked) was a fifth of that rebuild's time.
 */
public final class Registry {
    private static final Pattern SHAPE = Pattern.compile("([a-z][a-z-]*):([A-Za-z0-9_.:-]*?)(?:#([^\\s]*))?");
    /** The generator's version keys every build's record and cache, so its own types need no signature of their own. */
    private static final Registry STANDARD = new Registry("standard", () -> List.of(Chapters.TYPE, Playbooks.TYPE, Techniques.TYPE,
            Terms.TYPE, Checklists.TYPE, Flowcharts.TYPE, Sources.TYPE));

    private final String signature;
    private final Supplier<List<ContentType<?>>> declared;
    private volatile Index index;

    /** The types and their lookups, checked once they are declared. */
    private record Index(List<ContentType<?>> types, Map<String, ContentType<?>> byName, Map<String, ContentType<?>> byIndex) {
        static Index of(List<ContentType<?>> declared) {
            List<ContentType<?>> types = List.copyOf(declared);
            Map<String, ContentType<?>> byName = new LinkedHashMap<>();
            Map<String, ContentType<?>> byIndex = new LinkedHashMap<>();
            for (ContentType<?> t : types) {
                if (byName.put(t.name(), t) != null) throw new IllegalArgumentException("two types named " + t.name());
                if (t.index() != null && byIndex.put(t.folder(), t) != null) throw new IllegalArgumentException("two indexes named " + t.folder());
            }
            byIndex.keySet().forEach(prefix -> {
                if (byName.containsKey(prefix)) throw new IllegalArgumentException("'" + prefix + "' names a type and an index page");
            });
            return new Index(types, byName, byIndex);
        }
    }

    private Registry(String signature, Supplier<List<ContentType<?>>> declared) {
        this.signature = signature;
        this.declared = declared;
    }

    private Index index() {
        Index i = index;
        if (i == null) {
            synchronized (this) {
                if (index == null) index = Index.of(declared.get());
                i = index;
            }
        }
        return i;
    }

    /** The generator's content types: chapters, playbooks, techniques, terms, checklists, flowcharts and sources. */
    public static Registry standard() {
        return STANDARD;
    }

    /** These types and one more. */
    public Registry with(ContentType<?> type) {
        List<ContentType<?>> all = new ArrayList<>(all());
        all.add(type);
        Registry more = new Registry(all.stream().map(t -> t.name() + "@" + t.folder()).toList().toString(), () -> all);
        more.index(); // checked now: two types may not share a name or an index
        return more;
    }

    /**
     * What a build's record is keyed on besides the generator's version: a set of types other than the
     * generator's own names each type and its folder; the generator's own set is one word, as its
     * version already tells its types.
     */
    public String signature() {
        return signature;
    }

    public List<ContentType<?>> all() {
        return index().types();
    }

    public Optional<ContentType<?>> named(String name) {
        return Optional.ofNullable(index().byName().get(name));
    }

    /** The types in the site's navigation, in its order. */
    public List<ContentType<?>> navigation() {
        return all().stream().filter(t -> t.nav() != null).sorted(Comparator.comparingInt(t -> t.nav().position())).toList();
    }

    /** A typed reference, if the URL is one (a known prefix, a colon and an id). */
    public Optional<TypedRef> ref(String url) {
        Matcher m = SHAPE.matcher(url);
        if (!m.matches()) return Optional.empty();
        String prefix = m.group(1);
        Index i = index();
        ContentType<?> item = i.byName().get(prefix);
        if (item != null) return Optional.of(new TypedRef(item, m.group(2), m.group(3), false));
        ContentType<?> indexed = i.byIndex().get(prefix);
        if (indexed != null) return Optional.of(new TypedRef(indexed, m.group(2), m.group(3), true));
        return Optional.empty();
    }

    /** Whether a URL's scheme is a reference prefix (a type's name or an index page's). */
    public boolean isPrefix(String scheme) {
        return index().byName().containsKey(scheme) || index().byIndex().containsKey(scheme);
    }

    /** The ways to write references, for hints: {@code chapter:, ..., glossary:index, ...}. */
    public List<String> prefixes() {
        List<String> out = new ArrayList<>();
        index().byName().keySet().forEach(n -> out.add(n + ":"));
        index().byIndex().keySet().forEach(f -> out.add(f + ":index"));
        return out;
    }

    /** The embeds Markdown may use, for hints: {@code ![](checklist:id)}, ..., {@code ![](glossary:index)}. */
    public List<String> embeds() {
        List<String> out = new ArrayList<>();
        all().stream().filter(ContentType::embedsItems).forEach(t -> out.add("![](" + t.name() + ":id)"));
        all().stream().filter(ContentType::embedsIndex).forEach(t -> out.add("![](" + t.folder() + ":index)"));
        return out;
    }
}
