package org.handbook.share;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.IntFunction;
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
     * A row of a picture: {@code bytes} from {@code at}, each byte read as its palette entry through
     * {@code table} (rows drawn as an ink's coverage are the coverage, read through that ink's table); or, where
     * {@code filtered} is not null, a row that adds its filtered bytes itself (text placed glyph by glyph), the
     * encoder reading none of its pixels.
     */
    record Row(byte[] bytes, int at, byte[] table, Consumer<RunDeflate> filtered) {
        Row(byte[] bytes, int at, byte[] table) {
            this(bytes, at, table, null);
        }
    }

    /**
     * A {@code w} × {@code h} picture, row {@code y} as {@code rows} gives it, with the palette's {@code plte} data;
     * its stream written in {@code room} ({@link RunDeflate#in}).
     */
    static byte[] encode(int w, int h, byte[] plte, IntFunction<Row> rows, Bits room) {
        RunDeflate z = RunDeflate.in(room);
        Row up = new Row(new byte[w], 0, NONE); // above the first row the file's filter sees entry 0
        for (int y = 0; y < h; y++) {
            Row row = rows.apply(y);
            z.add(2); // "Up"
            filtered(row, up, w, z);
            up = row;
        }
        return file(w, h, plte, z.finish());
    }

    /** Adds {@code row}'s entries less {@code up}'s: zeros where they are the same, found in bulk where both read alike. */
    private static void filtered(Row row, Row up, int w, RunDeflate out) {
        if (row.filtered() != null) {
            row.filtered().accept(out);
            return;
        }
        byte[] pixels = row.bytes();
        byte[] above = up.bytes();
        byte[] table = row.table();
        int at = row.at();
        int upAt = up.at();
        if (table != up.table()) { // the first row, and where text begins or ends: a few rows a picture
            byte[] upTable = up.table();
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
