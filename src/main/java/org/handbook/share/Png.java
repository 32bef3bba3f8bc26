package org.handbook.share;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * A small PNG encoder for pictures of flat colour and text: 8-bit RGB, every row filtered "Up", one
 * zlib stream. ImageIO's writer tries every filter on every row at zlib's best compression and took
 * 80–300 ms a card, ten times the drawing. Here a row that repeats the one above (half a card's rows:
 * margins, space between lines) is not converted nor deflated again ({@link ZlibPieces} keeps the
 * deflated runs of such rows), and each other row is filtered straight from the pixels, only between its
 * first and last change from the row above. No timestamps, no metadata: the same pixels give the same bytes.
 */
final class Png {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** Filtered rows are handed to the deflater this many at a time. */
    private static final int BATCH = 16;

    private Png() {
    }

    static byte[] encode(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            out.write(SIGNATURE);
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream hd = new DataOutputStream(header);
            hd.writeInt(w);
            hd.writeInt(h);
            hd.write(new byte[] {8, 2, 0, 0, 0}); // 8 bits, RGB, deflate, adaptive filtering, no interlace
            chunk(out, "IHDR", header.toByteArray());
            chunk(out, "IDAT", deflated(((DataBufferInt) img.getRaster().getDataBuffer()).getData(), w, h));
            chunk(out, "IEND", new byte[0]);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows filtered "Up" (each byte minus the byte above it) as one zlib stream. */
    private static byte[] deflated(int[] pixels, int w, int h) {
        int stride = 3 * w + 1;
        ZlibPieces z = new ZlibPieces();
        byte[] batch = new byte[BATCH * stride];
        byte[] zeros = new byte[stride]; // copied over what a row leaves as it was (arraycopy is fast without C2; fill is not)
        int[] blank = new int[w]; // the row above the first
        int filled = 0;
        int repeats = 0;
        for (int y = 0; y < h; y++) {
            int at = y * w;
            int[] up = y == 0 ? blank : pixels;
            int upAt = y == 0 ? 0 : at - w;
            int first = Arrays.mismatch(pixels, at, at + w, up, upAt, upAt + w);
            if (first < 0) {
                repeats++;
                continue;
            }
            if (repeats > 0) {
                z.add(batch, filled);
                filled = 0;
                z.repeatedRows(stride, repeats);
                repeats = 0;
            }
            int last = w - 1;
            while (pixels[at + last] == up[upAt + last]) last--; // stops at first, which differs
            int row = filled;
            batch[row] = 2; // "Up"
            System.arraycopy(zeros, 0, batch, row + 1, 3 * first);
            for (int x = first, i = row + 1 + 3 * first; x <= last; x++, i += 3) {
                int p = pixels[at + x];
                int a = up[upAt + x];
                batch[i] = (byte) ((p >> 16) - (a >> 16));
                batch[i + 1] = (byte) ((p >> 8) - (a >> 8));
                batch[i + 2] = (byte) (p - a);
            }
            System.arraycopy(zeros, 0, batch, row + 1 + 3 * (last + 1), 3 * (w - 1 - last));
            filled += stride;
            if (filled == batch.length) {
                z.add(batch, filled);
                filled = 0;
            }
        }
        z.add(batch, filled);
        if (repeats > 0) z.repeatedRows(stride, repeats);
        return z.finish();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        d.writeInt(data.length);
        d.write(t);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }
}
