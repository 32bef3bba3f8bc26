package org.handbook.share;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Bits written from the lowest up, as deflate packs them, into 32-bit words that grow: a deflate
 * stream as {@link RunDeflate} writes it, or a stretch of one worked out once ({@link DeflatePiece})
 * and appended whole, a word at a time. The bytes come out lowest first.
 */
final class Bits {
    private int[] out;
    private int size;
    private long buffer;
    private int bits;

    Bits(int capacityBytes) {
        out = new int[Math.max(2, capacityBytes / 4)];
    }

    /** A copy of these bits, with room for {@code capacityBytes}. */
    Bits copy(int capacityBytes) {
        Bits c = new Bits(Math.max(capacityBytes, 4 * size + 8));
        System.arraycopy(out, 0, c.out, 0, size);
        c.size = size;
        c.buffer = buffer;
        c.bits = bits;
        return c;
    }

    /** Makes these bits {@code from}'s, what they held dropped, in the room they have (grown if it is too little). */
    void restart(Bits from) {
        if (out.length < from.size + 1) out = new int[from.size + 1];
        System.arraycopy(from.out, 0, out, 0, from.size);
        size = from.size;
        buffer = from.buffer;
        bits = from.bits;
    }

    /** Writes the {@code n} (at most 32) low bits of {@code value}. */
    void write(int value, int n) {
        buffer |= (value & 0xffffffffL) << bits;
        bits += n;
        if (bits >= 32) {
            if (size == out.length) out = Arrays.copyOf(out, 2 * size);
            out[size++] = (int) buffer;
            buffer >>>= 32;
            bits -= 32;
        }
    }

    /**
     * Writes the {@code n} (at most 32) low bits of {@code code}, then {@code count} bits held in {@code words} from
     * {@code from}, 32 a word from the lowest: a run's code and a piece worked out once in one call, this stream's
     * state in locals throughout (under C1 a call and its fields' loads and stores cost as much as the bits).
     */
    void append(int code, int n, int[] words, int from, int count) {
        int whole = count >>> 5;
        int[] out = this.out;
        int size = this.size;
        if (size + whole + 2 > out.length) out = this.out = Arrays.copyOf(out, Math.max(2 * out.length, size + whole + 2));
        long buffer = this.buffer | (code & 0xffffffffL) << bits;
        int bits = this.bits + n;
        if (bits >= 32) {
            out[size++] = (int) buffer;
            buffer >>>= 32;
            bits -= 32;
        }
        for (int i = 0; i < whole; i++) {
            buffer |= (words[from + i] & 0xffffffffL) << bits;
            out[size++] = (int) buffer;
            buffer >>>= 32;
        }
        int rest = count & 31;
        if (rest != 0) {
            buffer |= (words[from + whole] & 0xffffffffL) << bits;
            bits += rest;
            if (bits >= 32) {
                out[size++] = (int) buffer;
                buffer >>>= 32;
                bits -= 32;
            }
        }
        this.size = size;
        this.buffer = buffer;
        this.bits = bits;
    }

    /** The bits written, 32 a word from the lowest (the last word holding the rest). */
    int[] words() {
        int[] words = Arrays.copyOf(out, (bitCount() + 31) >>> 5);
        if (bits > 0) words[size] = (int) buffer;
        return words;
    }

    /** How many bits are written. */
    int bitCount() {
        return size * 32 + bits;
    }

    /** Pads to a whole byte with zero bits. */
    void align() {
        write(0, (32 - bits) % 8);
    }

    /** How many bytes the bits take, the last one padded with zeros. */
    int byteCount() {
        return 4 * size + (bits + 7) / 8;
    }

    /** Puts the bits' {@link #byteCount} bytes into {@code into} from {@code at}. */
    void copyTo(byte[] into, int at) {
        ByteBuffer.wrap(into, at, 4 * size).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().put(out, 0, size); // a copy where that is the machine's order
        for (int i = 4 * size; i < byteCount(); i++) into[at + i] = (byte) (buffer >>> (8 * (i - 4 * size)));
    }
}
