package org.handbook.share;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * A small PNG encoder for pictures of flat colour and text: 8-bit RGB, or an 8-bit palette where an
 * {@link InkPalette} explains every pixel; every row filtered "Up", one zlib stream. ImageIO's writer tries
 * every filter on every row at zlib's best compression and took 80–300 ms a card, ten times the drawing.
 * Here a row that repeats the one above (half a card's rows: margins, space between lines) is a run of
 * zeros, not converted, and each other row is filtered straight from the pixels from its first change on,
 * runs of pixels that repeat the ones above found in bulk; {@link RunDeflate} codes the runs as they come,
 * without the bytes of the filtered rows ever being written.
 * No timestamps, no metadata: the same pixels give the same bytes.
 */
final class Png {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int RGB = 2;
    private static final int INDEXED = 3;

    private Png() {
    }

    /** The picture in RGB, pixel for pixel. */
    static byte[] encode(BufferedImage img) {
        return encode(img, null);
    }

    /** The picture with {@code palette}'s colours if it explains every pixel, else in RGB. */
    static byte[] encode(BufferedImage img, InkPalette palette) {
        int[] pixels = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        int w = img.getWidth();
        int h = img.getHeight();
        byte[] indexed = palette == null ? null : deflated(pixels, w, h, new Indexes(palette, w));
        return indexed != null ? file(w, h, INDEXED, palette.plte(), indexed) : file(w, h, RGB, null, deflated(pixels, w, h, new Channels(w)));
    }

    /** The file: signature, header, palette (if any), the zlib stream and the end, in one array of its size. */
    private static byte[] file(int w, int h, int colourType, byte[] plte, byte[] idat) {
        ByteBuffer out = ByteBuffer.allocate(SIGNATURE.length + 12 + 13 + (plte == null ? 0 : 12 + plte.length) + 12 + idat.length + 12);
        out.put(SIGNATURE);
        // 8 bits, deflate, adaptive filtering, no interlace
        byte[] header = ByteBuffer.allocate(13).putInt(w).putInt(h).put(new byte[] {8, (byte) colourType, 0, 0, 0}).array();
        chunk(out, "IHDR", header);
        if (plte != null) chunk(out, "PLTE", plte);
        chunk(out, "IDAT", idat);
        chunk(out, "IEND", new byte[0]);
        return out.array();
    }

    /** How a row's pixels become the bytes of a PNG row filtered "Up". */
    private interface Filter {
        int bytesPerPixel();

        /**
         * Adds pixels {@code first..w-1} of the row at {@code at}, less the row above (at {@code upAt}, -1 for
         * none), to {@code out}; false if a pixel cannot be written in this format.
         */
        boolean row(int[] pixels, int at, int upAt, int first, RunDeflate out);
    }

    /**
     * How many pixels from {@code x} on are the same as the row above, the pixel at {@code x} being so: one, or
     * more when the eighth pixel after it is too (a run worth one bulk comparison: some four in five pixels of a
     * card's text rows repeat the pixel above, and its rows end in margins). Such pixels are zeros, whatever the
     * filter.
     */
    private static int sameRun(int[] pixels, int at, int upAt, int x, int w) {
        if (x + 8 >= w || pixels[at + x + 8] != pixels[upAt + x + 8]) return 1;
        int n = Arrays.mismatch(pixels, at + x, at + w, pixels, upAt + x, upAt + w);
        return n < 0 ? w - x : n;
    }

    /** RGB: each channel less the same channel above. */
    private static final class Channels implements Filter {
        private final int w;

        Channels(int w) {
            this.w = w;
        }

        @Override
        public int bytesPerPixel() {
            return 3;
        }

        @Override
        public boolean row(int[] pixels, int at, int upAt, int first, RunDeflate out) {
            for (int x = first; x < w; x++) {
                int p = pixels[at + x];
                int a = upAt < 0 ? 0 : pixels[upAt + x];
                if (upAt >= 0 && p == a) {
                    int same = sameRun(pixels, at, upAt, x, w);
                    out.add(0, 3 * same);
                    x += same - 1;
                    continue;
                }
                out.add(((p >> 16) - (a >> 16)) & 0xff);
                out.add(((p >> 8) - (a >> 8)) & 0xff);
                out.add((p - a) & 0xff);
            }
            return true;
        }
    }

    /**
     * Palette indexes, each less the index above (kept from the last row written: rows between repeat it).
     * A card has some 700 colours: each pixel's index is remembered in a small table by its colour.
     */
    private static final class Indexes implements Filter {
        private static final int SLOTS = 2048;
        private final InkPalette palette;
        private final int w;
        private final int[] above;
        /** Colours seen and their indexes, at a slot hashed from the colour (-1: none, so never taken from here). */
        private final int[] colours = new int[SLOTS];
        private final int[] indexes = new int[SLOTS];

        Indexes(InkPalette palette, int w) {
            this.palette = palette;
            this.w = w;
            this.above = new int[w]; // the row above the first is all zeros
            java.util.Arrays.fill(colours, -1);
        }

        @Override
        public int bytesPerPixel() {
            return 1;
        }

        @Override
        public boolean row(int[] pixels, int at, int upAt, int first, RunDeflate out) {
            int[] above = this.above;
            int[] colours = this.colours;
            int[] indexes = this.indexes;
            int lastPixel = first < w ? ~pixels[at + first] : 0; // differs from the first pixel
            int index = 0;
            for (int x = first; x < w; x++) {
                int p = pixels[at + x];
                // a pixel as the one above has its index, above[x] already: its byte is zero and above[x] stays
                if (upAt >= 0 && p == pixels[upAt + x]) {
                    int same = sameRun(pixels, at, upAt, x, w);
                    out.add(0, same);
                    x += same - 1;
                    continue;
                }
                if (p != lastPixel) {
                    lastPixel = p;
                    int slot = (p * 0x9E3779B1) >>> 21;
                    if (colours[slot] == p && p != -1) index = indexes[slot];
                    else {
                        index = palette.index(p);
                        if (index == InkPalette.NONE) return false;
                        colours[slot] = p;
                        indexes[slot] = index;
                    }
                }
                out.add((index - above[x]) & 0xff);
                above[x] = index;
            }
            return true;
        }
    }

    /** The rows filtered "Up" as one zlib stream, or null if {@code filter} cannot write a pixel. */
    private static byte[] deflated(int[] pixels, int w, int h, Filter filter) {
        int bpp = filter.bytesPerPixel();
        RunDeflate z = new RunDeflate();
        for (int y = 0; y < h; y++) {
            int at = y * w;
            int upAt = at - w;
            z.add(2); // "Up"
            // the first row is written whole: the row above it is zeros in the file, whatever the pixels
            int first = y == 0 ? 0 : Arrays.mismatch(pixels, at, at + w, pixels, upAt, upAt + w);
            if (first < 0) {
                z.add(0, bpp * w);
                continue;
            }
            z.add(0, bpp * first);
            if (!filter.row(pixels, at, y == 0 ? -1 : upAt, first, z)) return null;
        }
        return z.finish();
    }

    private static void chunk(ByteBuffer out, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.putInt(data.length).put(t).put(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.putInt((int) crc.getValue());
    }
}
