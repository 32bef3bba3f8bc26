package org.handbook.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Excerpts for terminal results from Lucene's unified highlighter, matched words marked «like this». */
final class Highlighting {
    private final UnifiedHighlighter highlighter;

    Highlighting(IndexSearcher searcher, Analyzer analyzer) {
        highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("«", "»", " … ", false))
                .withMaxLength(20_000).withFieldMatcher(f -> true).build();
    }

    String[] excerpts(Query q, TopDocs top) throws IOException {
        return highlighter.highlight("body", q, top, 1);
    }

    /** The first sentence or so of a text, for a record whose match is in its title only. */
    static String opening(String body) {
        return Excerpts.cut(body, 200);
    }
}
