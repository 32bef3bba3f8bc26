package org.handbook.share;

import java.util.Arrays;

/**
 * A zlib stream for data that is mostly runs of one byte, as a picture's rows filtered "Up" are (a
 * card's are some nine tenths zeros: pixels as the one above). The caller hands over runs and single
 * bytes as its filter finds them; each run is one literal and copies of the byte before it, and the
 * whole stream is one deflate block with Huffman codes fitted to it. zlib's fastest level found the
 * same runs byte by byte, comparing each byte of every copy it made (half its time on a card), and
 * this never looks at the bytes of a run at all. What it does not do is find repeats further back
 * (zlib's output of a card is some 5% smaller). The same calls give the same bytes.
 */
final class RunDeflate {
    private static final int MAX_BITS = 15;
    private static final int END = 256;
    private static final int LITERALS = 286;
    /** The order the code lengths' own code lengths are written in (RFC 1951, 3.2.7). */
    private static final int[] CODE_LENGTH_ORDER = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
    /** For each length 3..258 of a copy, its symbol (257..285), extra bits and the length the symbol stands for. */
    private static final int[] LENGTH_SYMBOL = new int[259];
    private static final int[] LENGTH_EXTRA = new int[259];
    private static final int[] LENGTH_BASE = new int[259];

    static {
        int[] base = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
        int[] extra = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
        for (int s = 0; s < base.length; s++) {
            int end = s + 1 < base.length ? base[s + 1] : 259;
            for (int len = base[s]; len < end; len++) {
                LENGTH_SYMBOL[len] = 257 + s;
                LENGTH_EXTRA[len] = extra[s];
                LENGTH_BASE[len] = base[s];
            }
        }
    }

    /**
     * Each thread's token array, handed from one picture's encoder to the next: a card's is 256 KB or more, some
     * 600 MB of garbage over a 4,000-page build. An encoder takes it while it works, so two at once on a thread
     * never share it, and gives it back when it finishes.
     */
    private static final ThreadLocal<int[][]> SPARE = ThreadLocal.withInitial(() -> new int[1][]);

    /** The block's symbols in order: a byte (0..255), or 256 + the length of a copy of the byte before. */
    private int[] tokens = taken(); // a card's are 30,000-60,000
    private int count;
    private final int[] frequencies = new int[LITERALS];
    /** The run being gathered: its byte (-1 before the first) and length. */
    private int value = -1;
    private int run;
    /** The bits the copies take besides their length symbols: extra length bits and distance 1's code. */
    private long copyBits;
    /** Adler-32's sums over the bytes so far, reduced modulo 65521 only when large. */
    private long sum1 = 1;
    private long sum2;

    private static int[] taken() {
        int[][] spare = SPARE.get();
        int[] t = spare[0];
        spare[0] = null;
        return t != null ? t : new int[1 << 16];
    }

    /** Adds one byte. */
    void add(int b) {
        if (b == value) run++;
        else next(b, 1);
    }

    /** Adds {@code n} bytes {@code b}. */
    void add(int b, int n) {
        if (b == value) run += n;
        else if (n > 0) next(b, n);
    }

    /** Ends the run gathered so far and starts one of {@code n} bytes {@code b}. */
    private void next(int b, int n) {
        if (run == 1) literal(value);
        else if (run > 1) flush();
        value = b;
        run = n;
    }

    private void literal(int b) {
        sum1 += b;
        sum2 += sum1;
        if (count == tokens.length) tokens = Arrays.copyOf(tokens, 2 * count);
        tokens[count++] = b;
        frequencies[b]++;
    }

