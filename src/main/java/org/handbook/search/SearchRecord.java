package org.handbook.search;

/**
 * One thing a search can land on: a section of a page (a heading and its text), a glossary term,
 * a checklist item or a flowchart outcome. {@code title} is its own name, {@code context} the page
 * and the headings above it; {@code url} is a site path with its #anchor.
 */
public record SearchRecord(int id, String type, String title, String context, String url, String body) {
}
