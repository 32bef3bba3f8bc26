package org.handbook.types;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.handbook.model.SiteConfig;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.handbook.model.Markdown;
import org.handbook.model.SourceMap;

/**
 * One kind of content, declared once: where its files live and how they bind to its record, its
 * schema, its reference prefix and URLs, its templates and views, its search records and its
 * scaffold. Loading, checking, linking, rendering, search and {@code handbook new} iterate over
 * the declarations of a {@link Registry}, so a new type is a declaration, a record, a schema, a
 * template and a scaffold (see docs/content-types.md).
 */
public final class ContentType<T extends Record> {

    /** How a type's items are stored under the content folder. */
    public enum Layout {
        /** One file per item in content/FOLDER/: YAML front matter between '---' lines, then Markdown. */
        MARKDOWN(List.of(".md")),
        /** One YAML file per item in content/FOLDER/. */
        YAML(List.of(".yaml", ".yml")),
        /** One file, content/FOLDER.yaml (or .json), listing every item with its id. */
        REGISTER(List.of(".yaml", ".json"));

        private final List<String> extensions;

        Layout(List<String> extensions) {
            this.extensions = extensions;
        }

        /** The file extensions it reads, the first being the one new files get. */
        public List<String> extensions() {
            return extensions;
        }
    }

    /** One item as its binder reads it: schema-valid fields, the Markdown body (or null) and where each value came from. */
    public record Item(String id, JsonNode fields, Markdown body, SourceMap source, String pointer) {
    }

    /** Makes an item's record from its fields. */
    @FunctionalInterface
    public interface Binder<T> {
        T bind(Item item);
    }

    /** A Markdown text of an item: its body (part "") or a nested text such as a checklist item's "why". */
    public record Text(String part, Markdown markdown) {
    }

    /**
     * A field naming items of another type, each of which must exist: its JSON pointer, the type it
     * names (given lazily: a type may name itself), the ids it holds, and whether it is a list.
     */
    public record Refs<T>(String pointer, Supplier<ContentType<?>> target, Function<T, List<String>> ids, boolean list) {
    }

    /** The page listing every item, with its title and the description search engines show. */
    public record Index(String title, String description) {
    }

    /** The type's entry in the site's navigation: its label, its place, and its target when not the index page. */
    public record Nav(String label, int position, String href) {
    }

    /** What a template gets for an item, as seen from the page being rendered. */
    @FunctionalInterface
    public interface View<T> {
        Object of(Views views, T item);
    }

    /** The items of any type, for a scaffold that fills in ids that exist, and handbook.yaml's settings (null if it failed). */
    public interface Lookup {
        <T extends Record> List<T> items(ContentType<T> type);

        default SiteConfig config() {
            return null;
        }
    }

    /** The search records of an item. */
    @FunctionalInterface
    public interface Search<T> {
        void records(T item, SearchSink sink);
    }

    private final String name;
    private final Class<T> record;
    private final Layout layout;
    private final String folder;
    private final String plural;
    private final String schema;
    private final String label;
    private final Binder<T> binder;
    private final Function<T, String> id;
    private final Function<T, String> title;
    private final Function<T, String> summary;
    private final Function<T, SourceMap> source;
    private final Function<T, Markdown> body;
    private final Function<T, List<Text>> nested;
    private final Comparator<T> order;
    private final boolean pages;
    private final Index index;
    private final Nav nav;
    private final boolean home;
    private final boolean embedItem;
    private final boolean embedIndex;
    private final List<Refs<T>> refs;
    private final Function<T, Set<String>> anchors;
    private final BiFunction<T, String, String> anchorTitle;
    private final List<String> scripts;
    private final View<T> card;
    private final View<T> page;
    private final Search<T> search;
    private final String scaffold;
    private final Function<Lookup, Map<String, String>> scaffoldValues;
    private final Words words;

