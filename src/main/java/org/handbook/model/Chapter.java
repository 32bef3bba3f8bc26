package org.handbook.model;

/** A section of the book: front matter, introduction, a numbered chapter or an appendix. */
public record Chapter(String id, String number, String title, String claim, Integer minutes,
                      Markdown body, SourceMap source) {
}
