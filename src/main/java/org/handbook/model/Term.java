package org.handbook.model;

import java.util.List;

/** A glossary entry; the first paragraph of its body is the short definition for tooltips. */
public record Term(String id, String term, List<String> aliases, List<String> see, Markdown body,
                   SourceMap source) {
}