    ContentType(ContentTypeBuilder<T> b) {
        this.name = b.name;
        this.record = b.record;
        this.layout = b.layout;
        this.folder = Objects.requireNonNull(b.folder, "folder");
        this.plural = b.plural == null ? b.folder : b.plural;
        this.schema = b.schema == null ? b.name : b.schema;
        this.label = b.label == null ? Character.toUpperCase(b.name.charAt(0)) + b.name.substring(1).replace('-', ' ') : b.label;
        this.binder = Objects.requireNonNull(b.binder, "binder");
        this.id = Objects.requireNonNull(b.id, "id");
        this.title = Objects.requireNonNull(b.title, "title");
        this.summary = b.summary == null ? b.title : b.summary;
        this.source = Objects.requireNonNull(b.source, "source");
        this.body = b.body;
        this.nested = b.nested;
        this.order = b.order == null ? Comparator.comparing(b.title) : b.order;
        this.pages = b.pages;
        this.index = b.index;
        this.nav = b.nav;
        this.home = b.home;
        this.embedItem = b.embedItem;
        this.embedIndex = b.embedIndex;
        this.refs = List.copyOf(b.refs);
        this.anchors = b.anchors;
        this.anchorTitle = b.anchorTitle;
        this.scripts = List.copyOf(b.scripts);
        this.page = b.page == null ? (v, item) -> GenericView.of(this, v, item) : b.page;
        this.card = b.card == null ? this.page : b.card;
        this.search = b.unsearched ? null : b.search == null ? this::defaultSearch : b.search;
        this.scaffold = b.scaffold;
        this.scaffoldValues = b.scaffoldValues;
        if (embedIndex && index == null) throw new IllegalStateException(name + ": an index embed needs an index page");
        String many = index != null ? index.title() : Character.toUpperCase(folder.charAt(0)) + folder.substring(1).replace('-', ' ');
        this.words = new Words(label, many, many, nav == null ? many : nav.label(), index == null ? "" : index.description(), "",
                b.fields, List.of());
    }

    /** Starts a declaration: the type's name is its reference prefix ({@code name:id}). */
    public static <T extends Record> ContentTypeBuilder<T> of(String name, Class<T> record, Layout layout) {
        return new ContentTypeBuilder<>(name, record, layout);
    }

    /** The reference prefix, e.g. {@code chapter} in {@code chapter:intro}; also the kind of its pages. */
    public String name() {
        return name;
    }

    public Class<T> record() {
        return record;
    }

    public Layout layout() {
        return layout;
    }

    /** The content folder, the URL folder and the prefix of its index page's reference ({@code glossary:index}). */
    public String folder() {
        return folder;
    }

    /** The name of a list of these items, e.g. "terms". */
    public String plural() {
        return plural;
    }

    /** The schema's name: {@code schemas/NAME.schema.json}. */
    public String schema() {
        return schema;
    }

    /** What one item is called in the site, e.g. "Chapter". */
    public String label() {
        return label;
    }

    /**
     * The type's own words for the site: its label, the index page's title and description, the
     * navigation's label, its fields' labels. A handbook may say its own ({@link Words#over}).
     */
    public Words words() {
        return words;
    }

    /** The template variable an item page or item embed gets its view under, e.g. "caseStudy". */
    public String variable() {
        return camel(name);
    }

    /** The template variable lists of these items come under, e.g. "terms". */
    public String listVariable() {
        return camel(plural);
    }

    /** The template of an item's page. */
    public String template() {
        return name + ".ftlh";
    }

    /** The template of the index page. */
    public String indexTemplate() {
        return folder + ".ftlh";
    }

    public T bind(Item item) {
        return binder.bind(item);
    }

    public String id(T item) {
        return id.apply(item);
    }

    public String title(T item) {
        return title.apply(item);
    }

    /** One sentence about an item: its page's description. */
    public String summary(T item) {
        return summary.apply(item);
    }

