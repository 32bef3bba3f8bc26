/**
 * Search: the site's sections become records; Lucene analyses and scores them at build time
 * (English stemming, stop words, BM25 with field boosts, glossary aliases as synonyms) and
 * answers {@code handbook search}; the per-term scores are exported as small static shards that
 * the browser sums, so it ranks as Lucene does without shipping an engine. In: a
 * {@link org.handbook.link.Library}. Out: {@link org.handbook.write.OutputFile}s under search/.
 */
package org.handbook.search;
