package org.handbook.search;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;

/**
 * The export's JSON, written as Jackson's streaming writer wrote it (no spaces; '"', '\\' and
 * control characters escaped, the rest as it is; floats as {@link Float#toString}): the data is
 * only maps, lists, strings and numbers, and on a large site the export writes a record's JSON for
 * each of some forty thousand records. A string with nothing to escape, nearly all, is appended
 * whole instead of going through a writer's buffer a character at a time. ExportJsonTest holds
 * the two to the same text.
 */
final class ExportJson {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ExportJson() {
    }

    static String of(Object value) {
        StringBuilder out = new StringBuilder(64);
        write(out, value);
        return out.toString();
    }

    private static void write(StringBuilder out, Object o) {
        if (o instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) out.append(',');
                first = false;
                string(out, String.valueOf(e.getKey()));
                out.append(':');
                write(out, e.getValue());
            }
            out.append('}');
        } else if (o instanceof Collection<?> list) {
            out.append('[');
            boolean first = true;
            for (Object x : list) {
                if (!first) out.append(',');
                first = false;
                write(out, x);
            }
            out.append(']');
        } else if (o instanceof int[] a) {
            out.append('[');
            for (int i = 0; i < a.length; i++) {
                if (i > 0) out.append(',');
                out.append(a[i]);
            }
            out.append(']');
        } else if (o instanceof String s) {
            string(out, s);
        } else if (o instanceof Integer i) {
            out.append(i.intValue());
        } else if (o instanceof Float f) {
            // as Jackson: a number, or a quoted "NaN" or "Infinity"
            if (Float.isFinite(f)) out.append(Float.toString(f));
            else string(out, Float.toString(f));
        } else if (o instanceof Boolean b) {
            out.append(b.booleanValue());
        } else {
            throw new IllegalArgumentException("no JSON for " + (o == null ? "null" : o.getClass().getName()));
        }
    }

    /** A string in quotes, '"' and '\\' after a backslash, control characters as \b, \t, \n, \f, \r or \\u00XX. */
    private static void string(StringBuilder out, String s) {
        out.append('"');
        if (plain(s)) {
            out.append(s);
        } else {
            for (int i = 0; i < s.length(); i++) escaped(out, s.charAt(i));
        }
        out.append('"');
    }

    /**
     * Whether {@code s} has nothing to escape. Read as Latin-1 bytes, a copy of a Latin-1 string's
     * own (the generator's text nearly all is): every character to escape is ASCII and stays itself
     * there, and any other character becomes a byte that is not one of them.
     */
    private static boolean plain(String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        for (byte c : b) {
            if (c >= 0 && c < ' ' || c == '"' || c == '\\') return false;
        }
        return true;
    }

    private static void escaped(StringBuilder out, char c) {
        switch (c) {
            case '"', '\\' -> out.append('\\').append(c);
            case '\b' -> out.append("\\b");
            case '\t' -> out.append("\\t");
            case '\n' -> out.append("\\n");
            case '\f' -> out.append("\\f");
            case '\r' -> out.append("\\r");
            default -> {
                if (c < ' ') out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 15]);
                else out.append(c);
            }
        }
    }
}