    public SourceMap source(T item) {
        return source.apply(item);
    }

    /** The item's Markdown body, or null when the type has none. */
    public Markdown body(T item) {
        return body == null ? null : body.apply(item);
    }

    /** Every Markdown text of an item, its body first. */
    public List<Text> texts(T item) {
        List<Text> out = new ArrayList<>();
        Markdown b = body(item);
        if (b != null) out.add(new Text("", b));
        if (nested != null) out.addAll(nested.apply(item));
        return out;
    }

    /** The key a text of an item is parsed under: {@code name:id}, or {@code name:id/part} for a nested text. */
    public String textKey(String id, String part) {
        return name + ":" + id + (part.isEmpty() ? "" : "/" + part);
    }

    /** The key of an item's body. */
    public String textKey(String id) {
        return textKey(id, "");
    }

    public Comparator<T> order() {
        return order;
    }

    /** Whether each item has a page of its own; if not, it is an anchor on the index page. */
    public boolean hasPages() {
        return pages;
    }

    /** The index page, or null when there is none. */
    public Index index() {
        return index;
    }

    public Nav nav() {
        return nav;
    }

    /** Whether the home page lists these items. */
    public boolean onHome() {
        return home;
    }

    /** Whether Markdown may embed an item, {@code ![](name:id)}. */
    public boolean embedsItems() {
        return embedItem;
    }

    /** Whether Markdown may embed the index, {@code ![](folder:index)}. */
    public boolean embedsIndex() {
        return embedIndex;
    }

    public List<Refs<T>> refs() {
        return refs;
    }

    /** The anchors a reference to an item may name, or null for the headings of its body. */
    public Set<String> anchors(T item) {
        return anchors == null ? null : anchors.apply(item);
    }

    /** A title for a reference to an anchor of an item, or null for the item's title. */
    public String anchorTitle(T item, String anchor) {
        return anchorTitle == null ? null : anchorTitle.apply(item, anchor);
    }

    /** Scripts (asset names) its item pages add to the site's own. */
    public List<String> scripts() {
        return scripts;
    }

    /** The site path of an item: its page, or its anchor on the index page. */
    public String path(String id) {
        return pages ? folder + "/" + id + "/index.html" : folder + "/index.html#" + id;
    }

    /** The site path of the index page. */
    public String indexPath() {
        return folder + "/index.html";
    }

    /** The view of an item in a list (index page, home page, index embed). */
    public Object card(Views views, T item) {
        return card.of(views, item);
    }

    /** The view of an item on its own page or in an item embed. */
    public Object page(Views views, T item) {
        return page.of(views, item);
    }

    public void search(T item, SearchSink sink) {
        if (search != null) search.records(item, sink);
    }

    /** Whether its items have search records. */
    public boolean searched() {
        return search != null;
    }

    /** The scaffold resource ({@code scaffold/NAME}) {@code handbook new} starts from, or null. */
    public String scaffold() {
        return scaffold;
    }

    /** What the scaffold's {@code {{name}}} placeholders become, given what the content holds (a free number, an id that exists). */
    public Map<String, String> scaffoldValues(Lookup content) {
        return scaffoldValues == null ? Map.of() : scaffoldValues.apply(content);
    }

    /** Pages are cut at their headings; an item without a page is one record. */
    private void defaultSearch(T item, SearchSink sink) {
        String key = textKey(id(item));
        if (pages && body != null) sink.sections(title(item), path(id(item)), summary(item), key);
        else sink.add(title(item), sink.label(), path(id(item)), body == null ? summary(item) : sink.text(key));
    }

    /** The item's type, checked: a record of another type is a programming error. */
    public T cast(Object item) {
        return record.cast(item);
    }

    private static String camel(String s) {
        StringBuilder sb = new StringBuilder();
        boolean up = false;
        for (char c : s.toCharArray()) {
            if (c == '-') up = true;
            else {
                sb.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return name;
    }
}
