package org.handbook.search;

import java.util.List;
import org.handbook.link.Library;
import org.handbook.output.BuildContext;
import org.handbook.output.Output;
import org.handbook.write.OutputFile;

/** The search index as static files under search/, or the last build's when no record changed. */
public final class SearchOutput implements Output {
    @Override
    public String name() {
        return "search";
    }

    @Override
    public List<OutputFile> produce(BuildContext context) {
        Library library = context.library();
        List<SearchRecord> records = RecordExtractor.extract(library);
        try (SearchAnalysis analysis = new SearchAnalysis(library)) {
            return context.lastBuild().reuseFolder("search/", "search/", SearchExport.fingerprint(records, analysis), SearchExport::exported)
                    .orElseGet(() -> SearchExport.export(new TermScores(records, analysis, SearchExport.SCALE)));
        }
    }
}
