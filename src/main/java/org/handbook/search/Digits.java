package org.handbook.search;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Numbers as base-64 digits written straight into bytes, the way the export writes postings: a
 * JSON string of these needs no escaping, and the browser reads them back with a lookup table.
 * Fixed widths for lists it indexes into; a variable width (five bits a digit, the sixth saying
 * another digit follows) for gaps and counts.
 */
final class Digits {
    static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
    private static final byte[] DIGIT = ALPHABET.getBytes(StandardCharsets.US_ASCII);

    private byte[] buf;
    private int n;

    Digits(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    /** How many digits a fixed-width number up to {@code max} takes. */
    static int width(long max) {
        int width = 1;
        for (long top = 64; top <= max; top *= 64) width++;
        return width;
    }

    /** {@code value} in exactly {@code width} digits, most significant first. */
    Digits fixed(int value, int width) {
        room(width);
        for (int shift = 6 * (width - 1); shift >= 0; shift -= 6) buf[n++] = DIGIT[(value >>> shift) & 63];
        return this;
    }

    /** {@code value} (0 or more) in as many digits as it needs: five bits each, 32 added to all but the last. */
    Digits varint(int value) {
        int groups = varintLength(value);
        room(groups);
        for (int i = groups - 1; i >= 0; i--) buf[n++] = DIGIT[(value >>> 5 * i) & 31 | (i > 0 ? 32 : 0)];
        return this;
    }

    /** How many digits {@link #varint} writes {@code value} in. */
    static int varintLength(int value) {
        int groups = 1;
        while (value >>> 5 * groups != 0) groups++;
        return groups;
    }

    /** One digit, 0 to 63. */
    Digits digit(int value) {
        room(1);
        buf[n++] = DIGIT[value];
        return this;
    }

    String text() {
        return new String(buf, 0, n, StandardCharsets.US_ASCII);
    }

    /** These digits in an array of their own length: grown as written, it may be twice that, and the export keeps a stem's until it is written. */
    Digits trimmed() {
        if (buf.length > n) buf = Arrays.copyOf(buf, n);
        return this;
    }

    /** How many digits are written. */
    int length() {
        return n;
    }

    /** The digits' bytes, the first {@link #length} of this array (not a copy): the export's JSON writes them as they are. */
    byte[] bytes() {
        return buf;
    }

    private void room(int more) {
        if (n + more > buf.length) buf = Arrays.copyOf(buf, 2 * buf.length + more);
    }
}
