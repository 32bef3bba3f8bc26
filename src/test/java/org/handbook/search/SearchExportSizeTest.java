package org.handbook.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.handbook.TestSites;
import org.junit.jupiter.api.Test;

/**
 * The export's size rule on the built handbook and sample: no more search files than the site has
 * pages and {@value SearchExport#SPARE_FILES} more (Pagefind's bundle has a file a page and some
 * twenty-five of its own), and a small site's records in a few files, so that a results page loads
 * them in a few requests.
 */
class SearchExportSizeTest {
    static List<String> files(Path site) throws Exception {
        try (Stream<Path> all = Files.walk(site)) {
            return all.filter(Files::isRegularFile).map(p -> site.relativize(p).toString().replace('\\', '/')).toList();
        }
    }

    static void holds(Path site) throws Exception {
        List<String> files = files(site);
        long pages = files.stream().filter(f -> f.endsWith(".html")).count();
        List<String> search = files.stream().filter(SearchExport::exported).toList();
        long records = search.stream().filter(f -> f.startsWith("search/f/")).count();
        assertTrue(search.contains("search/index.js") && records > 0, search.toString());
        assertTrue(search.size() <= pages + SearchExport.SPARE_FILES, search.size() + " search files for " + pages + " pages");
        assertTrue(records <= FragmentFiles.SMALL_FILES, records + " record files");
    }

    @Test
    void theHandbooksSearchFilesAreFewerThanItsPagesAndSixteen() throws Exception {
        holds(TestSites.handbookSite());
    }

    @Test
    void theSamplesSearchFilesAreFewerThanItsPagesAndSixteen() throws Exception {
        holds(TestSites.sampleSite());
    }
}
