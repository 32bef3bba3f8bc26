package org.handbook.share;

import java.util.Arrays;

/**
 * A zlib stream for data that is mostly runs of one byte, as a picture's rows filtered "Up" are (a
 * card's are some nine tenths zeros: pixels as the one above). The caller hands over runs and single
 * bytes as its filter finds them; each run is one literal and copies of the byte before it, written
 * as they come in one deflate block whose Huffman code is fitted, once, to the book's pictures
 * ({@link #LENGTHS}): a code of each picture's own took a second pass over its symbols and kept them
 * all, and a stretch's bits could not be worked out before the picture was ({@link DeflatePiece}: a
 * glyph's row, coded once a process). zlib's fastest level found the same runs byte by byte, comparing
 * each byte of every copy it made, and this never looks at the bytes of a run at all. What it does not
 * do is find repeats further back. The same calls give the same bytes.
 */
final class RunDeflate {
    private static final int END = 256;
    private static final int LITERALS = 286;
    /** The order the code lengths' own code lengths are written in (RFC 1951, 3.2.7). */
    private static final int[] CODE_LENGTH_ORDER = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
    /**
     * The code's length for each literal and length symbol (0-285), one hexadecimal digit each: a Huffman code
     * of the symbols of 400 cards of the 4,000-page corpus (a card's counts, each at least one, so every symbol
     * has a code). A card coded so is some 2% larger than in a code of its own.
     */
    private static final String LENGTHS_HEX = "2657888888888888887888788878799899999999999999989998aa9a9a999aab9a999aab9aa9b9cbacbaacbacababdbaab8a9abbd"
            + "bbdababcbcdabbbdaca9bdbbb8ccbdacbdbdbacb9cbbbdbcbdaccbbbaacbffba9aabacaabaaabaca999aa999aaaa9999999a99999999998989999999999989"
            + "8899889888888888888887777e67777876678878898899889996aa4";
    private static final int[] LENGTHS = new int[LITERALS];
    /** Each symbol's bits, bit-reversed to be written from the lowest up. */
    private static final int[] CODES;
    /** For each copy of length 3..258: its length symbol's code, its extra bits and distance 1's one bit, and how many bits in all. */
    private static final int[] COPY_CODE = new int[259];
    private static final int[] COPY_BITS = new int[259];
    /** The codes of a run of {@code n} zeros started after a piece added alone (a literal and a copy), and their bit counts. */
    private static final int[] ZERO_RUNS = new int[260];
    private static final int[] ZERO_RUN_BITS = new int[260];
    /** The zlib header and the block's header (its code's lengths), the same for every stream. */
    private static final Bits HEADER;

    static {
        for (int s = 0; s < LITERALS; s++) LENGTHS[s] = Character.digit(LENGTHS_HEX.charAt(s), 16);
        CODES = codes(LENGTHS);
        int[] base = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
        int[] extra = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
        for (int s = 0; s < base.length; s++) {
            int end = s + 1 < base.length ? base[s + 1] : 259;
            int symbol = 257 + s;
            for (int len = base[s]; len < end; len++) {
                // distance 1 is the first of two one-bit distance codes: a 0 bit
                COPY_CODE[len] = CODES[symbol] | (len - base[s]) << LENGTHS[symbol];
                COPY_BITS[len] = LENGTHS[symbol] + extra[s] + 1;
            }
        }
        for (int n = 1; n < ZERO_RUNS.length; n++) {
            RunDeflate z = new RunDeflate(new Bits(8));
            z.add(0, n);
            z.endRun();
            if (z.out.bitCount() > 32) throw new IllegalStateException("a run of " + n + " zeros takes " + z.out.bitCount() + " bits");
            ZERO_RUNS[n] = z.out.words()[0];
            ZERO_RUN_BITS[n] = z.out.bitCount();
        }
        HEADER = new Bits(700);
        HEADER.write(0x78, 8); // zlib: deflate, 32 KiB window; 0x7801 is a multiple of 31
        HEADER.write(0x01, 8);
        HEADER.write(1, 1); // the last block
        HEADER.write(2, 2); // Huffman codes of its own
        int[] all = Arrays.copyOf(LENGTHS, LITERALS + 2);
        all[LITERALS] = 1;
        all[LITERALS + 1] = 1;
        lengthsHeader(HEADER, all, LITERALS);
    }

