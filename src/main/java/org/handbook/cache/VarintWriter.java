package org.handbook.cache;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growing byte array written in unsigned LEB128 varints: what the build cache's codecs (text
 * facts, search analysis) write their entries with, small numbers in one byte.
 */
public final class VarintWriter {
    private byte[] b;
    private int n;

    public VarintWriter(int capacity) {
        b = new byte[Math.max(capacity, 16)];
    }

    public int size() {
        return n;
    }

    public byte[] toArray() {
        return Arrays.copyOf(b, n);
    }

    /** What has been written, over this writer's own array, not a copy: for bytes kept as they are written. */
    public ByteBuffer written() {
        return ByteBuffer.wrap(b, 0, n);
    }

    public void append(VarintWriter other) {
        append(other, 0, other.n);
    }

    /** Bytes {@code from} to {@code to} (not included) of what {@code other} has written. */
    public void append(VarintWriter other, int from, int to) {
        room(to - from);
        System.arraycopy(other.b, from, b, n, to - from);
        n += to - from;
    }

    private void room(int more) {
        if (n + more > b.length) b = Arrays.copyOf(b, Math.max(2 * b.length, n + more));
    }

    public void varint(int v) {
        room(5);
        put(v);
    }

    /** Each of {@code values} as {@link #varint} writes it. */
    public void varints(int[] values) {
        room(5 * values.length);
        for (int v : values) put(v);
    }

    /** A varint where there is room for it. */
    private void put(int v) {
        while ((v & ~0x7F) != 0) {
            b[n++] = (byte) (v & 0x7F | 0x80);
            v >>>= 7;
        }
        b[n++] = (byte) v;
    }

    /** A number that may be negative, zig-zag encoded so small magnitudes stay small. */
    public void signed(int v) {
        varint(v << 1 ^ v >> 31);
    }

    /** One byte as it is. */
    public void raw(int x) {
        room(1);
        b[n++] = (byte) x;
    }

    /** A string as its UTF-8 byte count and bytes. */
    public void utf8(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        varint(bytes.length);
        room(bytes.length);
        System.arraycopy(bytes, 0, b, n, bytes.length);
        n += bytes.length;
    }
}
