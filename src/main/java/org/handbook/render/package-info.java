/**
 * Render: Markdown to HTML with the handbook's node renderers (typed links, citations, term
 * tooltips, embeds, callouts), FreeMarker pages from view records, assets with content-hashed
 * names, the sitemap and the exported schemas. In: a {@link org.handbook.link.Library}. Out:
 * {@link org.handbook.write.OutputFile}s, rendered in parallel.
 */
package org.handbook.render;
