/**
 * Load: reads every file of every type of the registry once (strict UTF-8, BOM and CRLF
 * accepted), splits front matter, parses YAML keeping the position of every value, validates it
 * against the type's JSON Schema and binds it with the type's binder. In: a directory and a
 * {@link org.handbook.types.Registry}. Out: a {@link org.handbook.load.Content} and problems.
 */
package org.handbook.load;
