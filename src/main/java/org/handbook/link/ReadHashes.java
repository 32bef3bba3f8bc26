package org.handbook.link;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.handbook.cache.Hashes;
import org.handbook.cache.Memo;
import org.handbook.cache.Same;
import org.handbook.cache.Reads;
import org.handbook.markdown.ParsedContent;
import org.handbook.markdown.ParsedMarkdown;
import org.handbook.types.ContentType;
import org.handbook.types.Terms;

/**
 * The hash of what each read key of a {@link Library} stands for, now: a page whose recorded reads
 * all hash as they did when it was rendered would render to the same bytes. Each key the library
 * notes has its case here, next to nothing else, so a new kind of read cannot go unhashed: an
 * unknown key is an error, not a guess.
 */
final class ReadHashes {
    private static final String ABSENT = "absent";

    private final Library lib;
    private final Map<String, String> memo = new ConcurrentHashMap<>();
    /** The hash of each record's text, by the record: a dev server's unchanged files give the same records save after save. */
    private final Memo<Same, String> records;

    ReadHashes(Library lib, Memo<Same, String> records) {
        this.lib = lib;
        this.records = records;
    }

    String of(String key) {
        String h = memo.get(key);
        if (h != null) return h;
        h = Reads.unrecorded(() -> compute(key));
        memo.put(key, h);
        return h;
    }

    private String compute(String key) {
        if (key.equals(Library.CONFIG)) return records.get(new Same(lib.config()), c -> Hashes.fast(RecordText.of(lib.config(), null)));
        if (key.equals(ParsedContent.ALL)) {
            Map<String, String> all = new TreeMap<>();
            lib.parsed().all().forEach((k, md) -> all.put(k, md.textHash()));
            return Hashes.fast(all.toString());
        }
        String kind = key.substring(0, key.indexOf(':') + 1);
        String rest = key.substring(kind.length());
        return switch (kind) {
            case "text:" -> lib.parsed().get(rest).map(ParsedMarkdown::textHash).orElse(ABSENT);
            case "items:" -> items(type(rest));
            case "item:" -> {
                int colon = rest.indexOf(':');
                yield item(type(rest.substring(0, colon)), rest.substring(colon + 1));
            }
            // the mentions found in a text depend on the text and on every term's name and aliases
            case Library.MENTIONS -> of(ParsedContent.readKey(rest)) + "+" + of(Library.itemsKey(Terms.TYPE));
            case Library.MINUTES -> lib.parsed().get(rest).isPresent() ? String.valueOf(lib.minutes(rest)) : ABSENT;
            case Library.TOTAL_MINUTES -> String.valueOf(lib.totalMinutes(type(rest)));
            case Library.DEFINITION -> Hashes.fast(lib.definition(rest));
            case Library.SOURCE_NUMBER -> String.valueOf(lib.sourceNumber(rest));
            case Library.VALUE -> rest.isEmpty() ? Hashes.of(lib.values().all().stream().map(NamedValues::fields).toList().toString())
                    : lib.values().get(rest).map(NamedValues::shown).map(Hashes::of).orElse(ABSENT);
            case Library.ANY_VALUE -> String.valueOf(!lib.values().all().isEmpty());
            case Library.VALUE_USES -> Hashes.of(lib.valueUses(rest).toString());
            // a page shows when its item was last reviewed, not when it is next due (that is `handbook stale`'s)
            case Library.REVIEW -> lib.review(rest).map(r -> String.valueOf(r.reviewed())).orElse(ABSENT);
            case Library.HEADING -> lib.heading(rest.substring(0, rest.lastIndexOf('#')), rest.substring(rest.lastIndexOf('#') + 1))
                    .map(Hashes::fast).orElse(ABSENT);
            case Library.TITLE -> lib.types().ref(rest).map(r -> Hashes.fast(lib.title(r))).orElse(ABSENT);
            default -> throw new IllegalStateException("a read of '" + key + "' that nothing can hash: give it its case in ReadHashes");
        };
    }

    private ContentType<?> type(String name) {
        return lib.types().named(name).orElseThrow(() -> new IllegalStateException("no content type '" + name + "'"));
    }

    /** The items in order, each by the hash of its text: equal when every item's text and the order are. */
    private <T extends Record> String items(ContentType<T> type) {
        StringBuilder sb = new StringBuilder();
        for (T item : lib.items(type)) sb.append(record(type, item)).append('\n');
        return Hashes.fast(sb.toString());
    }

    private <T extends Record> String item(ContentType<T> type, String id) {
        Optional<T> item = lib.item(type, id);
        return item.map(x -> record(type, x)).orElse(ABSENT);
    }

    private <T extends Record> String record(ContentType<T> type, T item) {
        return records.get(new Same(item), s -> Hashes.fast(RecordText.of(item, type.body(item))));
    }
}
