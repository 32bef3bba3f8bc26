package org.handbook.bench;

import java.nio.file.Path;
import java.util.List;
import org.handbook.Pipeline;
import org.handbook.link.Library;
import org.handbook.search.RecordExtractor;
import org.handbook.search.SearchAnalysis;
import org.handbook.search.SearchExport;
import org.handbook.search.SearchOutput;
import org.handbook.search.SearchRecord;
import org.handbook.search.TermScores;
import org.handbook.write.OutputFile;

/**
 * The search step of a build on its own, as a build runs it but without the PDFs that share the
 * machine with it there: load the content (not timed), then records, fingerprint, scores and export,
 * a few times in one JVM. The first run is what a cold build pays; run it with the launcher's JVM flags.
 */
public final class SearchIndexBenchmark {
    private SearchIndexBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Library lib = Pipeline.library(Path.of(args[0]));
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        for (int i = 1; i <= runs; i++) {
            long t = System.nanoTime();
            List<SearchRecord> records = RecordExtractor.extract(lib);
            SearchAnalysis analysis = new SearchAnalysis(lib);
            SearchExport.fingerprint(records, analysis, SearchOutput.labels(lib));
            List<OutputFile> files = SearchExport.export(new TermScores(records, analysis, SearchExport.SCALE), SearchOutput.labels(lib));
            System.out.printf("run %d: search step %d ms, %d records, %d files%n", i, (System.nanoTime() - t) / 1_000_000, records.size(), files.size());
            if (i == runs) {
                java.util.Map<String, long[]> byFolder = new java.util.TreeMap<>();
                for (OutputFile f : files) {
                    long[] c = byFolder.computeIfAbsent(f.path().replaceFirst("/[^/]*$", "/"), k -> new long[2]);
                    c[0]++;
                    c[1] += f.bytes().length;
                }
                byFolder.forEach((folder, c) -> System.out.printf("  %-10s %6d files %,12d bytes%n", folder, c[0], c[1]));
                String keep = System.getProperty("bench.out");
                if (keep != null) {
                    for (OutputFile f : files) {
                        java.nio.file.Path p = Path.of(keep).resolve(f.path());
                        java.nio.file.Files.createDirectories(p.getParent());
                        java.nio.file.Files.write(p, f.bytes());
                    }
                }
            }
        }
    }
}
