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
 * The encoder's PNG reads back as the same palette entries, rows that repeat the one above and the first
 * row included, rows read through a table (text drawn as coverage) as well as rows of entries; its zlib
 * stream inflates whole with a checksum that holds, to the rows filtered "Up"; and a card's bytes are the
 * same whichever thread encodes it.
 */
class PngTest {
    private static final int W = 37;
    private static final int H = 23;

    /** Reads a byte as 255 less it: the table of rows 0-2 and 8-16 (the first row's zeros are not entry 0; rows 3, 8 and 17 change tables). */
    private static final byte[] INVERTED = new byte[256];

    static {
        for (int i = 0; i < 256; i++) INVERTED[i] = (byte) (255 - i);
    }

    /**
     * Rows 5-9 and 20-22 repeat the row above (in bytes); rows 12-14 differ from it only in the middle, in the
     * first pixel, in the last; elsewhere noise, so every difference of entries wraps both ways.
     */
    private static byte[] bytes() {
        byte[] px = new byte[W * H];
        Random r = new Random(7);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                boolean repeats = y >= 5 && y < 10 || y >= 12 && y < 15 || y >= 20;
                px[y * W + x] = repeats ? px[(y - 1) * W + x] : (byte) r.nextInt(256);
            }
        }
        for (int x = 10; x < 16; x++) px[12 * W + x] = (byte) r.nextInt(256);
        px[13 * W] = (byte) r.nextInt(256);
        px[14 * W + 36] = (byte) r.nextInt(256);
        return px;
    }

    private static final byte[] SAME = new byte[256];

    static {
        for (int i = 0; i < 256; i++) SAME[i] = (byte) i;
    }

    private static byte[] table(int y) {
        return y < 3 || y >= 8 && y < 17 ? INVERTED : SAME;
    }

    /** Each pixel's entry, as the encoder is to write it. */
    private static int entry(byte[] px, int x, int y) {
        return table(y)[px[y * W + x] & 0xff] & 0xff;
    }

    private static byte[] palette() {
        byte[] plte = new byte[3 * 256];
        new Random(11).nextBytes(plte);
        return plte;
    }

    private static byte[] encoded(byte[] px) {
        return Png.encode(W, H, palette(), new Png.Rows() {
            @Override
            public boolean addFiltered(int y, RunDeflate out) {
                return false;
            }

            @Override
            public byte[] bytes(int y) {
                return px;
            }

            @Override
            public int at(int y) {
                return y * W;
            }

            @Override
            public byte[] table(int y) {
                return PngTest.table(y);
            }
        }, new Bits(16));
    }

    @Test
    void readsBackEntryForEntry() throws Exception {
        byte[] px = bytes();
        byte[] plte = palette();
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(encoded(px)));
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int e = entry(px, x, y);
                int rgb = (plte[3 * e] & 0xff) << 16 | (plte[3 * e + 1] & 0xff) << 8 | plte[3 * e + 2] & 0xff;
                assertEquals(rgb, back.getRGB(x, y) & 0xffffff, "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void theZlibStreamInflatesWholeToTheRowsFilteredUp() throws Exception {
        byte[] px = bytes();
        byte[] png = encoded(px);
        assertEquals(3, png[25], "colour type 3: palette");
        int plte = ByteBuffer.wrap(png, 33, 4).getInt();
        assertEquals("PLTE", new String(png, 37, 4, StandardCharsets.US_ASCII));
        int idatAt = 33 + 12 + plte;
        int length = ByteBuffer.wrap(png, idatAt, 4).getInt();
        assertEquals("IDAT", new String(png, idatAt + 4, 4, StandardCharsets.US_ASCII));
        Inflater inflater = new Inflater();
        inflater.setInput(png, idatAt + 8, length);
        int rowBytes = W + 1;
        byte[] rows = new byte[rowBytes * H + 1];
        int n = inflater.inflate(rows); // throws when the stream's Adler-32 does not match its data
        assertTrue(inflater.finished(), "the stream ends with its final block and checksum");
        assertEquals(rowBytes * H, n);
        assertEquals(0, inflater.getRemaining());
        for (int y = 0; y < H; y++) {
            assertEquals(2, rows[y * rowBytes], "row " + y + " is filtered Up");
            byte[] expected = new byte[W];
            byte[] actual = new byte[W];
            for (int x = 0; x < W; x++) {
                expected[x] = (byte) (entry(px, x, y) - (y == 0 ? 0 : entry(px, x, y - 1)));
                actual[x] = rows[y * rowBytes + 1 + x];
            }
            assertArrayEquals(expected, actual, "row " + y);
        }
    }

    @Test
    void aCardIsTheSameBytesFromAnyThread() {
        PreviewCard card = new PreviewCard("Chapter 4", "Labels people disagree on", "How much agreement a rubric needs first.", "Handbook");
        byte[] once = card.png();
        java.util.List<byte[]> parallel = java.util.stream.IntStream.range(0, 8).parallel().mapToObj(i -> card.png()).toList();
        for (byte[] png : parallel) assertArrayEquals(once, png);
    }
}
