/**
 * Search: the site's sections become records; Lucene analyses and scores them at build time
 * (English stemming, stop words, BM25 with field boosts, glossary aliases as synonyms) and
 * answers {@code handbook search}; each stem's best scores, the records holding it and the records'
 * norms are exported as static files packed by size (docs/search-format.md), from which the
 * browser ranks as Lucene does. In: a
 * {@link org.handbook.link.Library}. Out: {@link org.handbook.write.OutputFile}s under search/.
 */
package org.handbook.search;
