package org.handbook.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * One entry of the cache on disk: a header naming the generator that wrote it and the key it was
 * written under, the payload's length and its CRC-32C, then the payload. Read back only when every
 * one of these matches, so a truncated, corrupt, misplaced or older entry reads as missing. Written
 * under a temporary name in the cache's {@value #TEMPORARY} folder and moved into place, so a reader
 * never sees half an entry; the name starts with the writer's process id, so what a killed writer
 * left is told from what a running one is writing ({@link #sweep}).
 */
final class CacheFile {
    private static final int MAGIC = 0x48424331; // "HBC1"
    /** The folder of entries being written, inside the cache folder. */
    static final String TEMPORARY = "tmp";
    private static final long PID = ProcessHandle.current().pid();
    /** Entries this process began writing: each one's temporary name. */
    private static final AtomicLong WRITTEN = new AtomicLong();
    /** Folders this process made or found: asked for once, not on every write. */
    private static final Set<Path> FOLDERS = ConcurrentHashMap.newKeySet();
    /** Room for a header: the magic number, two hashes and the payload's length and checksum. */
    private static final int HEADER_MAX = 1024;
    /**
     * The most read or written in one call: the JDK passes a heap array to the file through a native
     * buffer of the call's size, and keeps it for the thread (a 4,000-page site's text facts, 47 MB).
     */
    private static final int SLICE = 1 << 18;

    private CacheFile() {
    }

    /** The payload of {@code file} if it is whole and was written by {@code generator} under {@code key}. */
    static Optional<byte[]> read(Path file, String generator, String key) {
        // the header first, then the payload straight into an array of its size: a kept state can be megabytes
        try (java.nio.channels.SeekableByteChannel ch = Files.newByteChannel(file)) {
            long size = ch.size();
            java.nio.ByteBuffer head = java.nio.ByteBuffer.allocate((int) Math.min(size, HEADER_MAX));
            while (head.hasRemaining() && ch.read(head) >= 0) {
                // until the header's room is full or the file ends
            }
            DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(head.array(), 0, head.position()));
            if (in.readInt() != MAGIC || !in.readUTF().equals(generator) || !in.readUTF().equals(key)) return Optional.empty();
            long length = in.readLong();
            int crc = in.readInt();
            int start = head.position() - in.available();
            if (length != size - start || length > Integer.MAX_VALUE) return Optional.empty();
            byte[] payload = new byte[(int) length];
            int got = head.position() - start;
            System.arraycopy(head.array(), start, payload, 0, got);
            java.nio.ByteBuffer rest = java.nio.ByteBuffer.wrap(payload, got, payload.length - got);
            while (rest.position() < payload.length) {
                // in slices: the JDK copies each read through a native buffer of the read's size (and keeps it)
                rest.limit(Math.min(payload.length, rest.position() + SLICE));
                if (ch.read(rest) < 0) return Optional.empty();
            }
            return crc(payload) == crc ? Optional.of(payload) : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // unreadable, shorter than its header, or not one of ours at all
            return Optional.empty();
        }
    }

    /** Writes an entry atomically, whole or not at all, by way of the cache folder {@code cache}'s temporary folder. */
    static void write(Path cache, Path file, String generator, String key, byte[] payload) {
        write(cache, file, generator, key, List.of(ByteBuffer.wrap(payload)));
    }

    /** As the other, the payload given as pieces one after another (not joined into one array first). */
    static void write(Path cache, Path file, String generator, String key, List<ByteBuffer> payload) {
        long length = 0;
        CRC32C crc = new CRC32C();
        for (ByteBuffer piece : payload) {
            length += piece.remaining();
            crc.update(piece.duplicate());
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream(160);
        try (DataOutputStream out = new DataOutputStream(buf)) {
            out.writeInt(MAGIC);
            out.writeUTF(generator);
            out.writeUTF(key);
            out.writeLong(length);
            out.writeInt((int) crc.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (buf.size() > HEADER_MAX) throw new IllegalArgumentException("a cache key too long to read back: " + key);
        try {
            for (boolean again = false; ; again = true) {
                folder(file.getParent(), again);
                Path temporary = cache.resolve(TEMPORARY);
                folder(temporary, again);
                // named by this process and a count, not by the random name Files.createTempFile draws (and sets modes for)
                Path tmp = temporary.resolve(PID + "-" + WRITTEN.incrementAndGet() + ".part");
                try {
                    try (OutputStream out = Files.newOutputStream(tmp)) {
                        out.write(buf.toByteArray());
                        for (ByteBuffer piece : payload) {
                            for (int at = 0; at < piece.remaining(); at += SLICE) {
                                out.write(piece.array(), piece.arrayOffset() + piece.position() + at, Math.min(SLICE, piece.remaining() - at));
                            }
                        }
                    }
                    try {
                        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                    }
                    return;
                } catch (NoSuchFileException e) {
                    Files.deleteIfExists(tmp);
                    if (again) throw e; // else a folder gone since this process made it: made again, once
                } catch (IOException | RuntimeException e) {
                    Files.deleteIfExists(tmp);
                    throw e;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the build cache at " + file, e);
        }
    }

    /**
     * Makes folder {@code dir} unless this process made or found it before ({@code again}: whatever it did): a write
     * asked for its two folders every time, some 40% of a cold 4,000-page build's card writes' CPU with the
     * temporary file's random name.
     */
    private static void folder(Path dir, boolean again) throws IOException {
        if (again || !FOLDERS.contains(dir)) {
            Files.createDirectories(dir);
            FOLDERS.add(dir);
        }
    }

    /**
     * Deletes the entries that writers no longer running left half-written in the cache folder
     * {@code cache} (a build killed while it kept a PDF); a running process's, this one's
     * included, are left alone. A process id used again by a later process keeps its leftover
     * until that process ends, no longer.
     */
    static void sweep(Path cache) {
        try (Stream<Path> s = Files.list(cache.resolve(TEMPORARY))) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                if (name.matches("\\d{1,18}-.*") && ProcessHandle.of(Long.parseLong(name.substring(0, name.indexOf('-')))).isEmpty()) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // no temporary folder yet, or one that cannot be read: the cache only saves time, the next build tries again
        }
    }

    private static int crc(byte[] payload) {
        CRC32C c = new CRC32C();
        c.update(payload);
        return (int) c.getValue();
    }
}
