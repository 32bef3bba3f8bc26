/**
 * Link: turns checked content into a {@link org.handbook.link.Library}: the items of each type in
 * reading order and by id, the title and URL of whatever a reference names, citation numbers,
 * glossary definitions and the first mention of each term on each page. In: content and parsed
 * Markdown. Out: the library render reads, and warnings about terms never used, sources never
 * cited and reading times.
 */
package org.handbook.link;
