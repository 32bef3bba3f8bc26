package org.handbook.render;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.handbook.cache.Reads;
import org.handbook.link.Library;
import org.handbook.link.Urls;
import org.handbook.model.Verdict;
import org.handbook.types.ContentType;
import org.handbook.types.Link;
import org.handbook.types.TypedRef;
import org.handbook.types.Views;

/** The library as one page's views see it: links relative to that page, Markdown rendered for it. */
final class PageViews implements Views {
    private final Library lib;
    private final String page;
    private final BodyRenderer bodies;
    private final BiFunction<TypedRef, String, String> embeds;
    private final Map<String, CompletableFuture<Reads.Recorded<Object>>> shared;
    private final Fragments fragments;
    private int tooltips;

    PageViews(Library lib, String page, BodyRenderer bodies, BiFunction<TypedRef, String, String> embeds,
              Map<String, CompletableFuture<Reads.Recorded<Object>>> shared, Fragments fragments) {
        this.fragments = fragments;
        this.lib = lib;
        this.page = page;
        this.bodies = bodies;
        this.embeds = embeds;
        this.shared = shared;
    }

    /** A per-build memo for {@link #shared}: each value with what making it read. */
    static Map<String, CompletableFuture<Reads.Recorded<Object>>> memo() {
        return new ConcurrentHashMap<>();
    }

    @Override
    public String page() {
        return page;
    }

    @Override
    public Link link(ContentType<?> type, String id) {
        return link(TypedRef.to(type, id));
    }

    @Override
    public Link link(TypedRef ref) {
        return new Link(lib.title(ref), Urls.relative(page, lib.path(ref)));
    }

    @Override
    public Link link(String reference) {
        return link(lib.types().ref(reference).orElseThrow(() -> new IllegalArgumentException("not a reference: " + reference)));
    }

    @Override
    public String href(ContentType<?> type, String id) {
        return Urls.relative(page, type.path(id));
    }

    @Override
    public String html(String textKey, String idPrefix) {
        Supplier<String> render = () -> lib.parsed().get(textKey).map(md -> bodies.render(md, page, lib.mentions(textKey), embeds, idPrefix)).orElse("");
        return fragments == null ? render.get() : fragments.html(textKey, page, idPrefix, lib::inputHash, render);
    }

    @Override
    public String inline(String text) {
        return ValueMarkup.inline(lib, text, page, this::tooltipId);
    }

    @Override
    public String plain(String text) {
        return lib.values().plain(text);
    }

    /**
     * A tooltip id unique on the page: inside a body (an embed) the body's own sequence, which its
     * terms share; else this page's sequence of values shown from YAML.
     */
    private String tooltipId() {
        PageContext body = PageContext.peek();
        return body != null ? body.nextTooltipId() : "value-tip-" + ++tooltips;
    }

    @Override
    public <T extends Record> List<T> items(ContentType<T> type) {
        return lib.items(type);
    }

    @Override
    public <T extends Record> java.util.Optional<T> item(ContentType<T> type, String id) {
        return lib.item(type, id);
    }

    @Override
    public Verdict verdict(String id) {
        return lib.config().verdictOf(id);
    }

    @Override
    public int minutes(String textKey) {
        return lib.minutes(textKey);
    }

    @Override
    public int sourceNumber(String id) {
        return lib.sourceNumber(id);
    }

    /**
     * The first page to ask computes the value; others asking meanwhile wait for it rather than
     * compute it again. Every page that asks is charged with what computing it read.
     */
    @Override
    @SuppressWarnings("unchecked")
    public <V> V shared(String key, Supplier<V> make) {
        CompletableFuture<Reads.Recorded<Object>> mine = new CompletableFuture<>();
        CompletableFuture<Reads.Recorded<Object>> theirs = shared.putIfAbsent(key, mine);
        Reads.Recorded<Object> value;
        if (theirs != null) {
            value = theirs.join();
        } else {
            try {
                value = Reads.record(() -> (Object) make.get());
                mine.complete(value);
            } catch (RuntimeException | Error e) {
                mine.completeExceptionally(e);
                throw e;
            }
        }
        Reads.noteAll(value.keys());
        return (V) value.value();
    }
}
