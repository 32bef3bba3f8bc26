/**
 * Markdown: parses every body exactly once with flexmark (one immutable option set), adds the
 * handbook's own syntax ({@code [@citation]}, {@code {{value}}}) and computes stable heading ids. In: the model's
 * {@link org.handbook.model.Markdown} texts. Out: {@link org.handbook.markdown.ParsedMarkdown}
 * trees that check, link and render all read.
 */
package org.handbook.markdown;
