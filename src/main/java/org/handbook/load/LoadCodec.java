package org.handbook.load;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.handbook.model.YamlSource;
import org.handbook.problem.Position;

/**
 * What one content file loads to ({@link ContentLoader.FileLoad}: records of the model, lists,
 * maps, texts, numbers, enums, dates, positions) as bytes and back, for {@link LoadCache}. Each
 * collection is read back as the kind it was written from (mutable, unmodifiable or immutable,
 * in the same order), and a long text that is a stretch of the file's own text (a body, the
 * front matter) is kept as where it is, so an entry takes little room beside the file. A value
 * of a kind it does not know is an {@link IOException} when written (the file is then not kept)
 * and anything that does not read back whole is one when read.
 */
final class LoadCodec {
    private static final int NULL = 0, STRING = 1, SLICE = 2, AGAIN = 3, INT = 4, TRUE = 5, FALSE = 6, LONG = 7, DOUBLE = 8,
            DATE = 9, ENUM = 10, POSITION = 11, RECORD = 12, YAML = 13, LIST = 14, MAP = 15;
    // the kinds of collection: java.util's mutable ones, an unmodifiable view of one, List.of/Map.of
    private static final int MUTABLE = 0, VIEW = 1, IMMUTABLE = 2, SORTED = 3, HASHED = 4;
    /** Texts at least this long are looked for in the file's text. */
    private static final int SLICE_FROM = 48;
    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

    private LoadCodec() {
    }

    /** A record class's components and canonical constructor, looked up once. */
    private record Shape(RecordComponent[] components, Constructor<?> constructor) {
        static Shape of(Class<?> c) {
            return SHAPES.computeIfAbsent(c, k -> {
                RecordComponent[] parts = k.getRecordComponents();
                Class<?>[] types = new Class<?>[parts.length];
                for (int i = 0; i < parts.length; i++) types[i] = parts[i].getType();
                try {
                    Constructor<?> make = k.getDeclaredConstructor(types);
                    make.setAccessible(true);
                    for (RecordComponent p : parts) p.getAccessor().setAccessible(true);
                    return new Shape(parts, make);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    throw new IllegalArgumentException("record without a canonical constructor: " + k, e);
                }
            });
        }
    }