    /** The fitted code's lengths of the literal and length symbols. */
    static int[] codeLengths() {
        return LENGTHS.clone();
    }

    private final Bits out;
    /** The run being gathered: its byte (-1 before the first) and length. */
    private int value = -1;
    private int run;
    /** Adler-32's sums over the bytes so far, reduced modulo 65521 only when large. */
    private long sum1 = 1;
    private long sum2;

    /** A stream of a picture: the headers, then what is added. */
    RunDeflate() {
        out = HEADER.copy(1 << 15);
    }

    /**
     * As the other, written in {@code room}, what it held dropped: a thread's canvas encodes card after card in one
     * room, not a new 32 KB each (130 MB of a 4,000-page build's garbage).
     */
    static RunDeflate in(Bits room) {
        room.restart(HEADER);
        return new RunDeflate(room);
    }

    /** Bits alone, for a piece's middle runs (no headers; never finished). */
    private RunDeflate(Bits out) {
        this.out = out;
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
        endRun();
        value = b;
        run = n;
    }

    /**
     * The run gathered so far as a literal and copies of it, at most 258 bytes each (a tail of one or two as
     * literals), the codes gathered into as few writes of up to 32 bits as they fit in (most runs: one).
     */
    private void endRun() {
        int n = run;
        run = 0;
        if (n == 0) return;
        int v = value;
        int code = CODES[v];
        int bits = LENGTHS[v];
        long copied = n - 1;
        sum2 += sum1 + v + copied * (sum1 + v) + v * (copied * (copied + 1) / 2);
        sum1 += v * (long) n;
        reduce();
        for (int left = n - 1; left > 0; ) {
            int c;
            int b;
            if (left < 3) {
                c = CODES[v];
                b = LENGTHS[v];
                left--;
            } else {
                int len = Math.min(left, 258);
                c = COPY_CODE[len];
                b = COPY_BITS[len];
                left -= len;
            }
            if (bits + b <= 32) {
                code |= c << bits;
                bits += b;
            } else {
                out.write(code, bits);
                code = c;
                bits = b;
            }
        }
        out.write(code, bits);
    }

    /**
     * Adds the piece at {@code p} of {@code data}: its first run as any run, so it joins the run before it; its
     * middle runs, which each end where the next begins whatever came before, as the bits worked out once; its
     * last run as the run being gathered. The same bytes as adding its runs one by one.
     */
    void add(int[] data, int p) {
        add(data[p + DeflatePiece.FIRST_VALUE], data[p + DeflatePiece.FIRST_LENGTH]);
        int middle = data[p + DeflatePiece.MIDDLE];
        if (middle >= 0) {
            endRun();
            coded(data, p + middle);
        }
        add(data[p + DeflatePiece.LAST_VALUE], data[p + DeflatePiece.LAST_LENGTH]);
    }

    /**
     * Adds {@code zeros} zeros (at least one) and then the piece at {@code p} of {@code data}, which neither the
     * zeros before nor the zeros that follow it can join: its runs as the bits worked out once. After another
     * piece so added (a row's glyphs one after another), the zeros are one code of {@link #ZERO_RUNS} and one write.
     */
    void addAlone(int zeros, int[] data, int p) {
        int c = p + DeflatePiece.WHOLE;
        if (value == -1 && zeros < ZERO_RUNS.length) {
            // the zeros' code and the piece's bits in one call; the sums as coded() sums them, inline
            out.append(ZERO_RUNS[zeros], ZERO_RUN_BITS[zeros], data, c + DeflatePiece.WORDS, data[c + DeflatePiece.BIT_COUNT]);
            long sum1 = this.sum1;
            long sum2 = this.sum2 + sum1 * zeros + data[c + DeflatePiece.BYTES] * sum1 + data[c + DeflatePiece.WEIGHTED_SUM];
            this.sum1 = sum1 + data[c + DeflatePiece.SUM];
            this.sum2 = sum2;
            reduce();
        } else {
            add(0, zeros);
            endRun();
            coded(data, c);
            value = -1;
        }
    }

