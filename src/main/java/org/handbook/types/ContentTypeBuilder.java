package org.handbook.types;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.handbook.model.Markdown;
import org.handbook.model.SourceMap;
import org.handbook.types.ContentType.Binder;
import org.handbook.types.ContentType.Index;
import org.handbook.types.ContentType.Layout;
import org.handbook.types.ContentType.Lookup;
import org.handbook.types.ContentType.Nav;
import org.handbook.types.ContentType.Refs;
import org.handbook.types.ContentType.Search;
import org.handbook.types.ContentType.Text;
import org.handbook.types.ContentType.View;

/** Builds a declaration; only name, record, layout, folder, binder, id, title and source are required. */
public final class ContentTypeBuilder<T extends Record> {
    final String name;
    final Class<T> record;
    final Layout layout;
    String folder;
    String plural;
    String schema;
    String label;
    Binder<T> binder;
    Function<T, String> id;
    Function<T, String> title;
    Function<T, String> summary;
    Function<T, SourceMap> source;
    Function<T, Markdown> body;
    Function<T, List<Text>> nested;
    Comparator<T> order;
    boolean pages = true;
    Index index;
    Nav nav;
    boolean home;
    boolean embedItem;
    boolean embedIndex;
    final List<Refs<T>> refs = new ArrayList<>();
    Function<T, Set<String>> anchors;
    BiFunction<T, String, String> anchorTitle;
    final List<String> scripts = new ArrayList<>();
    View<T> card;
    View<T> page;
    Search<T> search;
    boolean unsearched;
    String scaffold;
    Function<Lookup, Map<String, String>> scaffoldValues;
    final Map<String, String> fields = new LinkedHashMap<>();

    ContentTypeBuilder(String name, Class<T> record, Layout layout) {
        if (!name.matches("[a-z][a-z-]*")) throw new IllegalArgumentException("type name '" + name + "' is not lower-case words");
        this.name = name;
        this.record = record;
        this.layout = layout;
    }

    /** The content folder (also the URL folder and the index reference's prefix). */
    public ContentTypeBuilder<T> folder(String folder) {
        this.folder = folder;
        return this;
    }

    /** The name of a list of these items in templates, when not the folder's. */
    public ContentTypeBuilder<T> plural(String plural) {
        this.plural = plural;
        return this;
    }

    /** The schema's name, when not the type's. */
    public ContentTypeBuilder<T> schema(String schema) {
        this.schema = schema;
        return this;
    }

    public ContentTypeBuilder<T> label(String label) {
        this.label = label;
        return this;
    }

    /** How pages label a field of the item ({@code cost-note}), when a template shows it with a label. */
    public ContentTypeBuilder<T> field(String name, String label) {
        this.fields.put(name, label);
        return this;
    }

    public ContentTypeBuilder<T> binder(Binder<T> binder) {
        this.binder = binder;
        return this;
    }

    public ContentTypeBuilder<T> id(Function<T, String> id) {
        this.id = id;
        return this;
    }

    public ContentTypeBuilder<T> title(Function<T, String> title) {
        this.title = title;
        return this;
    }

    public ContentTypeBuilder<T> summary(Function<T, String> summary) {
        this.summary = summary;
        return this;
    }

    public ContentTypeBuilder<T> source(Function<T, SourceMap> source) {
        this.source = source;
        return this;
    }

    public ContentTypeBuilder<T> body(Function<T, Markdown> body) {
        this.body = body;
        return this;
    }

    /** Markdown texts inside the fields, parsed and checked like bodies. */
    public ContentTypeBuilder<T> nested(Function<T, List<Text>> nested) {
        this.nested = nested;
        return this;
    }

    /** The reading order of the items (default: by title). */
    public ContentTypeBuilder<T> order(Comparator<T> order) {
        this.order = order;
        return this;
    }

    /** Items are anchors on the index page instead of pages of their own. */
    public ContentTypeBuilder<T> noPages() {
        this.pages = false;
        return this;
    }

    public ContentTypeBuilder<T> index(String title, String description) {
        this.index = new Index(title, description);
        return this;
    }

    /** An entry in the site's navigation at {@code position}, linking the index page. */
    public ContentTypeBuilder<T> nav(String label, int position) {
        return nav(label, position, null);
    }

    /** An entry in the site's navigation at {@code position}, linking a site path. */
    public ContentTypeBuilder<T> nav(String label, int position, String href) {
        this.nav = new Nav(label, position, href);
        return this;
    }

    /** The home page lists the items (as cards, under the list variable). */
    public ContentTypeBuilder<T> onHome() {
        this.home = true;
        return this;
    }

    public ContentTypeBuilder<T> embedsItems() {
        this.embedItem = true;
        return this;
    }

    public ContentTypeBuilder<T> embedsIndex() {
        this.embedIndex = true;
        return this;
    }

    /** A field naming items of {@code target}, each checked to exist. */
    public ContentTypeBuilder<T> refs(String pointer, Supplier<ContentType<?>> target, Function<T, List<String>> ids) {
        this.refs.add(new Refs<>(pointer, target, ids, true));
        return this;
    }

    /** A field naming one item of {@code target}. */
    public ContentTypeBuilder<T> ref(String pointer, Supplier<ContentType<?>> target, Function<T, String> id) {
        this.refs.add(new Refs<>(pointer, target, item -> List.of(id.apply(item)), false));
        return this;
    }

    public ContentTypeBuilder<T> anchors(Function<T, Set<String>> anchors) {
        this.anchors = anchors;
        return this;
    }

    public ContentTypeBuilder<T> anchorTitle(BiFunction<T, String, String> anchorTitle) {
        this.anchorTitle = anchorTitle;
        return this;
    }

    public ContentTypeBuilder<T> script(String asset) {
        this.scripts.add(asset);
        return this;
    }

    /** The view of an item in lists (default: its page view). */
    public ContentTypeBuilder<T> card(View<T> card) {
        this.card = card;
        return this;
    }

    /** The view of an item on its page (default: every field, the body as HTML; see {@link GenericView}). */
    public ContentTypeBuilder<T> page(View<T> page) {
        this.page = page;
        return this;
    }

    /** The item's search records (default: a page cut at its headings, or one record). */
    public ContentTypeBuilder<T> search(Search<T> search) {
        this.search = search;
        return this;
    }

    /** The item has no search records. */
    public ContentTypeBuilder<T> unsearched() {
        this.unsearched = true;
        return this;
    }

    public ContentTypeBuilder<T> scaffold(String resource) {
        this.scaffold = resource;
        return this;
    }

    /** A scaffold whose placeholders are filled from the content: {@code values} maps each name to its text. */
    public ContentTypeBuilder<T> scaffold(String resource, Function<Lookup, Map<String, String>> values) {
        this.scaffold = resource;
        this.scaffoldValues = values;
        return this;
    }

    public ContentType<T> build() {
        return new ContentType<>(this);
    }
}
