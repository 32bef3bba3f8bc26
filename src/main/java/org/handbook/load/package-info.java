/**
 * Load: reads every file under the content directory once (strict UTF-8, BOM and CRLF
 * accepted), splits front matter, parses YAML keeping the position of every value, validates it
 * against the type's JSON Schema and binds it to the records of {@code model}. In: a directory.
 * Out: a {@link org.handbook.model.Content} and problems.
 */
package org.handbook.load;
