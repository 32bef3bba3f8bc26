package org.handbook.search;

/**
 * One thing a search can land on: a section of a page (a heading and its text), a glossary term,
 * a checklist item or a flowchart outcome. {@code title} is its own name, {@code context} the page
 * and the headings above it; {@code url} is a site path with its #anchor. A checklist item shows
 * its text as its title but is not a heading: {@link #named()} is false and its text is searched
 * as text, so items do not crowd out the sections that explain them.
 */
public record SearchRecord(int id, String type, String title, String context, String url, String body, boolean named) {

    /** What the title field holds: the name of a named record, else nothing (its text is in the body). */
    public String indexedTitle() {
        return named ? title : "";
    }

    /** What the body field holds. */
    public String indexedBody() {
        return named ? body : title + " " + body;
    }
}
