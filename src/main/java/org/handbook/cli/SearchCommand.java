package org.handbook.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.handbook.Pipeline;
import org.handbook.link.Library;
import org.handbook.link.Urls;
import org.handbook.problem.BuildFailed;
import org.handbook.search.RecordExtractor;
import org.handbook.search.SearchAnalysis;
import org.handbook.search.SearchIndex;
import org.handbook.types.ContentType;
import org.handbook.types.Registry;
import org.handbook.types.Terms;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code handbook search}: the site's search answered by Lucene itself, in the terminal. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Search the handbook from the terminal.")
final class SearchCommand implements Callable<Integer> {
    /** The types whose items have search records, as completion candidates. */
    static final List<String> TYPES = searched(Registry.standard());

    static List<String> searched(Registry types) {
        return types.all().stream().filter(ContentType::searched).map(ContentType::name).toList();
    }

    @ParentCommand
    Main main;

    @Mixin
    PathOptions paths;

    @Parameters(paramLabel = "QUERY", description = "Words to look for; glossary aliases count as synonyms.")
    List<String> words;

    @Option(names = "--type", paramLabel = "T", description = "Only results of this type: ${COMPLETION-CANDIDATES}.",
            completionCandidates = Types.class)
    String type;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "At most N results (default: ${DEFAULT-VALUE}).")
    int limit;

    static final class Types extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Types() {
            super(TYPES);
        }
    }

    @Override
    public Integer call() {
        List<String> known = searched(main.types());
        if (type != null && !known.contains(type)) {
            System.err.println("error: unknown type '" + type + "'; use one of " + String.join(", ", known));
            return Main.Exit.USAGE.code();
        }
        Library lib;
        try {
            lib = Pipeline.library(paths.content(), main.types());
        } catch (BuildFailed e) {
            Report.problems(System.err, e.problems());
            System.err.println("Search needs content that builds; fix the errors above.");
            return Main.Exit.PROBLEMS.code();
        }
        String query = String.join(" ", words);
        try (SearchAnalysis analysis = new SearchAnalysis(lib); SearchIndex index = new SearchIndex(RecordExtractor.extract(lib), analysis)) {
            List<SearchIndex.Hit> hits = index.search(query, type, limit);
            if (hits.isEmpty()) {
                System.out.println("No results for: " + query + ". Try fewer or other words, or browse the glossary: "
                        + Urls.canonical(lib.config().baseUrl(), Terms.TYPE.indexPath()));
                return Main.Exit.OK.code();
            }
            int n = 1;
            for (SearchIndex.Hit h : hits) {
                System.out.printf("%2d. %s  [%s, %.2f]%n    %s%n    %s%n    %s%n%n", n++, h.record().title(), h.record().type(), h.score(),
                        h.record().context(), url(lib, h.record().url()), h.excerpt().replaceAll("\\s+", " "));
            }
        }
        return Main.Exit.OK.code();
    }

    private static String url(Library lib, String sitePath) {
        int hash = sitePath.indexOf('#');
        String page = hash < 0 ? sitePath : sitePath.substring(0, hash);
        return Urls.canonical(lib.config().baseUrl(), page) + (hash < 0 ? "" : sitePath.substring(hash));
    }
}
