package org.handbook.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip archive made in memory whose bytes depend only on what is put in, in that order: every
 * entry has the same local timestamp and no extra fields, so two builds of the same site give the
 * same archive (the EPUB and the offline copy). Entries are added in the order the caller chooses.
 */
public final class DeterministicZip {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    private final ZipOutputStream zip = new ZipOutputStream(bytes);
    private final LocalDateTime time;

    /** An empty archive whose entries all carry {@code time} (DOS time, no time zone). */
    public DeterministicZip(LocalDateTime time) {
        this.time = time;
        zip.setLevel(Deflater.DEFAULT_COMPRESSION);
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

    /** Adds a compressed entry. */
    public DeterministicZip add(String path, byte[] content) {
        return put(entry(path), content);
    }

    /** Adds an entry stored without compression (an EPUB's {@code mimetype} must be). */
    public DeterministicZip addStored(String path, byte[] content) {
        ZipEntry e = entry(path);
        CRC32 crc = new CRC32();
        crc.update(content);
        e.setMethod(ZipEntry.STORED);
        e.setSize(content.length);
        e.setCompressedSize(content.length);
        e.setCrc(crc.getValue());
        return put(e, content);
    }

    /** The finished archive; nothing can be added after. */
    public byte[] finish() {
        try {
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private ZipEntry entry(String path) {
        ZipEntry e = new ZipEntry(path);
        e.setTimeLocal(time); // DOS time only: no extended-timestamp field, no time zone
        return e;
    }

    private DeterministicZip put(ZipEntry e, byte[] content) {
        try {
            zip.putNextEntry(e);
            zip.write(content);
            zip.closeEntry();
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
        return this;
    }
}
