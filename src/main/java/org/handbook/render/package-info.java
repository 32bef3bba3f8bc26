/**
 * Render: the site's pages. {@link org.handbook.render.SitePages} decides which pages exist (home,
 * a page per item and an index per type of the registry, print, search), each a
 * {@link org.handbook.render.Page}; {@link org.handbook.render.SiteRenderer} draws them with
 * FreeMarker (.ftlh, auto-escaped) from the types' views and Markdown rendered by the handbook's
 * node renderers (typed links, citations, term tooltips, embeds, callouts, footnotes), written by
 * {@link org.handbook.render.BodyWriter} where a text's node types allow, else by flexmark, adds the
 * 404 page and the sitemap, and reuses a page whose inputs are unchanged. Also the templates,
 * the content-hashed assets and the render cache that other outputs (PDFs) use too. In: a
 * {@link org.handbook.link.Library}. Out: {@link org.handbook.write.OutputFile}s.
 */
package org.handbook.render;
