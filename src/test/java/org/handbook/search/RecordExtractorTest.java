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

    @Test
    void cleanTextIsOneSpaceBetweenWordsWithoutMarkers() {
        assertEquals("Plain text, as it is.", RecordExtractor.clean("Plain text, as it is."));
        assertEquals("A lead space dropped.", RecordExtractor.clean("  A lead space dropped."));
        assertEquals("runs of space and tabs made one", RecordExtractor.clean(" runs  of\tspace and\n tabs made one  "));
        assertEquals("no space before, punctuation)", RecordExtractor.clean("no space before , punctuation )"));
        assertEquals("cited and headed", RecordExtractor.clean("cited [@smith2020] and headed {#id}"));
        assertEquals("an open [@ marker stays", RecordExtractor.clean("an open [@ marker stays"));
        assertEquals("em space", RecordExtractor.clean("em\u2003space"));
        assertEquals("", RecordExtractor.clean("   "));
        assertEquals("\u00a0kept", RecordExtractor.clean("\u00a0kept"));
        // read as Latin-1 bytes, where a character beyond Latin-1 comes out as '?': told from a '?' typed
        assertEquals("line separated? yes", RecordExtractor.clean("line\u2028separated? yes"));
        assertEquals("why? \u2014 because", RecordExtractor.clean("why? \u2014 because"));
        assertEquals("a \ud83d\ude00 b?", RecordExtractor.clean("a \ud83d\ude00  b?"));
        assertEquals("\ud83d\ude00 x y", RecordExtractor.clean("\ud83d\ude00 x\u2003y"));
        assertEquals("\u00e9t\u00e9? oui", RecordExtractor.clean("  \u00e9t\u00e9? oui"));
        // clean up to its first change, then cleaned from there (from the space before it, which it may drop)
        assertEquals("clean up to here and then not", RecordExtractor.clean("clean up to here  and then\tnot"));
        assertEquals("kept up to a marker and on", RecordExtractor.clean("kept up to a marker [@x] and on"));
        assertEquals("a space before a stop.", RecordExtractor.clean("a space before a stop ."));
        assertEquals("trailing", RecordExtractor.clean("trailing "));
        assertEquals("\u00e9t\u00e9 \u2014 then two", RecordExtractor.clean("\u00e9t\u00e9  \u2014 then\u2003two"));
        assertEquals("late \u2014 wide", RecordExtractor.clean("late  \u2014\twide"));
    }
}
