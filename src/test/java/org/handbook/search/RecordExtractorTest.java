package org.handbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.handbook.Pipeline;
import org.handbook.TestSites;
import org.junit.jupiter.api.Test;

/** The search records of the bundled handbook: what a result's title and excerpt are made of. */
class RecordExtractorTest {
    @Test
    void tablesGiveTheirCellsAndNotTheirMarkup() throws Exception {
        List<SearchRecord> records = RecordExtractor.extract(Pipeline.library(TestSites.CONTENT));
        SearchRecord costs = records.stream().filter(r -> r.title().equals("What each costs, and how many you need")).findFirst().orElseThrow();
        assertTrue(costs.body().contains("demonstration"), costs.body());
        assertEquals(List.of(), records.stream().filter(r -> r.body().contains("---")).map(SearchRecord::url).toList(),
                "records with a table's |---| row in their text");
    }
}
