package org.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The scan finds each kind of character wherever it is, in short and long strings, and misses none above U+00FF. */
class TextScanTest {
    private final TextScan scan = new TextScan();

    @Test
    void findsEachKind() {
        assertEquals(0, scan.of(""));
        assertEquals(0, scan.of("plain words, 'quoted' · ok?"));
        assertEquals(TextScan.LINES, scan.of("one\ntwo"));
        assertEquals(TextScan.LINES, scan.of("\tlead"));
        assertEquals(TextScan.MARKUP, scan.of("a < b"));
        assertEquals(TextScan.MARKUP, scan.of("a > b"));
        assertEquals(TextScan.MARKUP, scan.of("say \"x\""));
        assertEquals(TextScan.MARKUP | TextScan.ESCAPED, scan.of("a &amp; b"));
        assertEquals(TextScan.ESCAPED, scan.of("a \\* b"));
        assertEquals(TextScan.LINES | TextScan.MARKUP | TextScan.ESCAPED, scan.of("\\\n<"));
    }

    @Test
    void longStringsAfterShortOnes() {
        assertEquals(TextScan.MARKUP, scan.of("<"));
        String tail = "x".repeat(5_000) + "&";
        assertEquals(TextScan.MARKUP | TextScan.ESCAPED, scan.of(tail));
        assertEquals(0, scan.of("x".repeat(300)));
        assertEquals(TextScan.LINES, scan.of("y".repeat(4_999) + "\n"));
    }

    @Test
    void wideCharactersHideNothing() {
        assertEquals(TextScan.MARKUP, scan.of("\u2019quoted\u2019 <"));
        assertEquals(0, scan.of("\u2019\u2610\u2611"));
        assertEquals(TextScan.LINES, scan.of("\u2014\n"));
    }
}
