package org.handbook.link;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
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
    /** A record class's name and components, looked up once: a serve rebuild hashes every item, and the lookups cost more than the reads. */
    private record Shape(String name, List<String> names, List<Method> accessors) {
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] cs = type.getRecordComponents();
            return new Shape(type.getSimpleName(), Arrays.stream(cs).map(RecordComponent::getName).toList(),
                    Arrays.stream(cs).map(RecordComponent::getAccessor).toList());
        }
    };

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
            Shape shape = SHAPES.get(r.getClass());
            sb.append(shape.name()).append('{');
            for (int i = 0; i < shape.accessors().size(); i++) {
                Object x;
                try {
                    x = shape.accessors().get(i).invoke(r);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                if (x instanceof SourceMap || (x != null && x == leaveOut)) continue;
                sb.append(shape.names().get(i)).append('=');
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
