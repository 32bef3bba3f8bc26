package org.handbook.share;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Adler32;
import java.util.zip.Deflater;

/**
 * One zlib stream joined from pieces deflated apart, so that a piece seen before is not deflated again.
 * Each piece is raw deflate data ended by a sync flush (so it ends on a byte boundary and refers to
 * nothing before it); the stream is zlib's header, the pieces, an empty final block and the Adler-32 of
 * all the data, combined from the pieces' own. zlib's fastest level spends about a nanosecond on every
 * byte, runs of zeros included, and half a card's filtered rows are such runs: rows that repeat the row
 * above. Those pieces depend only on the row's width and how many rows repeat, and are kept.
 */
final class ZlibPieces {
    private static final int ADLER_BASE = 65521;
    /** zlib's fastest level: on a card about 20% larger than level 6 and a third faster (level 9: 5% smaller, 4× slower). */
    private static final int LEVEL = 1;
    /** Runs of repeated rows, by row length and count: a few hundred small pieces for all cards. */
    private static final Map<Long, Piece> REPEATS = new ConcurrentHashMap<>();

    /** Raw deflate data, the Adler-32 and the length of the bytes it holds. */
    private record Piece(byte[] deflated, long adler, long length) {
    }

    private final Deflater deflater = new Deflater(LEVEL, true);
    private final Adler32 adler = new Adler32();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    private final byte[] buffer = new byte[64 * 1024];
    private long streamAdler = 1;
    private long pieceLength;

    ZlibPieces() {
        out.write(0x78); // deflate with a 32 KiB window, fastest level; 0x7801 is a multiple of 31 as the header must be
        out.write(0x01);
    }

    /** Adds {@code length} bytes of {@code data} to the piece being deflated. */
    void add(byte[] data, int length) {
        adler.update(data, 0, length);
        pieceLength += length;
        deflater.setInput(data, 0, length);
        while (!deflater.needsInput()) drain(Deflater.NO_FLUSH);
    }

    /** Ends the piece being deflated. */
    void endPiece() {
        if (pieceLength == 0) return;
        int n;
        do {
            n = drain(Deflater.SYNC_FLUSH);
        } while (n == buffer.length);
        streamAdler = combine(streamAdler, adler.getValue(), pieceLength);
        deflater.reset();
        adler.reset();
        pieceLength = 0;
    }

    /** Adds {@code rows} rows of {@code rowLength} bytes, each a filter type byte 2 ("Up") then zeros: rows repeating the one above. */
    void repeatedRows(int rowLength, int rows) {
        endPiece();
        Piece p = REPEATS.computeIfAbsent(((long) rowLength << 32) | rows, k -> zeroRows(rowLength, rows));
        out.writeBytes(p.deflated());
        streamAdler = combine(streamAdler, p.adler(), p.length());
    }

    /** The whole zlib stream ({@link #end()} still to be called). */
    byte[] finish() {
        endPiece();
        out.write(0x03); // an empty final block with fixed codes
        out.write(0x00);
        for (int shift = 24; shift >= 0; shift -= 8) out.write((int) (streamAdler >>> shift) & 0xff);
        return out.toByteArray();
    }

    /** Frees the deflater's native memory, once the stream is finished or given up. */
    void end() {
        deflater.end();
    }

    private int drain(int flush) {
        int n = deflater.deflate(buffer, 0, buffer.length, flush);
        out.write(buffer, 0, n);
        return n;
    }

    private static Piece zeroRows(int rowLength, int rows) {
        ZlibPieces z = new ZlibPieces();
        byte[] row = new byte[rowLength];
        row[0] = 2;
        for (int i = 0; i < rows; i++) z.add(row, row.length);
        z.endPiece();
        z.end();
        byte[] all = z.out.toByteArray();
        return new Piece(java.util.Arrays.copyOfRange(all, 2, all.length), z.streamAdler, (long) rowLength * rows);
    }

    /** The Adler-32 of two byte sequences one after the other, from each one's (zlib's adler32_combine). */
    static long combine(long adler1, long adler2, long length2) {
        long rem = length2 % ADLER_BASE;
        long sum1 = adler1 & 0xffff;
        long sum2 = rem * sum1 % ADLER_BASE;
        sum1 += (adler2 & 0xffff) + ADLER_BASE - 1;
        sum2 += ((adler1 >>> 16) & 0xffff) + ((adler2 >>> 16) & 0xffff) + ADLER_BASE - rem;
        if (sum1 >= ADLER_BASE) sum1 -= ADLER_BASE;
        if (sum1 >= ADLER_BASE) sum1 -= ADLER_BASE;
        if (sum2 >= 2L * ADLER_BASE) sum2 -= 2L * ADLER_BASE;
        if (sum2 >= ADLER_BASE) sum2 -= ADLER_BASE;
        return sum1 | (sum2 << 16);
    }
}
