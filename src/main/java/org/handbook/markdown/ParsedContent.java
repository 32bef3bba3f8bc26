package org.handbook.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.handbook.cache.Memo;
import org.handbook.cache.Reads;
import org.handbook.load.Content;
import org.handbook.model.Markdown;
import org.handbook.types.ContentType;

/**
 * Every Markdown text of the content read once, in parallel (its facts parsed or taken from the build cache), keyed as its type names it
 * ({@link ContentType#textKey}: {@code chapter:intro}, {@code checklist:gate/baseline}); bodies
 * of files that failed to load under {@code unbound:PATH}, so they are checked all the same.
 * Every read notes its key ({@link Reads}), so a page's fingerprint covers the texts it showed.
 */
public final class ParsedContent {
    private final Map<String, ParsedMarkdown> texts;

    private ParsedContent(Map<String, ParsedMarkdown> texts) {
        this.texts = texts;
    }

    public static ParsedContent parse(Content c) {
        return parse(c, Memo.none(), TextFactsCache.none());
    }

    /**
     * As {@link #parse(Content)}, taking a text read before (same text, same place) from {@code memo},
     * and the facts of a text the last build read from {@code facts}: such a text is parsed only if a page needs its tree.
     */
    public static ParsedContent parse(Content c, Memo<Markdown, ParsedMarkdown> memo, TextFactsCache facts) {
        record Job(String key, Markdown md) {
        }
        List<Job> jobs = new ArrayList<>();
        for (ContentType<?> type : c.types().all()) texts(c, type, (key, md) -> jobs.add(new Job(key, md)));
        c.unboundBodies().forEach(md -> jobs.add(new Job(unboundKey(md), md)));
        Map<String, ParsedMarkdown> out = new ConcurrentHashMap<>();
        jobs.parallelStream().forEach(j -> out.put(j.key(), memo.get(j.md(), facts::read)));
        return new ParsedContent(Map.copyOf(out));
    }

    private static <T extends Record> void texts(Content c, ContentType<T> type, BiConsumer<String, Markdown> out) {
        for (T item : c.items(type)) {
            String id = type.id(item);
            type.texts(item).forEach(t -> out.accept(type.textKey(id, t.part()), t.markdown()));
        }
    }

    /** The key of a body whose front matter did not load. */
    public static String unboundKey(Markdown md) {
        return "unbound:" + md.path();
    }

    /** The read key of a text, as {@link Reads} notes it: "text:KEY". */
    public static String readKey(String key) {
        return "text:" + key;
    }

    public Optional<ParsedMarkdown> get(String key) {
        Reads.note(readKey(key));
        return Optional.ofNullable(texts.get(key));
    }

    /** A text that was parsed ({@link ContentType#textKey}); throws if it never was. */
    public ParsedMarkdown text(String key) {
        Reads.note(readKey(key));
        ParsedMarkdown p = texts.get(key);
        if (p == null) throw new IllegalArgumentException("no parsed text " + key);
        return p;
    }

    /** Every text by key; noted as a read of all of them. */
    public Map<String, ParsedMarkdown> all() {
        Reads.note(ALL);
        return texts;
    }

    /** The read key of {@link #all()}. */
    public static final String ALL = "texts";
}
