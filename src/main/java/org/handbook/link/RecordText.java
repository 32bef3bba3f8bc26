package org.handbook.link;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import org.handbook.model.SourceMap;

/**
 * A record's components as text, recursively, for hashing: every field a view could show, with
 * each string's length before it so no two records read alike. Source positions are left out
 * (only problems show them), and so is one value the caller names (an item's body, which is
 * hashed as a text of its own).
 */
final class RecordText {
    private RecordText() {
    }

    static String of(Object value, Object leaveOut) {
        StringBuilder sb = new StringBuilder();
        append(sb, value, leaveOut);
        return sb.toString();
    }

    private static void append(StringBuilder sb, Object v, Object leaveOut) {
        if (v == null) {
            sb.append('~');
        } else if (v instanceof Record r) {
            sb.append(r.getClass().getSimpleName()).append('{');
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                Object x;
                try {
                    x = c.getAccessor().invoke(r);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                if (x instanceof SourceMap || (x != null && x == leaveOut)) continue;
                sb.append(c.getName()).append('=');
                append(sb, x, leaveOut);
                sb.append(';');
            }
            sb.append('}');
        } else if (v instanceof List<?> list) {
            sb.append('[');
            for (Object o : list) {
                append(sb, o, leaveOut);
                sb.append(',');
            }
            sb.append(']');
        } else if (v instanceof Map<?, ?> map) {
            sb.append('{');
            map.forEach((k, x) -> {
                append(sb, k, leaveOut);
                sb.append(':');
                append(sb, x, leaveOut);
                sb.append(',');
            });
            sb.append('}');
        } else {
            String s = String.valueOf(v);
            sb.append(s.length()).append('"').append(s);
        }
    }
}
