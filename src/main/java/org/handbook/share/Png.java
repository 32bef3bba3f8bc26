package org.handbook.share;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * A small PNG encoder for pictures of flat colour and text in an 8-bit palette: every row filtered "Up",
 * one zlib stream. ImageIO's writer tries every filter on every row at zlib's best compression and took
 * 80–300 ms a card, ten times the drawing. Here a row that repeats the one above (half a card's rows:
 * margins, space between lines) is a run of zeros, and each other row is filtered from its first change on,
 * runs of pixels that repeat the ones above found in bulk; {@link RunDeflate} codes the runs as they come,
 * without the bytes of the filtered rows ever being written.
 * No timestamps, no metadata: the same pixels give the same bytes.
 */
final class Png {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int INDEXED = 3;
    /** Reads every byte as entry 0. */
    private static final byte[] NONE = new byte[256];

    private Png() {
    }

    /**
     * A picture's rows as the encoder reads them, top to bottom: row {@code y} is {@code bytes(y)} from {@code at(y)},
     * each byte read as its palette entry through {@code table(y)} (rows drawn as an ink's coverage are the coverage,
     * read through that ink's table); or a row that adds its filtered bytes itself (text placed glyph by glyph), the
     * encoder reading none of its pixels. Asked, not handed over as an object a row: a card's 630 rows were some
     * 40 KB of garbage.
     */
    interface Rows {
        /** Adds row {@code y} filtered "Up" to {@code out} and says so, or says the encoder is to filter its bytes; asked once a row, in order. */
        boolean addFiltered(int y, RunDeflate out);

        byte[] bytes(int y);

        int at(int y);

        byte[] table(int y);
    }

    /**
     * A {@code w} × {@code h} picture of {@code rows}, with the palette's {@code plte} data; its stream written in
     * {@code room} ({@link RunDeflate#in}).
     */
    static byte[] encode(int w, int h, byte[] plte, Rows rows, Bits room) {
        RunDeflate z = RunDeflate.in(room);
        byte[] blank = new byte[w];
        for (int y = 0; y < h; y++) {
            z.add(2); // "Up"
            if (rows.addFiltered(y, z)) continue;
            // above the first row the file's filter sees entry 0
            if (y == 0) filtered(rows.bytes(0), rows.at(0), rows.table(0), blank, 0, NONE, w, z);
            else filtered(rows.bytes(y), rows.at(y), rows.table(y), rows.bytes(y - 1), rows.at(y - 1), rows.table(y - 1), w, z);
        }
        return file(w, h, plte, z.finish());
    }

    /** Adds a row's entries less the row above's: zeros where they are the same, found in bulk where both read alike. */
    private static void filtered(byte[] pixels, int at, byte[] table, byte[] above, int upAt, byte[] upTable, int w, RunDeflate out) {
        if (table != upTable) { // the first row, and where text begins or ends: a few rows a picture
            for (int x = 0; x < w; ) { // by runs of pixels alike above and below: mostly the whole row, or a margin's
                int p = pixels[at + x];
                int a = above[upAt + x];
                int end = x + 1;
                while (end < w && pixels[at + end] == p && above[upAt + end] == a) end++;
                out.add((table[p & 0xff] - upTable[a & 0xff]) & 0xff, end - x);
                x = end;
            }
            return;
        }
        int first = Arrays.mismatch(pixels, at, at + w, above, upAt, upAt + w);
        if (first < 0) {
            out.add(0, w);
            return;
        }
        out.add(0, first);
        for (int x = first; x < w; x++) {
            int p = pixels[at + x];
            int a = above[upAt + x];
            if (p == a) {
                int same = sameRun(pixels, at, above, upAt, x, w);
                out.add(0, same);
                x += same - 1;
            } else {
                out.add((table[p & 0xff] - table[a & 0xff]) & 0xff);
            }
        }
    }

    /**
     * How many pixels from {@code x} on are the same as the row above, the pixel at {@code x} being so: one, or
     * more when the eighth pixel after it is too (a run worth one bulk comparison: some four in five pixels of a
     * card's text rows repeat the pixel above, and its rows end in margins).
     */
    private static int sameRun(byte[] pixels, int at, byte[] up, int upAt, int x, int w) {
        if (x + 8 >= w || pixels[at + x + 8] != up[upAt + x + 8]) return 1;
        int n = Arrays.mismatch(pixels, at + x, at + w, up, upAt + x, upAt + w);
        return n < 0 ? w - x : n;
    }

    /** The file: signature, header, palette, the zlib stream and the end, in one array of its size (the stream's bits copied in once). */
    private static byte[] file(int w, int h, byte[] plte, Bits idat) {
        int length = idat.byteCount();
        ByteBuffer out = ByteBuffer.allocate(SIGNATURE.length + 12 + 13 + 12 + plte.length + 12 + length + 12);
        out.put(SIGNATURE);
        // 8 bits, palette, deflate, adaptive filtering, no interlace
        byte[] header = ByteBuffer.allocate(13).putInt(w).putInt(h).put(new byte[] {8, INDEXED, 0, 0, 0}).array();
        chunk(out, "IHDR", header);
        chunk(out, "PLTE", plte);
        int start = out.position();
        out.putInt(length).put("IDAT".getBytes(StandardCharsets.US_ASCII));
        idat.copyTo(out.array(), out.position());
        out.position(out.position() + length);
        CRC32 crc = new CRC32();
        crc.update(out.array(), start + 4, 4 + length);
        out.putInt((int) crc.getValue());
        chunk(out, "IEND", new byte[0]);
        return out.array();
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
