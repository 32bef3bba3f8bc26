package org.handbook.share;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import org.junit.jupiter.api.Test;

/**
 * A glyph's rows as one array ({@link Glyph#rows}): each row's record names the columns from its first byte
 * that is not zero to after its last, and its piece adds those bytes of the row filtered "Up", whole between
 * zeros or joined to the runs around it (its middle runs kept apart from the records), as adding them byte by
 * byte does; and names the columns the glyph covers in that row or the one above, where it can meet another.
 */
class GlyphTest {
    private static final InkPalette PALETTE = new InkPalette(CardPainter.BG, CardPainter.FG, CardPainter.FG_SOFT, CardPainter.ACCENT,
            CardPainter.RULE);

    private static byte[] bytes(RunDeflate z) {
        Bits bits = z.finish();
        byte[] out = new byte[bits.byteCount()];
        bits.copyTo(out, 0);
        return out;
    }

    /** Row {@code r} of {@code g} (rows -1 and {@code height} blank) less the row above, through {@code table}, at column {@code x}. */
    private static int filtered(Glyph g, byte[] table, int r, int x) {
        int now = r < g.height ? table[g.coverage[r * g.width + x] & 0xff] : table[0];
        int above = r > 0 ? table[g.coverage[(r - 1) * g.width + x] & 0xff] : table[0];
        return (now - above) & 0xff;
    }

    @Test
    void eachRowsPieceAddsItsBytesFiltered() {
        int joined = 0;
        for (Font font : new Font[] {CardPainter.SERIF.deriveFont(31.5f), CardPainter.SANS_BOLD.deriveFont(66f)}) {
            Glyph[] known = Glyph.of(font);
            for (char c : "AgW@%&ßx".toCharArray()) {
                Glyph g = Glyph.of(font, known, font.createGlyphVector(CardPainter.FRC, String.valueOf(c)).getGlyphCode(0));
                for (byte[] table : new byte[][] {PALETTE.byCoverage(CardPainter.FG), PALETTE.byCoverage(CardPainter.ACCENT)}) {
                    int[] rows = g.rows(table);
                    for (int r = 0; r <= g.height; r++) {
                        int at = rows[r];
                        int from = rows[at + Glyph.FROM];
                        int to = rows[at + Glyph.TO];
                        for (int x = 0; x < g.width; x++) {
                            if (x < from || x >= to) assertEquals(0, filtered(g, table, r, x), "row " + r + " column " + x);
                        }
                        if (from == to) continue;
                        assertTrue(filtered(g, table, r, from) != 0 && filtered(g, table, r, to - 1) != 0, "row " + r);
                        for (boolean alone : new boolean[] {true, false}) {
                            RunDeflate byBytes = new RunDeflate();
                            RunDeflate byPiece = new RunDeflate();
                            // whole between zeros; or joined to a run of its first byte before it and of its last after it
                            int before = alone ? 0 : filtered(g, table, r, from);
                            int after = alone ? 0 : filtered(g, table, r, to - 1);
                            byBytes.add(before, 3);
                            for (int x = from; x < to; x++) byBytes.add(filtered(g, table, r, x));
                            byBytes.add(after, 3);
                            if (alone) byPiece.addAlone(3, rows, at + Glyph.PIECE);
                            else {
                                byPiece.add(before, 3);
                                byPiece.add(rows, at + Glyph.PIECE);
                                if (rows[at + Glyph.PIECE + DeflatePiece.MIDDLE] >= 0) joined++;
                            }
                            byPiece.add(after, 3);
                            assertArrayEquals(bytes(byBytes), bytes(byPiece), "row " + r + (alone ? " alone" : " joined"));
                        }
                    }
                }
            }
        }
        assertTrue(joined > 100, "pieces with middle runs: " + joined);
    }

    /** Whether {@code g} covers column {@code x} in row {@code r} or the row above (rows -1 and {@code height} blank). */
    private static boolean covers(Glyph g, int r, int x) {
        boolean now = r < g.height && g.coverage[r * g.width + x] != 0;
        return now || r > 0 && g.coverage[(r - 1) * g.width + x] != 0;
    }

    @Test
    void eachRowsRecordNamesTheColumnsItAndTheRowAboveCover() {
        int narrower = 0;
        for (Font font : new Font[] {CardPainter.SERIF.deriveFont(30f), CardPainter.SANS_BOLD.deriveFont(68f)}) {
            Glyph[] known = Glyph.of(font);
            for (char c : "TAVgfj.|".toCharArray()) {
                Glyph g = Glyph.of(font, known, font.createGlyphVector(CardPainter.FRC, String.valueOf(c)).getGlyphCode(0));
                int[] rows = g.rows(PALETTE.byCoverage(CardPainter.FG));
                for (int r = 0; r <= g.height; r++) {
                    int at = rows[r];
                    int left = rows[at + Glyph.LEFT];
                    int right = rows[at + Glyph.RIGHT];
                    for (int x = 0; x < g.width; x++) {
                        if (x < left || x >= right) assertTrue(!covers(g, r, x), "row " + r + " column " + x + " of " + c);
                    }
                    if (left < right) assertTrue(covers(g, r, left) && covers(g, r, right - 1), "row " + r + " of " + c);
                    if (right - left < g.width) narrower++;
                }
            }
        }
        assertTrue(narrower > 100, "rows narrower than their glyph's image: " + narrower);
    }
}
