package org.handbook.share;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.Inflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The encoder's PNG reads back as the same pixels, rows that repeat the one above and the first row
 * included, its zlib stream inflates whole with a checksum that holds, and a card's bytes are the same
 * whichever thread encodes it.
 */
class PngTest {

    /**
     * Rows 5-9 and 20-22 repeat the row above; rows 12-14 differ from it only in the middle, in the first
     * pixel, in the last; elsewhere noise, dark and light, so every channel difference wraps both ways.
     */
    private static BufferedImage picture() {
        BufferedImage img = new BufferedImage(37, 23, BufferedImage.TYPE_INT_RGB);
        Random r = new Random(7);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                boolean repeats = y >= 5 && y < 10 || y >= 12 && y < 15 || y >= 20;
                img.setRGB(x, y, repeats ? img.getRGB(x, y - 1) : r.nextInt(0x1000000));
            }
        }
        for (int x = 10; x < 16; x++) img.setRGB(x, 12, r.nextInt(0x1000000));
        img.setRGB(0, 13, r.nextInt(0x1000000));
        img.setRGB(36, 14, r.nextInt(0x1000000));
        return img;
    }

    @Test
    void readsBackPixelForPixel() throws Exception {
        BufferedImage img = picture();
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(Png.encode(img)));
        for (int y = 0; y < img.getHeight(); y++) {
            assertArrayEquals(img.getRGB(0, y, img.getWidth(), 1, null, 0, img.getWidth()),
                    back.getRGB(0, y, img.getWidth(), 1, null, 0, img.getWidth()), "row " + y);
        }
    }

    @Test
    void theZlibStreamInflatesWholeAndItsChecksumHolds() throws Exception {
        BufferedImage img = picture();
        byte[] png = Png.encode(img);
        int length = ByteBuffer.wrap(png, 33, 4).getInt(); // the IDAT chunk follows the signature and IHDR
        assertEquals("IDAT", new String(png, 37, 4, StandardCharsets.US_ASCII));
        Inflater inflater = new Inflater();
        inflater.setInput(png, 41, length);
        int rowBytes = 3 * img.getWidth() + 1;
        byte[] rows = new byte[rowBytes * img.getHeight() + 1];
        int n = inflater.inflate(rows); // throws when the stream's Adler-32 does not match its data
        assertTrue(inflater.finished(), "the stream ends with its final block and checksum");
        assertEquals(rowBytes * img.getHeight(), n);
        assertEquals(0, inflater.getRemaining());
        for (int y = 0; y < img.getHeight(); y++) assertEquals(2, rows[y * rowBytes], "row " + y + " is filtered Up");
    }

    @Test
    void aCardIsTheSameBytesFromAnyThread() {
        PreviewCard card = new PreviewCard("Chapter 4", "Labels people disagree on", "How much agreement a rubric needs first.", "Handbook");
        byte[] once = card.png();
        java.util.List<byte[]> parallel = java.util.stream.IntStream.range(0, 8).parallel().mapToObj(i -> card.png()).toList();
        for (byte[] png : parallel) assertArrayEquals(once, png);
    }

    @Test
    void aCardIsWrittenWithThePaletteAndReadsBackWithinItsTolerance() throws Exception {
        BufferedImage card = new PreviewCard("Chapter 3", "When retrieval beats fine-tuning, and how to tell from one week of data",
                "The measurements that decide it, with the numbers a team can collect before the next meeting.", "Fine-Tune, or Don't").draw();
        byte[] png = CardPainter.png(card);
        assertEquals(3, png[25], "colour type 3: palette");
        assertEquals("PLTE", new String(png, 37, 4, StandardCharsets.US_ASCII));
        assertTrue(png.length < Png.encode(card).length, "smaller than RGB");
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        int inked = 0;
        for (int y = 0; y < card.getHeight(); y++) {
            for (int x = 0; x < card.getWidth(); x++) {
                int a = card.getRGB(x, y);
                int b = back.getRGB(x, y);
                if ((a & 0xffffff) != (CardPainter.BG.getRGB() & 0xffffff)) inked++;
                for (int shift = 0; shift <= 16; shift += 8) {
                    int d = Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff));
                    assertTrue(d <= InkPalette.TOLERANCE, "pixel " + x + "," + y + " off by " + d);
                }
            }
        }
        assertTrue(inked > 20_000, "the card has text and bars to check: " + inked);
    }

    @Test
    void aPictureNoInkExplainsIsWrittenInRgbPixelForPixel() throws Exception {
        BufferedImage img = picture();
        byte[] png = Png.encode(img, new InkPalette(CardPainter.BG, CardPainter.FG));
        assertEquals(2, png[25], "colour type 2: RGB");
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        for (int y = 0; y < img.getHeight(); y++) {
            assertArrayEquals(img.getRGB(0, y, img.getWidth(), 1, null, 0, img.getWidth()),
                    back.getRGB(0, y, img.getWidth(), 1, null, 0, img.getWidth()), "row " + y);
        }
    }
}
