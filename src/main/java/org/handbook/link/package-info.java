/**
 * Link: turns checked content into a {@link org.handbook.link.Library}: items in reading order,
 * the URL of every page and anchor, citation numbers, glossary definitions and the first mention
 * of each term on each page. In: content and parsed Markdown. Out: the library render reads,
 * and warnings about terms never used and sources never cited.
 */
package org.handbook.link;
