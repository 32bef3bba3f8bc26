/**
 * Types: the content types, each declared once ({@link org.handbook.types.ContentType}) and gathered
 * in a {@link org.handbook.types.Registry} that every stage iterates over: folder and file layout,
 * binder to the record, schema, reference prefix and URLs, templates and views, search records,
 * scaffold. Also the typed reference ({@code chapter:intro#anchor}) and the ports a declaration's
 * views and search records are written against ({@link org.handbook.types.Views},
 * {@link org.handbook.types.SearchSink}), which render and search implement. In: model. Out: the
 * declarations.
 */
package org.handbook.types;
