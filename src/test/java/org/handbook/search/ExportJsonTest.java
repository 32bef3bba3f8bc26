package org.handbook.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The export's JSON is the text Jackson's streaming writer makes of the same values, in UTF-8, byte for byte. */
class ExportJsonTest {
    private static final JsonFactory JACKSON = new JsonFactory();

    /** Characters strings are made of: every one JSON escapes, ASCII around them, Latin-1, other scripts, surrogates whole and alone. */
    private static final String[] PIECES = {"a", "Z", "0", " ", "\"", "\\", "/", "\b", "\t", "\n", "\f", "\r", "\u0000", "\u0001", "\u001f",
            "\u007f", "\u0080", "é", "ÿ", "\u0100", "…", "›", "≥", "\u2028", "\u2029", "日本", "😀", "\ud83d", "\ude00", "'", "<", "&", "?",
            "words and more words ", "[@cite]", "{#id}"};

    @Test
    void randomValuesAreWrittenAsJacksonWrote() throws IOException {
        Random random = new Random(15);
        for (int i = 0; i < 20_000; i++) {
            Object value = value(random, 0);
            String expected = jackson(value);
            // the bytes the site gets: Jackson's text in UTF-8 (a surrogate alone a '?', as any text encoded)
            assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), ExportJson.utf8(value), () -> "for " + expected);
        }
    }

    @Test
    void exportedNumbersAreWrittenAsJacksonWrote() throws IOException {
        List<Object> values = List.of(0, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, 0f, -0f, 1.5f, 3.4028235e38f, 1.4e-45f, 1e-7f, 12345.678f,
                Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, true, false, new int[] {}, new int[] {-5, 0, 7}, "", List.of(), Map.of());
        for (Object v : values) assertEquals(jackson(v), ExportJson.of(v));
        assertEquals(jackson(values), ExportJson.of(values));
    }

    @Test
    void aHeadIsWrittenAsItsPartJoinedToItsTail() {
        Random random = new Random(16);
        for (int i = 0; i < 5_000; i++) {
            String text = string(random);
            int end = random.nextInt(text.length() + 1);
            String tail = random.nextBoolean() ? Excerpts.MORE : string(random);
            List<Object> joined = List.of("x", text.substring(0, end) + tail);
            assertArrayEquals(ExportJson.utf8(joined), ExportJson.utf8(List.of("x", new ExportJson.Head(text, end, tail))), () -> "for " + joined);
        }
    }

    @Test
    void digitsAreWrittenAsTheirText() {
        Digits d = new Digits(1);
        for (int i = 0; i < 100; i++) d.fixed(i * 37, 2).varint(i * 1000);
        assertEquals(ExportJson.of(List.of(d.text())), ExportJson.of(List.of(d)));
    }

    @Test
    void anythingElseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ExportJson.of(List.of(1L)));
    }

    private static Object value(Random random, int depth) {
        int kind = random.nextInt(depth > 2 ? 5 : 8);
        switch (kind) {
            case 0, 1:
                return string(random);
            case 2:
                return random.nextInt(3) == 0 ? random.nextInt() : random.nextInt(1000);
            case 3:
                return random.nextInt(4) == 0 ? Float.intBitsToFloat(random.nextInt()) : random.nextFloat() * 10;
            case 4:
                int[] a = new int[random.nextInt(6)];
                for (int k = 0; k < a.length; k++) a[k] = random.nextInt(2000) - 1000;
                return a;
            case 5:
                return random.nextBoolean();
            case 6:
                List<Object> list = new ArrayList<>();
                for (int k = random.nextInt(5); k > 0; k--) list.add(value(random, depth + 1));
                return list;
            default:
                Map<String, Object> map = new LinkedHashMap<>();
                for (int k = random.nextInt(5); k > 0; k--) map.put(string(random), value(random, depth + 1));
                return map;
        }
    }

    private static String string(Random random) {
        StringBuilder s = new StringBuilder();
        // mostly plain text, as the export's, sometimes with characters to escape
        boolean plain = random.nextInt(3) > 0;
        for (int k = random.nextInt(12); k > 0; k--) s.append(PIECES[plain ? random.nextInt(3) : random.nextInt(PIECES.length)]);
        return s.toString();
    }

    /** What the export wrote through Jackson's streaming writer before it wrote its JSON itself. */
    private static String jackson(Object value) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JACKSON.createGenerator(out)) {
            write(g, value);
        }
        return out.toString();
    }

    private static void write(JsonGenerator g, Object o) throws IOException {
        if (o instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (o instanceof Collection<?> list) {
            g.writeStartArray();
            for (Object x : list) write(g, x);
            g.writeEndArray();
        } else if (o instanceof int[] a) {
            g.writeArray(a, 0, a.length);
        } else if (o instanceof String s) {
            g.writeString(s);
        } else if (o instanceof Integer i) {
            g.writeNumber(i);
        } else if (o instanceof Float f) {
            g.writeNumber(f);
        } else if (o instanceof Boolean b) {
            g.writeBoolean(b);
        }
    }
}
