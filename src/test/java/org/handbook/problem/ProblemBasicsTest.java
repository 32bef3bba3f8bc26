package org.handbook.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProblemBasicsTest {

    @Test
    void lineMapGivesOneBasedLinesAndColumns() {
        LineMap m = new LineMap("ab\ncde\n\nf");
        assertEquals(1, m.line(0));
        assertEquals(2, m.column(1));
        assertEquals(2, m.line(3));
        assertEquals(1, m.column(3));
        assertEquals(3, m.line(7));
        assertEquals(4, m.line(8));
        assertEquals(4, m.lineCount());
    }

    @Test
    void didYouMeanPicksTheClosestAndGivesUpWhenNothingIsClose() {
        assertEquals(Optional.of("title"), DidYouMean.closest("titel", List.of("claim", "title", "number")));
        assertEquals(Optional.empty(), DidYouMean.closest("zzzzzz", List.of("claim", "title")));
        assertEquals("did you mean 'lora'?", DidYouMean.hint("lorra", List.of("lora", "qlora"), "term"));
    }

    @Test
    void problemsAreSortedByFileLineAndColumnAndFormatted() {
        Problems p = new Problems();
        p.error(Rule.SCHEMA, new Position("b.md", 1, 1), "second file", null);
        p.warning(Rule.SCHEMA, new Position("a.md", 10, 2), "later line", "fix it");
        p.error(Rule.SCHEMA, new Position("a.md", 2, 5), "earlier line", null);
        List<Problem> sorted = p.sorted();
        assertEquals("a.md:2:5: error: earlier line", sorted.get(0).format());
        assertEquals("a.md:10:2: warning: later line\n    hint: fix it", sorted.get(1).format());
        assertEquals("b.md", sorted.get(2).position().path());
    }
}
