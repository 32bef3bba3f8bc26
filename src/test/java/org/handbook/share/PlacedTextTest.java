package org.handbook.share;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Text placed glyph by glyph ({@link InkPicture#lines}, {@link PlacedText}) is the picture Java2D draws of
 * it, to the byte of the PNG: lines of every kind of character, in each font and ink, at any fractional
 * position and size, lines closer than their glyphs are tall (glyphs that overlap), cut by the block's rows
 * and the picture's edges. A byte-equal PNG is the same pixels and the same stream, so the pieces worked out
 * once a process code exactly what the encoder makes of the drawn rows.
 */
class PlacedTextTest {
    private static final int W = 700;
    private static final int H = 240;
    private static final InkPalette PALETTE = new InkPalette(CardPainter.BG, CardPainter.FG, CardPainter.FG_SOFT, CardPainter.ACCENT,
            CardPainter.RULE);
    private static final Color[] INKS = {CardPainter.FG, CardPainter.FG_SOFT, CardPainter.ACCENT, CardPainter.RULE};
    private static final Font[] FONTS = {CardPainter.SANS_BOLD, CardPainter.SANS, CardPainter.SERIF};
    /** Letters, digits, punctuation, accents, typographic punctuation, and characters Java2D lays out as complex text. */
    private static final String SIMPLE = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:!?'\"()[]/-_&%#@ÅåÉéñÑøßÆ–—‘’“”…•";
    private static final String COMPLEX = "\u0301\u05d0\u0627\u0915\u0e01\u200d\u202e\u4e2d";

    private static String line(Random r, String alphabet, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) s.append(alphabet.charAt(r.nextInt(alphabet.length())));
        return s.toString();
    }

    @Test
    void placedTextIsWhatJava2dDraws() {
        Random r = new Random(7);
        int placed = 0;
        for (int round = 0; round < 60; round++) {
            boolean complex = round % 10 == 9;
            Font font = FONTS[round % FONTS.length].deriveFont(14f + r.nextInt(80) + r.nextFloat());
            List<String> lines = new ArrayList<>();
            for (int i = 1 + r.nextInt(3); i > 0; i--) {
                String line = line(r, SIMPLE, 1 + r.nextInt(30));
                lines.add(complex && i == 1 ? line + line(r, COMPLEX, 1) : line);
            }
            float x = r.nextInt(4) == 0 ? -20 + r.nextFloat() * 30 : r.nextFloat() * 200; // sometimes cut at the left edge
            float y = -10 + r.nextFloat() * 60;
            float lineHeight = font.getSize2D() * (0.6f + r.nextFloat()); // often closer than the glyphs are tall
            int top = r.nextInt(40);
            int bottom = top + 40 + r.nextInt(H - top - 40);
            Color ink = INKS[r.nextInt(INKS.length)];
            InkPicture byGlyphs = new InkPicture(W, H, PALETTE);
            InkPicture byJava2d = new InkPicture(W, H, PALETTE);
            for (InkPicture p : List.of(byGlyphs, byJava2d)) p.fill(CardPainter.ACCENT, 0, 0, W, Math.min(top, 6));
            byGlyphs.lines(ink, top, bottom, lines, font, x, y, lineHeight);
            byJava2d.text(ink, top, bottom, g -> CardPainter.draw(g, lines, font, x, y, lineHeight));
            if (PlacedText.of(lines, font, x, CardPainter.baselines(font, y, lineHeight, lines.size()), W, top, bottom, PALETTE.byCoverage(ink)) != null) placed++;
            assertArrayEquals(byJava2d.png(), byGlyphs.png(), "round " + round + ": " + lines + " in " + font);
        }
        assertTrue(placed >= 40, "most rounds' text is placed glyph by glyph: " + placed);
    }

    @Test
    void glyphsWhoseImagesOverlapAreWhatJava2dDraws() {
        // neighbours whose images overlap, most of them in a few rows only (a "T" over an "e", serifs, italic-like kerns)
        List<String> lines = List.of("Tewa AVAWAY fjord Ty. LT", "“Wow,” ‘Yo’ — rf/ff V.A. Tj", "wavy fifty Ty-Ve kj");
        Color ink = CardPainter.FG;
        for (Font base : FONTS) {
            for (float size : new float[] {26f, 30.5f, 44f, 68f}) {
                Font font = base.deriveFont(size);
                for (float x : new float[] {80f, 80.4f, -3.7f}) {
                    InkPicture byGlyphs = new InkPicture(W, H, PALETTE);
                    InkPicture byJava2d = new InkPicture(W, H, PALETTE);
                    float lineHeight = size * 0.9f;
                    byGlyphs.lines(ink, 0, H, lines, font, x, 4, lineHeight);
                    byJava2d.text(ink, 0, H, g -> CardPainter.draw(g, lines, font, x, 4, lineHeight));
                    assertArrayEquals(byJava2d.png(), byGlyphs.png(), font + " from " + x);
                }
            }
        }
    }

    @Test
    void onlyTextJava2dDrawsGlyphByGlyphIsPlaced() {
        byte[] table = PALETTE.byCoverage(CardPainter.FG);
        Font font = CardPainter.SANS_BOLD.deriveFont(40f);
        assertNotNull(PlacedText.of(List.of("Fine-tune, or don’t…"), font, 10, new float[] {40}, W, 0, H, table));
        assertNull(PlacedText.of(List.of("caf\u0065\u0301"), font, 10, new float[] {40}, W, 0, H, table), "a combining accent");
        assertNull(PlacedText.of(List.of("\u0645\u0631\u062d\u0628\u0627"), font, 10, new float[] {40}, W, 0, H, table), "Arabic");
        assertNull(PlacedText.of(List.of("Large"), font.deriveFont(120f), 10, new float[] {40}, W, 0, H, table), "filled as outlines");
    }
}
