package org.handbook.offline;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An ASCII string looked for in bytes (UTF-8 or Latin-1: no byte of a character past ASCII is an ASCII
 * byte in UTF-8), skipping ahead by the byte under the needle's end (Horspool's rule) rather than
 * trying every offset. The offline copy looks for its mark in every page of the site, and nearly all
 * pages have none: the whole page read as a Latin-1 string and searched byte by byte was 2% of a cold
 * 4,000-page build's CPU, as the builds' C1 compiles it (without the processor's string instructions).
 */
final class AsciiNeedle {
    private final byte[] needle;
    /** How far the needle may move on when the byte under its last one is this byte (as an unsigned index). */
    private final int[] shift = new int[256];

    AsciiNeedle(String ascii) {
        if (ascii.isEmpty() || !ascii.chars().allMatch(c -> c < 0x80)) throw new IllegalArgumentException("not a non-empty ASCII needle: " + ascii);
        needle = ascii.getBytes(StandardCharsets.US_ASCII);
        Arrays.fill(shift, needle.length);
        for (int i = 0; i < needle.length - 1; i++) shift[needle[i]] = needle.length - 1 - i;
    }

    /** Where the needle first starts in {@code bytes} at or after {@code from}, or -1. */
    int in(byte[] bytes, int from) {
        int last = needle.length - 1;
        for (int end = Math.max(from, 0) + last; end < bytes.length; end += shift[bytes[end] & 0xff]) {
            int i = last;
            while (i >= 0 && bytes[end - last + i] == needle[i]) i--;
            if (i < 0) return end - last;
        }
        return -1;
    }
}