    /** {@code load} as bytes; {@code text} is the file's text, whose stretches are kept as places in it. */
    static byte[] encode(ContentLoader.FileLoad load, String text) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(1024);
        try (DataOutputStream out = new DataOutputStream(buf)) {
            Writer w = new Writer(out, text);
            w.value(load.item());
            w.value(load.problems());
            w.value(load.unbound());
        } catch (RuntimeException | ReflectiveOperationException e) {
            throw new IOException("cannot keep: " + e, e);
        }
        return buf.toByteArray();
    }

    /** What {@link #encode} wrote, read back against the same file text. */
    @SuppressWarnings("unchecked")
    static ContentLoader.FileLoad decode(byte[] bytes, int from, int length, String text) throws IOException {
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes, from, length))) {
            Reader r = new Reader(in, text);
            Object item = r.value();
            Object problems = r.value();
            Object unbound = r.value();
            if (in.available() != 0 || !(problems instanceof List<?>)
                    || unbound != null && !(unbound instanceof org.handbook.model.Markdown)) throw new IOException("not a loaded file");
            return new ContentLoader.FileLoad(item, (List<org.handbook.problem.Problem>) problems, (org.handbook.model.Markdown) unbound);
        } catch (RuntimeException | ReflectiveOperationException e) {
            throw new IOException("not whole: " + e, e);
        }
    }

    private static final class Writer {
        private final DataOutputStream out;
        private final String text;
        private final Map<String, Integer> seen = new HashMap<>();

        Writer(DataOutputStream out, String text) {
            this.out = out;
            this.text = text;
        }

        void value(Object v) throws IOException, ReflectiveOperationException {
            if (v == null) {
                out.writeByte(NULL);
            } else if (v instanceof String s) {
                string(s);
            } else if (v instanceof Integer i) {
                out.writeByte(INT);
                out.writeInt(i);
            } else if (v instanceof Boolean b) {
                out.writeByte(b ? TRUE : FALSE);
            } else if (v instanceof Long l) {
                out.writeByte(LONG);
                out.writeLong(l);
            } else if (v instanceof Double d) {
                out.writeByte(DOUBLE);
                out.writeDouble(d);
            } else if (v instanceof LocalDate d) {
                out.writeByte(DATE);
                string(d.toString());
            } else if (v instanceof Enum<?> e) {
                out.writeByte(ENUM);
                string(e.getDeclaringClass().getName());
                string(e.name());
            } else if (v instanceof Position p) {
                out.writeByte(POSITION);
                string(p.path());
                out.writeInt(p.line());
                out.writeInt(p.column());
            } else if (v instanceof YamlSource y) {
                out.writeByte(YAML);
                string(y.path());
                string(y.text());
                out.writeInt(y.firstLine());
            } else if (v instanceof Record rec) {
                out.writeByte(RECORD);
                string(rec.getClass().getName());
                for (RecordComponent c : Shape.of(rec.getClass()).components()) value(c.getAccessor().invoke(rec));
            } else if (v instanceof List<?> list) {
                out.writeByte(LIST);
                out.writeByte(kind(list, java.util.ArrayList.class, false));
                out.writeInt(list.size());
                for (Object o : list) value(o);
            } else if (v instanceof Map<?, ?> map) {
                out.writeByte(MAP);
                int kind = map instanceof TreeMap<?, ?> t && t.comparator() == null ? SORTED
                        : map.getClass() == HashMap.class ? HASHED : kind(map, LinkedHashMap.class, true);
                out.writeByte(kind);
                out.writeInt(map.size());
                // a map without an order of its own is written in its keys' order, so the same map gives the same bytes
                Iterable<? extends Map.Entry<?, ?>> entries = kind == HASHED || kind == IMMUTABLE ? inKeyOrder(map) : map.entrySet();
                for (Map.Entry<?, ?> e : entries) {
                    value(e.getKey());
                    value(e.getValue());
                }
            } else {
                throw new IOException("a value of a kind not kept: " + v.getClass().getName());
            }
        }

        private static List<Map.Entry<?, ?>> inKeyOrder(Map<?, ?> map) throws IOException {
            List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
            for (Map.Entry<?, ?> e : entries) {
                if (!(e.getKey() instanceof String)) throw new IOException("a map keyed by other than texts: " + e.getKey());
            }
            entries.sort(java.util.Comparator.comparing(e -> (String) e.getKey()));
            return entries;
        }

        private static int kind(Object collection, Class<?> mutable, boolean map) throws IOException {
            String name = collection.getClass().getName();
            if (collection.getClass() == mutable) return MUTABLE;
            if (name.startsWith("java.util.ImmutableCollections$")) return IMMUTABLE;
            if (name.startsWith("java.util.Collections$Unmodifiable")) return VIEW;
            throw new IOException("a " + (map ? "map" : "list") + " of a kind not kept: " + name);
        }

        private void string(String s) throws IOException {
            Integer again = seen.get(s);
            if (again != null) {
                out.writeByte(AGAIN);
                out.writeInt(again);
                return;
            }
            seen.put(s, seen.size());
            int at = s.length() >= SLICE_FROM ? text.indexOf(s) : -1;
            if (at >= 0) {
                out.writeByte(SLICE);
                out.writeInt(at);
                out.writeInt(s.length());
                return;
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeByte(STRING);
            out.writeInt(b.length);
            out.write(b);
        }
    }

    private static final class Reader {
        private final DataInputStream in;
        private final String text;
        private final List<String> seen = new ArrayList<>();

        Reader(DataInputStream in, String text) {
            this.in = in;
            this.text = text;
        }

        Object value() throws IOException, ReflectiveOperationException {
            int tag = in.readByte();
            return switch (tag) {
                case NULL -> null;
                case STRING, SLICE, AGAIN -> string(tag);
                case INT -> in.readInt();
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                case LONG -> in.readLong();
                case DOUBLE -> in.readDouble();
                case DATE -> LocalDate.parse(string());
                case ENUM -> enumValue(string(), string());
                case POSITION -> new Position(string(), in.readInt(), in.readInt());
                case YAML -> new YamlSource(string(), string(), in.readInt());
                case RECORD -> record(string());
                case LIST -> list();
                case MAP -> map();
                default -> throw new IOException("unknown tag " + tag);
            };
        }

        private Object list() throws IOException, ReflectiveOperationException {
            int kind = in.readByte();
            int n = in.readInt();
            if (n < 0) throw new IOException("negative size");
            List<Object> list = new ArrayList<>(Math.min(n, 1 << 16));
            for (int i = 0; i < n; i++) list.add(value());
            return switch (kind) {
                case MUTABLE -> list;
                case VIEW -> Collections.unmodifiableList(list);
                case IMMUTABLE -> List.copyOf(list);
                default -> throw new IOException("unknown list kind " + kind);
            };
        }

        private Object map() throws IOException, ReflectiveOperationException {
            int kind = in.readByte();
            int n = in.readInt();
            if (n < 0) throw new IOException("negative size");
            Map<Object, Object> map = kind == HASHED ? new HashMap<>() : kind == SORTED ? new TreeMap<>() : new LinkedHashMap<>();
            for (int i = 0; i < n; i++) map.put(value(), value());
            if (map.size() != n) throw new IOException("a key twice");
            return switch (kind) {
                case MUTABLE, SORTED, HASHED -> map;
                case VIEW -> Collections.unmodifiableMap(map);
                case IMMUTABLE -> Map.copyOf(map);
                default -> throw new IOException("unknown map kind " + kind);
            };
        }

        private Object record(String name) throws IOException, ReflectiveOperationException {
            // only the model's own records are made from the cache
            if (!name.startsWith("org.handbook.")) throw new IOException("not a record of the model: " + name);
            Class<?> c = Class.forName(name, false, LoadCodec.class.getClassLoader());
            if (!c.isRecord()) throw new IOException("not a record: " + name);
            Shape shape = Shape.of(c);
            Object[] args = new Object[shape.components().length];
            for (int i = 0; i < args.length; i++) args[i] = value();
            return shape.constructor().newInstance(args);
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static Object enumValue(String type, String name) throws ReflectiveOperationException, IOException {
            if (!type.startsWith("org.handbook.")) throw new IOException("not an enum of ours: " + type);
            Class<?> c = Class.forName(type, false, LoadCodec.class.getClassLoader());
            if (!c.isEnum()) throw new IOException("not an enum: " + type);
            return Enum.valueOf((Class) c, name);
        }

        private String string() throws IOException {
            return string(in.readByte());
        }

        private String string(int tag) throws IOException {
            if (tag == AGAIN) {
                int i = in.readInt();
                if (i < 0 || i >= seen.size()) throw new IOException("no such text");
                return seen.get(i);
            }
            String s;
            if (tag == SLICE) {
                int at = in.readInt();
                int length = in.readInt();
                if (at < 0 || length < 0 || at > text.length() - length) throw new IOException("a stretch outside the text");
                s = text.substring(at, at + length);
            } else if (tag == STRING) {
                int length = in.readInt();
                if (length < 0 || length > in.available()) throw new IOException("a text longer than the entry");
                s = new String(in.readNBytes(length), StandardCharsets.UTF_8);
            } else {
                throw new IOException("not a text: " + tag);
            }
            seen.add(s);
            return s;
        }
    }
}
