package org.handbook.cache;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Reads a stretch of bytes a {@link VarintWriter} wrote, every number, count and length checked
 * against what is left, so a spoilt cache entry is an {@link IOException}, never a wrong value read
 * past its end.
 */
public final class VarintReader {
    private final byte[] b;
    private final int end;
    private int at;

    public VarintReader(byte[] b, int at, int end) throws IOException {
        if (at < 0 || end > b.length || at > end) throw new IOException("an entry outside its bytes");
        this.b = b;
        this.at = at;
        this.end = end;
    }

    /** Where the next byte is read. */
    public int position() {
        return at;
    }

    /** How many bytes are left to read. */
    public int remaining() {
        return end - at;
    }

    /** Whether every byte was read. */
    public boolean done() {
        return at == end;
    }

    /** Passes over {@code length} bytes, refused when fewer are left. */
    public void skip(int length) throws IOException {
        if (length < 0 || length > end - at) throw new IOException("a length past the end");
        at += length;
    }

    public int varint() throws IOException {
        int v = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            if (at >= end) throw new IOException("cut short");
            int x = b[at++];
            v |= (x & 0x7F) << shift;
            if (x >= 0) return v;
        }
        throw new IOException("a number too long");
    }

    public int signed() throws IOException {
        int v = varint();
        return v >>> 1 ^ -(v & 1);
    }

    /** A count or length, refused when it is more than the bytes left could hold. */
    public int count() throws IOException {
        int v = varint();
        if (v < 0 || v > end - at) throw new IOException("a count out of range: " + v);
        return v;
    }

    /** One byte as it was written. */
    public int raw() throws IOException {
        if (at >= end) throw new IOException("cut short");
        return b[at++] & 0xFF;
    }

    /** {@code length} bytes as a string in {@code charset}. */
    public String string(int length, Charset charset) throws IOException {
        if (length < 0 || length > end - at) throw new IOException("a string past the end");
        String s = new String(b, at, length, charset);
        at += length;
        return s;
    }

    /** A string {@link VarintWriter#utf8} wrote. */
    public String utf8() throws IOException {
        return string(count(), StandardCharsets.UTF_8);
    }
}