    private void coded(int[] data, int c) {
        out.append(0, 0, data, c + DeflatePiece.WORDS, data[c + DeflatePiece.BIT_COUNT]);
        sum2 += data[c + DeflatePiece.BYTES] * sum1 + data[c + DeflatePiece.WEIGHTED_SUM];
        sum1 += data[c + DeflatePiece.SUM];
        reduce();
    }

    /**
     * {@code runs} runs (byte {@code values[i]}, {@code lengths[i]} times), each different from the one before,
     * as a piece ({@link DeflatePiece}, from offset 0): the middle ones coded, and all of them.
     */
    static int[] piece(int[] values, int[] lengths, int runs) {
        int last = runs - 1;
        int[] whole = coded(values, lengths, 0, runs);
        int[] middle = runs > 2 ? coded(values, lengths, 1, last) : new int[0];
        int[] piece = new int[DeflatePiece.WHOLE + whole.length + middle.length];
        piece[DeflatePiece.FIRST_VALUE] = values[0];
        piece[DeflatePiece.FIRST_LENGTH] = lengths[0];
        piece[DeflatePiece.LAST_VALUE] = values[last];
        piece[DeflatePiece.LAST_LENGTH] = runs == 1 ? 0 : lengths[last];
        piece[DeflatePiece.MIDDLE] = runs > 2 ? DeflatePiece.WHOLE + whole.length : -1;
        System.arraycopy(whole, 0, piece, DeflatePiece.WHOLE, whole.length);
        System.arraycopy(middle, 0, piece, DeflatePiece.WHOLE + whole.length, middle.length);
        return piece;
    }

    /** Runs {@code from..to-1} coded, each ended where the next begins, with their bytes' count and Adler-32 sums (modulo 65521). */
    private static int[] coded(int[] values, int[] lengths, int from, int to) {
        RunDeflate z = new RunDeflate(new Bits(64));
        long bytes = 0;
        for (int i = from; i < to; i++) {
            z.add(values[i], lengths[i]);
            bytes += lengths[i];
        }
        z.endRun();
        int[] words = z.out.words();
        int[] coded = new int[DeflatePiece.WORDS + words.length];
        coded[DeflatePiece.BIT_COUNT] = z.out.bitCount();
        coded[DeflatePiece.BYTES] = (int) (bytes % 65521);
        coded[DeflatePiece.SUM] = (int) Math.floorMod(z.sum1 - 1, 65521L);
        coded[DeflatePiece.WEIGHTED_SUM] = (int) Math.floorMod(z.sum2 - bytes, 65521L);
        System.arraycopy(words, 0, coded, DeflatePiece.WORDS, words.length);
        return coded;
    }

    /**
     * Adler-32's sums modulo 65521 once they are large (they are only summed up to then): below 2^32 a piece's
     * bytes times the first sum, or a run's length times it, stays far from overflowing.
     */
    private void reduce() {
        if ((sum1 | sum2) >= 1L << 32) {
            sum1 %= 65521;
            sum2 %= 65521;
        }
    }

    /** The zlib stream of every byte added, as its bits ({@link Bits#copyTo}). */
    Bits finish() {
        endRun();
        out.write(CODES[END], LENGTHS[END]);
        out.align();
        long adler = (sum2 % 65521) << 16 | (sum1 % 65521);
        for (int shift = 24; shift >= 0; shift -= 8) out.write((int) (adler >>> shift) & 0xff, 8);
        return out;
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
        int[] perLength = new int[16];
        for (int len : lengths) perLength[len]++;
        perLength[0] = 0;
        int[] next = new int[17];
        int code = 0;
        for (int bits = 1; bits <= 15; bits++) {
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
}
