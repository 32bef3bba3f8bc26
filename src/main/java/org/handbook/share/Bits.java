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

    /** Writes {@code count} bits held in {@code words} from {@code from}, 32 a word from the lowest. */
    void append(int[] words, int from, int count) {
        int whole = count >>> 5;
        if (size + whole >= out.length) out = Arrays.copyOf(out, Math.max(2 * out.length, size + whole + 1));
        int[] out = this.out;
        int size = this.size;
        long buffer = this.buffer;
        for (int i = 0; i < whole; i++) {
            buffer |= (words[from + i] & 0xffffffffL) << bits;
            out[size++] = (int) buffer;
            buffer >>>= 32;
        }
        this.size = size;
        this.buffer = buffer;
        if ((count & 31) != 0) write(words[from + whole], count & 31);
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
