package org.handbook.search;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

/**
 * The export's JSON, written as Jackson's streaming writer wrote it (no spaces; '"', '\\' and
 * control characters escaped, the rest as it is; floats as {@link Float#toString}) and encoded as
 * UTF-8: the data is only maps, lists, strings (some as {@link Digits} or a {@link Head}) and
 * numbers, and on a large site the export writes a record's JSON for each of some forty thousand
 * records. It is written as UTF-8 bytes from the start, each string encoded alone: written as
 * one text, a single character beyond Latin-1 (the '›' of a record's context) made the whole text
 * two bytes a character, compressed and encoded again. Every character JSON escapes is ASCII,
 * which UTF-8 keeps as itself and uses for nothing else, so a string's escapes are found in its
 * bytes. ExportJsonTest holds the two to the same bytes.
 */
final class ExportJson {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    private byte[] bytes = new byte[256];
    private int n;

    private ExportJson() {
    }

    /**
     * A string written as the first {@code end} chars of {@code text} and then {@code tail}, not
     * joined first: an excerpt's " …" joined to a text in Latin-1 made a string two bytes a
     * character, widened and then encoded a character at a time.
     */
    record Head(String text, int end, String tail) {
    }

    /** {@code value} as JSON in UTF-8. */
    static byte[] utf8(Object value) {
        ExportJson out = new ExportJson();
        out.write(value);
        return Arrays.copyOf(out.bytes, out.n);
    }

    /** {@code value} as JSON text. */
    static String of(Object value) {
        return new String(utf8(value), StandardCharsets.UTF_8);
    }

    private void write(Object o) {
        if (o instanceof Map<?, ?> map) {
            add('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) add(',');
                first = false;
                string(String.valueOf(e.getKey()));
                add(':');
                write(e.getValue());
            }
            add('}');
        } else if (o instanceof Collection<?> list) {
            add('[');
            boolean first = true;
            for (Object x : list) {
                if (!first) add(',');
                first = false;
                write(x);
            }
            add(']');
        } else if (o instanceof int[] a) {
            add('[');
            for (int i = 0; i < a.length; i++) {
                if (i > 0) add(',');
                number(a[i]);
            }
            add(']');
        } else if (o instanceof String s) {
            string(s);
        } else if (o instanceof Digits d) {
            // base-64 digits, which JSON writes as they are, not made a string and looked through for escapes
            add('"');
            add(d.bytes(), 0, d.length());
            add('"');
        } else if (o instanceof Head h) {
            add('"');
            chars(h.text.substring(0, h.end));
            chars(h.tail);
            add('"');
        } else if (o instanceof Integer i) {
            number(i);
        } else if (o instanceof Float f) {
            // as Jackson: a number, or a quoted "NaN" or "Infinity"
            if (Float.isFinite(f)) ascii(Float.toString(f));
            else string(Float.toString(f));
        } else if (o instanceof Boolean b) {
            ascii(b.toString());
        } else {
            throw new IllegalArgumentException("no JSON for " + (o == null ? "null" : o.getClass().getName()));
        }
    }

    /** A string in quotes, '"' and '\\' after a backslash, control characters as \b, \t, \n, \f, \r or \\u00XX. */
    private void string(String s) {
        add('"');
        chars(s);
        add('"');
    }

    /** A string's characters as {@link #string} writes them between its quotes. */
    private void chars(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        int from = 0;
        for (int i = 0; i < b.length; i++) {
            byte c = b[i];
            if (c >= 0 && c < ' ' || c == '"' || c == '\\') {
                add(b, from, i);
                escaped(c);
                from = i + 1;
            }
        }
        add(b, from, b.length);
    }

    private void escaped(byte c) {
        switch (c) {
            case '"', '\\' -> {
                add('\\');
                add(c);
            }
            case '\b' -> ascii("\\b");
            case '\t' -> ascii("\\t");
            case '\n' -> ascii("\\n");
            case '\f' -> ascii("\\f");
            case '\r' -> ascii("\\r");
            default -> {
                ascii("\\u00");
                add(HEX[c >> 4]);
                add(HEX[c & 15]);
            }
        }
    }

    /** An int in decimal, its digits written from the last. */
    private void number(int value) {
        long v = value;
        if (v < 0) {
            add('-');
            v = -v;
        }
        int digits = 1;
        for (long top = 10; top <= v; top *= 10) digits++;
        room(digits);
        for (int i = n + digits - 1; i >= n; i--, v /= 10) bytes[i] = (byte) ('0' + v % 10);
        n += digits;
    }

    /** A text in ASCII alone. */
    private void ascii(String s) {
        room(s.length());
        for (int i = 0; i < s.length(); i++) bytes[n++] = (byte) s.charAt(i);
    }

    private void add(int c) {
        room(1);
        bytes[n++] = (byte) c;
    }

    private void add(byte[] b, int from, int to) {
        room(to - from);
        System.arraycopy(b, from, bytes, n, to - from);
        n += to - from;
    }

    private void room(int more) {
        if (n + more > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, n + more));
    }
}
