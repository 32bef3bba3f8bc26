package org.handbook.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handbook.link.Library;
import org.handbook.output.BuildContext;
import org.handbook.output.Output;
import org.handbook.types.ContentType;
import org.handbook.write.OutputFile;

/** The search index as static files under search/, or the last build's when no record changed. */
public final class SearchOutput implements Output {
    @Override
    public String name() {
        return "search";
    }

    /** Hundreds of milliseconds on a large site: the dev server writes the page a save changed first. */
    @Override
    public boolean slow() {
        return true;
    }

    @Override
    public List<OutputFile> produce(BuildContext context) {
        Library library = context.library();
        List<SearchRecord> records = RecordExtractor.extract(library, context.keeps().memo("search-records"));
        Map<String, List<String>> labels = labels(library);
        ExportMemo memo = ExportMemo.of(context.lastBuild());
        try (SearchAnalysis analysis = new SearchAnalysis(library)) {
            RecordHashes hashes = RecordHashes.of(records, context.keeps().memo("search-record-hashes"));
            var same = context.lastBuild().reuseFolder("search/", "search/", SearchExport.fingerprint(hashes, records.size(), analysis, labels),
                    SearchExport::exported);
            if (same.isPresent()) {
                memo.carry();
                // what a warm process keeps of the search, for the next build, which makes files again
                context.keeps().memo(TermScores.KEPT).carry();
                context.keeps().memo(VocabularyFiles.KEPT).carry();
                return same.get();
            }
            return SearchExport.export(new TermScores(records, hashes, analysis, SearchExport.SCALE, context.cache(), context.keeps()), labels, memo,
                    context.keeps().memo(VocabularyFiles.KEPT));
        }
    }

    /** By searched type, in the registry's order, what the handbook calls one item and several: the browser shows them. */
    public static Map<String, List<String>> labels(Library library) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (ContentType<?> t : library.types().all()) {
            if (t.searched()) out.put(t.name(), List.of(library.words(t).label(), library.words(t).plural()));
        }
        return out;
    }
}
