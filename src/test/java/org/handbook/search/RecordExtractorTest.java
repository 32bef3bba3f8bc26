package org.handbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.handbook.Pipeline;
import org.handbook.TestSites;
import org.junit.jupiter.api.Test;

/** The search records of a handbook (the sample fixture): what a result's title and excerpt are made of. */
class RecordExtractorTest {
    @Test
    void tablesGiveTheirCellsAndNotTheirMarkup() throws Exception {
        List<SearchRecord> records = RecordExtractor.extract(Pipeline.library(TestSites.SAMPLE));
        // the sample's first section holds a table whose columns are aligned left, right and centre
        SearchRecord section = records.stream().filter(r -> r.title().equals("Why facts go stale")).findFirst().orElseThrow();
        assertTrue(section.body().contains("Retrieval low facts"), section.body());
        assertEquals(List.of(), records.stream().filter(r -> r.body().contains("--")).map(SearchRecord::url).toList(),
                "records with a table's |---| row in their text");
    }
}
