package org.handbook.write;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The deflated entries of an archive made earlier ({@link DeterministicZip}), so a new archive
 * takes an unchanged file's compressed bytes instead of deflating it again: deflate is most of
 * what an offline copy of a large site costs, and one edited page changes one entry of thousands.
 * Nothing is trusted: an archive that does not read as one gives no entries, and an entry is
 * taken only when it inflates to exactly the new content, or, from an archive known to be one this
 * generator made ({@link #ours}), when its size and CRC-32 are the new content's (zlib gives the
 * same bytes for the same input at the same level, so the archive is the one a clean build makes).
 */
public final class ZipEntries {
    private static final ZipEntries NONE = new ZipEntries(Map.of(), false);
    private final Map<String, DeterministicZip.Entry> byName;
    private final boolean ours;

    private ZipEntries(Map<String, DeterministicZip.Entry> byName, boolean ours) {
        this.byName = byName;
        this.ours = ours;
    }

    /** No earlier archive. */
    public static ZipEntries none() {
        return NONE;
    }

    /** The deflated entries of {@code zip}, or none when it is not an archive this class can read whole. */
    public static ZipEntries of(byte[] zip) {
        return of(zip, false);
    }

    /**
     * As {@link #of(byte[])}, for an archive known to be byte for byte one this generator made
     * (its checksum is the one recorded when it was made, see {@link #checksum}): each entry's
     * compressed bytes are then the deflated content its size and CRC-32 describe, and an entry is
     * taken when those match the new content, without inflating it to compare.
     */
    public static ZipEntries ours(byte[] zip) {
        return of(zip, true);
    }

    private static ZipEntries of(byte[] zip, boolean ours) {
        try {
            return new ZipEntries(read(ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN)), ours);
        } catch (RuntimeException e) {
            return NONE;
        }
    }

    /** A checksum of a whole archive, recorded when it is made, to know it again as {@link #ours}. */
    public static String checksum(byte[] zip) {
        java.util.zip.CRC32C c = new java.util.zip.CRC32C();
        c.update(zip);
        return zip.length + "-" + Long.toHexString(c.getValue());
    }

    /**
     * {@code content} as entry {@code name}: the earlier archive's compressed bytes when they are its, else
     * deflated now at zlib's {@code level} (the level the earlier archive was made at, for an archive {@link #ours}).
     */
    public DeterministicZip.Entry deflate(String name, byte[] content, int level) {
        DeterministicZip.Entry old = byName.get(name);
        if (old != null && old.size() == content.length && old.crc() == DeterministicZip.crc(content) && (ours || inflatesTo(old.data(), content))) {
            return old;
        }
        return DeterministicZip.deflate(name, content, level);
    }

    private static boolean inflatesTo(byte[] data, byte[] content) {
        Inflater inf = new Inflater(true);
        try {
            inf.setInput(data);
            byte[] out = new byte[content.length + 1];
            int n = 0;
            while (n < out.length && !inf.finished()) {
                int k = inf.inflate(out, n, out.length - n);
                if (k == 0 && (inf.needsInput() || inf.needsDictionary())) break;
                n += k;
            }
            return inf.finished() && inf.getRemaining() == 0 && n == content.length && Arrays.equals(out, 0, n, content, 0, n);
        } catch (DataFormatException e) {
            return false;
        } finally {
            inf.end();
        }
    }

    /** The entries the central directory lists, each checked against its local header. */
    private static Map<String, DeterministicZip.Entry> read(ByteBuffer b) {
        int end = b.limit() - 22; // the end record, with no comment, as DeterministicZip writes it
        if (end < 0 || b.getInt(end) != 0x06054b50) throw new IllegalArgumentException("no end record");
        int count = b.getShort(end + 10) & 0xFFFF;
        int at = b.getInt(end + 16);
        Map<String, DeterministicZip.Entry> out = new HashMap<>();
        for (int i = 0; i < count; i++) {
            if (b.getInt(at) != 0x02014b50) throw new IllegalArgumentException("no central header");
            int method = b.getShort(at + 10) & 0xFFFF;
            long crc = b.getInt(at + 16) & 0xFFFFFFFFL;
            int compressed = b.getInt(at + 20);
            int size = b.getInt(at + 24);
            int nameLength = b.getShort(at + 28) & 0xFFFF;
            int skip = (b.getShort(at + 30) & 0xFFFF) + (b.getShort(at + 32) & 0xFFFF);
            int local = b.getInt(at + 42);
            String name = string(b, at + 46, nameLength);
            at += 46 + nameLength + skip;
            if (b.getInt(local) != 0x04034b50 || (b.getShort(local + 26) & 0xFFFF) != nameLength
                    || !name.equals(string(b, local + 30, nameLength))) throw new IllegalArgumentException("local header of " + name);
            int data = local + 30 + nameLength + (b.getShort(local + 28) & 0xFFFF);
            if (method != 8 || compressed < 0 || size < 0) continue;
            byte[] bytes = new byte[compressed];
            b.get(data, bytes);
            out.put(name, new DeterministicZip.Entry(name, method, crc, size, bytes));
        }
        return out;
    }

    private static String string(ByteBuffer b, int at, int length) {
        byte[] s = new byte[length];
        b.get(at, s);
        return new String(s, StandardCharsets.UTF_8);
    }
}
