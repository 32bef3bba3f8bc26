package org.handbook.markdown;

/** A heading of a page: level, plain text and the id its anchor gets. */
public record Heading(int level, String text, String id) {
}