    /** The run gathered so far as a literal and copies of it, at most 258 bytes each (a tail of one or two as literals). */
    private void flush() {
        int n = run;
        run = 0;
        if (n == 0) return;
        literal(value);
        long v = value;
        long copied = n - 1;
        sum2 += copied * sum1 + v * (copied * (copied + 1) / 2);
        sum1 += v * copied;
        if (sum2 >= 1L << 60) {
            sum1 %= 65521;
            sum2 %= 65521;
        }
        for (int left = n - 1; left > 0; ) {
            if (count == tokens.length) tokens = Arrays.copyOf(tokens, 2 * count);
            if (left < 3) {
                tokens[count++] = value;
                frequencies[value]++;
                left--;
            } else {
                int len = Math.min(left, 258);
                tokens[count++] = 256 + len;
                frequencies[LENGTH_SYMBOL[len]]++;
                copyBits += LENGTH_EXTRA[len] + 1;
                left -= len;
            }
        }
    }

    /** The zlib stream of every byte added. */
    byte[] finish() {
        flush();
        frequencies[END]++;
        int[] litLengths = HuffmanLengths.of(frequencies, MAX_BITS);
        int[] litCodes = codes(litLengths);
        int lits = LITERALS;
        while (litLengths[lits - 1] == 0) lits--;
        // two distance codes of one bit, the first for distance 1 (all this writes), so the code is complete
        int[] all = Arrays.copyOf(litLengths, lits + 2);
        all[lits] = 1;
        all[lits + 1] = 1;
        // each token's bits and how many: a byte's code, or a length's code, its extra bits and distance 1's code (0)
        int[] tokenCode = new int[256 + 259];
        int[] tokenBits = new int[256 + 259];
        for (int b = 0; b < 256; b++) {
            tokenCode[b] = litCodes[b];
            tokenBits[b] = litLengths[b];
        }
        for (int len = 3; len <= 258; len++) {
            int s = LENGTH_SYMBOL[len];
            tokenCode[256 + len] = litCodes[s] | (len - LENGTH_BASE[len]) << litLengths[s];
            tokenBits[256 + len] = litLengths[s] + LENGTH_EXTRA[len] + 1;
        }
        long bits = copyBits;
        for (int sym = 0; sym < LITERALS; sym++) bits += (long) frequencies[sym] * litLengths[sym];
        // the zlib header and checksum, the block's header (at most some 520 bytes) and its symbols, exactly
        Bits out = new Bits((int) (6 + 640 + bits / 8));
        out.write(0x78, 8); // zlib: deflate, 32 KiB window; 0x7801 is a multiple of 31
        out.write(0x01, 8);
        out.write(1, 1); // the last block
        out.write(2, 2); // Huffman codes of its own
        lengthsHeader(out, all, lits);
        out.tokens(tokens, count, tokenCode, tokenBits, bits);
        SPARE.get()[0] = tokens;
        tokens = null; // finished: a later add fails rather than writes into another encoder's array
        out.write(litCodes[END], litLengths[END]);
        out.align();
        long adler = (sum2 % 65521) << 16 | (sum1 % 65521);
        for (int shift = 24; shift >= 0; shift -= 8) out.write((int) (adler >>> shift) & 0xff, 8);
        return out.toByteArray();
    }

    /** HLIT, HDIST, HCLEN and the code lengths of both codes, themselves run-length coded and Huffman coded. */
    private static void lengthsHeader(Bits out, int[] all, int lits) {
        int[] symbols = new int[all.length];
        int[] extras = new int[all.length];
        int n = 0;
        int[] freq = new int[19];
        for (int i = 0; i < all.length; ) {
            int len = all[i];
            int same = 1;
            while (i + same < all.length && all[i + same] == len) same++;
            if (len == 0 && same >= 3) {
                int take = Math.min(same, 138);
                symbols[n] = take >= 11 ? 18 : 17;
                extras[n++] = take >= 11 ? take - 11 : take - 3;
                i += take;
            } else if (len != 0 && same >= 4) {
                symbols[n] = len;
                extras[n++] = 0;
                int take = Math.min(same - 1, 6);
                symbols[n] = 16;
                extras[n++] = take - 3;
                i += 1 + take;
            } else {
                symbols[n] = len;
                extras[n++] = 0;
                i++;
            }
            freq[symbols[n - 1]]++;
            if (symbols[n - 1] == 16) freq[len]++;
        }
        int[] clLengths = HuffmanLengths.of(freq, 7);
        int[] clCodes = codes(clLengths);
        int hclen = 19;
        while (hclen > 4 && clLengths[CODE_LENGTH_ORDER[hclen - 1]] == 0) hclen--;
        out.write(lits - 257, 5);
        out.write(all.length - lits - 1, 5);
        out.write(hclen - 4, 4);
        for (int i = 0; i < hclen; i++) out.write(clLengths[CODE_LENGTH_ORDER[i]], 3);
        for (int i = 0; i < n; i++) {
            int s = symbols[i];
            out.write(clCodes[s], clLengths[s]);
            if (s == 16) out.write(extras[i], 2);
            else if (s == 17) out.write(extras[i], 3);
            else if (s == 18) out.write(extras[i], 7);
        }
    }

