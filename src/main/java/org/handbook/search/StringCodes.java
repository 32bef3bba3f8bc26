package org.handbook.search;

import java.util.Arrays;
import org.handbook.cache.VarintWriter;

/**
 * Strings numbered as they come, each written once as the analysis cache writes a string
 * ({@link AnalysedGroup#decode} reads it): a thread's words and stems ({@link WordTable}) are
 * in group after group, so a group's cache entry copies their bytes instead of writing each
 * string again a character at a time.
 */
final class StringCodes {
    private final VarintWriter bytes = new VarintWriter(1 << 14);
    /** Where each string's bytes end: string {@code i}'s run from {@code ends[i - 1]} (0 for the first). */
    private int[] ends = new int[1024];
    private int count;

    /** Writes {@code s} as the next string. */
    void add(String s) {
        write(bytes, s);
        if (count == ends.length) ends = Arrays.copyOf(ends, 2 * count);
        ends[count++] = bytes.size();
    }

    /** Appends string {@code i}'s bytes to {@code out}. */
    void copy(int i, VarintWriter out) {
        out.append(bytes, i == 0 ? 0 : ends[i - 1], ends[i]);
    }

    /** A string: its length times two, plus one when its units follow as UTF-16, else as Latin-1 bytes. */
    private static void write(VarintWriter out, String s) {
        boolean latin1 = true;
        for (int i = 0; i < s.length() && latin1; i++) latin1 = s.charAt(i) < 0x100;
        out.varint(2 * s.length() + (latin1 ? 0 : 1));
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!latin1) out.raw(c >>> 8);
            out.raw(c);
        }
    }
}
