package org.handbook.types;

/**
 * A typed cross-reference such as {@code term:lora}, {@code chapter:support-bot#decision-tree} or
 * {@code glossary:index}: an item of a type (perhaps an anchor in it), or the type's index page.
 * Parsed by {@link Registry#ref(String)}, which knows the prefixes.
 */
public record TypedRef(ContentType<?> type, String id, String anchor, boolean index) {

    /** A reference to an item. */
    public static TypedRef to(ContentType<?> type, String id) {
        return new TypedRef(type, id, null, false);
    }

    /** A reference to an anchor in an item. */
    public static TypedRef to(ContentType<?> type, String id, String anchor) {
        return new TypedRef(type, id, anchor, false);
    }

    /** The prefix as written: the type's name, or its folder for the index page. */
    public String prefix() {
        return index ? type.folder() : type.name();
    }

    @Override
    public String toString() {
        return prefix() + ":" + id + (anchor == null ? "" : "#" + anchor);
    }
}