    /** Canonical codes for {@code lengths} (RFC 1951, 3.2.2), bit-reversed to be written from the lowest bit. */
    private static int[] codes(int[] lengths) {
        int[] perLength = new int[MAX_BITS + 1];
        for (int len : lengths) perLength[len]++;
        perLength[0] = 0;
        int[] next = new int[MAX_BITS + 2];
        int code = 0;
        for (int bits = 1; bits <= MAX_BITS; bits++) {
            code = (code + perLength[bits - 1]) << 1;
            next[bits] = code;
        }
        int[] codes = new int[lengths.length];
        for (int s = 0; s < lengths.length; s++) {
            int len = lengths[s];
            if (len != 0) codes[s] = Integer.reverse(next[len]++) >>> (32 - len);
        }
        return codes;
    }

    /** Bits written from the lowest up, as deflate packs them. */
    private static final class Bits {
        private byte[] out;
        private int size;
        private long buffer;
        private int bits;

        Bits(int capacity) {
            out = new byte[capacity];
        }

        /** Writes the {@code n} (at most 16) low bits of {@code value}. */
        void write(int value, int n) {
            buffer |= (long) value << bits;
            bits += n;
            if (bits >= 32) {
                if (size + 4 > out.length) out = Arrays.copyOf(out, 2 * out.length);
                put(out, size, buffer);
                size += 4;
                buffer >>>= 32;
                bits -= 32;
            }
        }

        /** Writes each token's code, in room made for them all ({@code total} bits). */
        void tokens(int[] tokens, int count, int[] codes, int[] lengths, long total) {
            if (size + total / 8 + 8 > out.length) out = Arrays.copyOf(out, (int) (size + total / 8 + 8));
            byte[] out = this.out;
            int size = this.size;
            long buffer = this.buffer;
            int bits = this.bits;
            for (int i = 0; i < count; i++) {
                int t = tokens[i];
                buffer |= (long) codes[t] << bits;
                bits += lengths[t];
                if (bits >= 32) {
                    put(out, size, buffer);
                    size += 4;
                    buffer >>>= 32;
                    bits -= 32;
                }
            }
            this.size = size;
            this.buffer = buffer;
            this.bits = bits;
        }

        /** The low four bytes of {@code buffer} at {@code at}, lowest first. */
        private static void put(byte[] out, int at, long buffer) {
            out[at] = (byte) buffer;
            out[at + 1] = (byte) (buffer >>> 8);
            out[at + 2] = (byte) (buffer >>> 16);
            out[at + 3] = (byte) (buffer >>> 24);
        }

        /** Pads to a whole byte with zero bits. */
        void align() {
            write(0, (32 - bits) % 8);
        }

        byte[] toByteArray() {
            byte[] all = Arrays.copyOf(out, size + (bits + 7) / 8);
            for (int i = size; i < all.length; i++) all[i] = (byte) (buffer >>> (8 * (i - size)));
            return all;
        }
    }
}
