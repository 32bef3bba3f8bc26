package org.handbook.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;

/**
 * The export's JSON through Jackson's streaming writer. The data is only maps, lists, strings and
 * numbers, and on a large site the export writes some hundred thousand small files: databind's
 * set-up for each value (finding a serializer by class) was most of the cost of writing them.
 */
final class ExportJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private ExportJson() {
    }

    static String of(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
        } else {
            throw new IllegalArgumentException("no JSON for " + (o == null ? "null" : o.getClass().getName()));
        }
    }
}
