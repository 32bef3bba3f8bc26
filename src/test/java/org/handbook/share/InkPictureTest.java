package org.handbook.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Text drawn as coverage in an ink reads back within a few values of each channel of the same text
 * drawn by Java2D in RGB over the background (glyphs that overlap included), cut to its rows; rectangles
 * are the ink itself; and the PNG reads back as the picture.
 */
class InkPictureTest {
    /** How far a pixel's channel may be from Java2D's RGB blend: half a level's step (2-4 values) and rounding. */
    private static final int TOLERANCE = 4;
    private static final int W = 900;
    private static final int H = 260;
    private static final InkPalette PALETTE = new InkPalette(CardPainter.BG, CardPainter.FG, CardPainter.FG_SOFT, CardPainter.ACCENT,
            CardPainter.RULE);
    private static final Font FONT = CardPainter.SANS_BOLD.deriveFont(60f);
    /** Lines closer than the font's height, a glyph drawn over another: the same ink's coverage adds up as Java2D blends it. */
    private static final Consumer<Graphics2D> TEXT = g -> {
        CardPainter.draw(g, List.of("Wavy jig, quaffed", "Ågård ñ fjord Q"), FONT, 20, 10, 50);
        g.drawString("Ox", 600, 200);
        g.drawString("xO", 612, 204);
    };

    private static BufferedImage rgb(Color ink, int top, int bottom) {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(CardPainter.BG);
        g.fillRect(0, 0, W, H);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(ink);
        g.clipRect(0, top, W, bottom - top);
        TEXT.accept(g);
        g.dispose();
        return img;
    }

    private static BufferedImage readBack(InkPicture picture) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(picture.png()));
    }

    @Test
    void textInEachInkIsWithinAFewValuesOfJava2dsRgb() throws Exception {
        for (Color ink : List.of(CardPainter.FG, CardPainter.FG_SOFT, CardPainter.ACCENT, CardPainter.RULE)) {
            InkPicture picture = new InkPicture(W, H, PALETTE);
            picture.text(ink, 0, H, TEXT);
            BufferedImage expected = rgb(ink, 0, H);
            BufferedImage back = readBack(picture);
            int inked = 0;
            int full = 0;
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    int a = expected.getRGB(x, y);
                    int b = back.getRGB(x, y);
                    if ((a & 0xffffff) != (CardPainter.BG.getRGB() & 0xffffff)) inked++;
                    if ((b & 0xffffff) == (ink.getRGB() & 0xffffff)) full++;
                    for (int shift = 0; shift <= 16; shift += 8) {
                        int d = Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff));
                        assertTrue(d <= TOLERANCE, ink + ": pixel " + x + "," + y + " off by " + d);
                    }
                }
            }
            assertTrue(inked > 20_000 && full > 5_000, ink + ": text to compare, " + inked + " pixels, " + full + " in the ink itself");
        }
    }

    @Test
    void textIsCutToItsRowsAndEndsWhereTheNextBegins() throws Exception {
        InkPicture picture = new InkPicture(W, H, PALETTE);
        picture.text(CardPainter.ACCENT, 0, H, TEXT); // the whole picture: every row in the accent first
        picture.text(CardPainter.FG, 40, 90, TEXT); // then rows 40-89 the same text in another ink, cut
        BufferedImage accent = rgb(CardPainter.ACCENT, 0, H);
        BufferedImage cut = rgb(CardPainter.FG, 40, 90);
        BufferedImage back = readBack(picture);
        for (int y = 0; y < H; y++) {
            BufferedImage expected = y >= 40 && y < 90 ? cut : accent;
            for (int x = 0; x < W; x++) {
                int a = expected.getRGB(x, y);
                int b = back.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    assertTrue(Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)) <= TOLERANCE, "pixel " + x + "," + y);
                }
            }
        }
    }

    @Test
    void aRectangleIsItsInkAndTheRestTheBackground() throws Exception {
        InkPicture picture = new InkPicture(W, H, PALETTE);
        picture.fill(CardPainter.RULE, 100, 30, 200, 2);
        picture.fill(CardPainter.ACCENT, W - 10, H - 5, 50, 50); // cut at the picture's edge
        BufferedImage back = readBack(picture);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                Color c = x >= 100 && x < 300 && y >= 30 && y < 32 ? CardPainter.RULE
                        : x >= W - 10 && y >= H - 5 ? CardPainter.ACCENT : CardPainter.BG;
                assertEquals(c.getRGB() & 0xffffff, back.getRGB(x, y) & 0xffffff, "pixel " + x + "," + y);
            }
        }
        picture.text(CardPainter.FG, 100, 120, TEXT);
        assertThrows(IllegalStateException.class, () -> picture.fill(CardPainter.RULE, 0, 110, 10, 1), "text owns its rows");
    }

    @Test
    void aRectanglePaintedAfterACopyIsInThatPictureAlone() throws Exception {
        InkPicture shared = new InkPicture(W, H, PALETTE);
        shared.fill(CardPainter.ACCENT, 0, 0, W, 8);
        InkPicture card = new InkPicture(W, H, PALETTE);
        card.copy(shared);
        card.fill(CardPainter.RULE, 0, 100, W, 2);
        shared.fill(CardPainter.FG, 0, 200, W, 2);
        int rule = PALETTE.byCoverage(CardPainter.RULE)[255] & 0xff;
        int fg = PALETTE.byCoverage(CardPainter.FG)[255] & 0xff;
        assertEquals(rule, card.entry(5, 100));
        assertEquals(0, card.entry(5, 200), "the shared picture's later rectangle is not the copy's");
        assertEquals(0, shared.entry(5, 100), "the copy's rectangle is not the shared picture's");
        assertEquals(fg, shared.entry(5, 200));
        assertEquals(PALETTE.byCoverage(CardPainter.ACCENT)[255] & 0xff, card.entry(5, 3), "what was copied");
    }

    @Test
    void aCopyIsThePictureWhateverWasDrawnBefore() throws Exception {
        InkPicture shared = new InkPicture(W, H, PALETTE);
        shared.fill(CardPainter.ACCENT, 0, 0, W, 8);
        shared.text(CardPainter.FG, 150, H, TEXT);
        InkPicture reused = new InkPicture(W, H, PALETTE);
        reused.text(CardPainter.FG_SOFT, 0, H, TEXT);
        reused.copy(shared);
        reused.text(CardPainter.ACCENT, 20, 80, TEXT);
        InkPicture fresh = new InkPicture(W, H, PALETTE);
        fresh.copy(shared);
        fresh.text(CardPainter.ACCENT, 20, 80, TEXT);
        assertEquals(java.util.HexFormat.of().formatHex(fresh.png()), java.util.HexFormat.of().formatHex(reused.png()));
        BufferedImage back = readBack(reused);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int e = reused.entry(x, y);
                byte[] plte = PALETTE.plte();
                int rgb = (plte[3 * e] & 0xff) << 16 | (plte[3 * e + 1] & 0xff) << 8 | plte[3 * e + 2] & 0xff;
                assertEquals(rgb, back.getRGB(x, y) & 0xffffff, "pixel " + x + "," + y);
            }
        }
    }
}
