package org.handbook.write;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A zip archive made in memory whose bytes depend only on what is put in, in that order: every
 * entry has the same local timestamp and no extra fields, so two builds of the same site give the
 * same archive (the EPUB and the offline copy). Entries are compressed apart from the archive
 * ({@link #deflate}), so a caller may compress them side by side, or take an unchanged entry's
 * compressed bytes from the archive it made last time ({@link ZipEntries}). The archive is laid out
 * once, in an array of its exact size, when it is finished: a growing buffer held up to three times the
 * archive's bytes at once (the entries, the buffer doubled, its copy), at the end of a large site's build.
 */
public final class DeterministicZip {
    /** The version a reader needs: 2.0 for deflate (1.0 would do for stored entries; 2.0 is what {@code java.util.zip} writes). */
    private static final int VERSION = 20;
    /** General purpose flag: names are UTF-8. */
    private static final int UTF8 = 0x800;
    private static final int LIMIT = 0xFFFF;

    private static final int LOCAL_HEADER = 30;
    private static final int CENTRAL_HEADER = 46;
    private static final int END_RECORD = 22;

    /** Each thread's room to deflate into, as large as the largest entry it deflated. */
    private static final ThreadLocal<byte[]> ROOM = ThreadLocal.withInitial(() -> new byte[1 << 16]);

    private final List<Placed> entries = new ArrayList<>();
    private final long dosTime;
    private long size;
    private ByteBuffer bytes;

    /** An entry as the archive keeps it: method 0 (stored) or 8 (deflated), CRC-32 and length of the content, and the data. */
    public record Entry(String name, int method, long crc, int size, byte[] data) {
    }

    private record Placed(Entry entry, byte[] name, long offset) {
    }

    /** An empty archive whose entries all carry {@code time} (DOS time, no time zone). */
    public DeterministicZip(LocalDateTime time) {
        this.dosTime = dosTime(time);
    }

    /** An archive whose entries carry a content date ({@code YYYY-MM-DD}, else 1980-01-01): it changes only when the content does. */
    public static DeterministicZip dated(String date) {
        LocalDateTime time;
        try {
            time = java.time.LocalDate.parse(date).atStartOfDay();
        } catch (RuntimeException e) {
            time = LocalDateTime.of(1980, 1, 1, 0, 0);
        }
        return new DeterministicZip(time);
    }

    /** {@code content} deflated at zlib's default level, as {@code name}. */
    public static Entry deflate(String name, byte[] content) {
        return deflate(name, content, Deflater.DEFAULT_COMPRESSION);
    }

    /** {@code content} deflated at zlib's {@code level} (0-9, or {@link Deflater#DEFAULT_COMPRESSION}), as {@code name}. */
    public static Entry deflate(String name, byte[] content, int level) {
        Deflater d = new Deflater(level, true);
        try {
            d.setInput(content);
            d.finish();
            // into the thread's room for it, then copied out at its size (a growing stream allocated some four times that)
            byte[] room = ROOM.get();
            int n = 0;
            while (!d.finished()) {
                if (n == room.length) ROOM.set(room = Arrays.copyOf(room, 2 * room.length));
                n += d.deflate(room, n, room.length - n);
            }
            return new Entry(name, 8, crc(content), content.length, Arrays.copyOf(room, n));
        } finally {
            d.end();
        }
    }

    /** {@code content} stored as it is (an EPUB's {@code mimetype} must be; PDFs and pictures gain nothing from deflate). */
    public static Entry stored(String name, byte[] content) {
        return new Entry(name, 0, crc(content), content.length, content);
    }

    static long crc(byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        return crc.getValue();
    }

    /** Adds a compressed entry. */
    public DeterministicZip add(String path, byte[] content) {
        return add(deflate(path, content));
    }

    /** Adds an entry stored without compression. */
    public DeterministicZip addStored(String path, byte[] content) {
        return add(stored(path, content));
    }

    /** Adds an entry made by {@link #deflate} or {@link #stored}, or taken from an earlier archive. */
    public DeterministicZip add(Entry e) {
        if (entries.size() == LIMIT) throw new IllegalStateException("more than " + LIMIT + " entries in one archive");
        byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
        entries.add(new Placed(e, name, size));
        size += LOCAL_HEADER + name.length + e.data().length;
        return this;
    }

    /** The finished archive; nothing can be added after. */
    public byte[] finish() {
        long start = size;
        long central = 0;
        for (Placed p : entries) central += CENTRAL_HEADER + p.name().length;
        long total = start + central + END_RECORD;
        if (total > 0xFFFFFFFFL || total > Integer.MAX_VALUE - 8) throw new IllegalStateException("an archive over 2 GB");
        byte[] out = new byte[(int) total];
        bytes = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
        for (Placed p : entries) {
            int32(0x04034b50);
            int16(VERSION);
            common(p.entry(), p.name());
            int16(0); // no extra field
            bytes.put(p.name());
            bytes.put(p.entry().data());
        }
        for (Placed p : entries) {
            int32(0x02014b50);
            int16(VERSION); // made by
            int16(VERSION); // needed
            common(p.entry(), p.name());
            int16(0); // extra
            int16(0); // comment
            int16(0); // disk
            int16(0); // internal attributes
            int32(0); // external attributes
            int32(p.offset());
            bytes.put(p.name());
        }
        int32(0x06054b50);
        int16(0);
        int16(0);
        int16(entries.size());
        int16(entries.size());
        int32(central);
        int32(start);
        int16(0);
        return out;
    }

    /** What the local and the central header share, from the flags to the name's length. */
    private void common(Entry e, byte[] name) {
        int16(UTF8);
        int16(e.method());
        int32(dosTime);
        int32(e.crc());
        int32(e.data().length);
        int32(e.size());
        int16(name.length);
    }

    private void int16(int v) {
        bytes.putShort((short) v);
    }

    private void int32(long v) {
        bytes.putInt((int) v);
    }

    /** Date in the high half, time in the low, as zip's DOS fields have them. */
    private static long dosTime(LocalDateTime t) {
        int year = Math.max(1980, t.getYear());
        return ((long) (year - 1980) << 25) | ((long) t.getMonthValue() << 21) | ((long) t.getDayOfMonth() << 16)
                | ((long) t.getHour() << 11) | ((long) t.getMinute() << 5) | (t.getSecond() >> 1);
    }
}
