package org.handbook.types;

import java.util.List;
import java.util.function.Supplier;
import org.handbook.model.Verdict;

/**
 * What a type's views may ask about the site while one page is rendered: links relative to that
 * page, the HTML of an item's Markdown as it appears there, other items. Every read of a view goes
 * through here, so what a page reads can be recorded (for a render cache keyed on its inputs).
 */
public interface Views {

    /** The site path of the page being rendered. */
    String page();

    /** A link to an item, titled with the item's title. */
    Link link(ContentType<?> type, String id);

    /** A link to what a reference points at (an item, its anchor or an index page). */
    Link link(TypedRef ref);

    /** A link to what a written reference ({@code technique:retrieval}) points at; the reference has been checked. */
    Link link(String reference);

    default List<Link> links(ContentType<?> type, List<String> ids) {
        return ids.stream().map(id -> link(type, id)).toList();
    }

    /** The href of an item, relative to this page. */
    String href(ContentType<?> type, String id);

    /**
     * A parsed text ({@link ContentType#textKey}) as HTML on this page, its heading and note ids
     * prefixed with {@code idPrefix} when several texts share the page; "" when there is no such text.
     */
    String html(String textKey, String idPrefix);

    /**
     * A text from YAML (a question, an option, a summary) as HTML on this page: escaped, and each
     * {@code {{name}}} shown as its named value with the value's source and date on hover and tap.
     * Templates print it with {@code ?no_esc}.
     */
    String inline(String text);

    /** A text from YAML with each {@code {{name}}} replaced by its value as it reads, for plain text (titles, pictures). */
    String plain(String text);

    default List<String> inline(List<String> texts) {
        return texts.stream().map(this::inline).toList();
    }

    /** Every item of a type, in reading order: a read of all of them, so a page that lists them follows every edit. */
    <T extends Record> List<T> items(ContentType<T> type);

    /** One item of a type, if there is one by that id: a read of that item alone. */
    <T extends Record> java.util.Optional<T> item(ContentType<T> type, String id);

    /** Reading time of a text in whole minutes (at least one). */
    int minutes(String textKey);

    /** The number a source has in the register, as citations show it. */
    int sourceNumber(String id);

    /** A verdict handbook.yaml declares, by its id (checked). */
    Verdict verdict(String id);

    /** A value computed once per build and shared by every page, such as a flowchart's layout. */
    <V> V shared(String key, Supplier<V> make);
}
