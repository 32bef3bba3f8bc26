package org.handbook.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * One entry of the cache on disk: a header naming the generator that wrote it and the key it was
 * written under, the payload's length and its CRC-32C, then the payload. Read back only when every
 * one of these matches, so a truncated, corrupt, misplaced or older entry reads as missing. Written
 * under a temporary name and moved into place, so a reader never sees half an entry.
 */
final class CacheFile {
    private static final int MAGIC = 0x48424331; // "HBC1"

    private CacheFile() {
    }

    /** The payload of {@code file} if it is whole and was written by {@code generator} under {@code key}. */
    static Optional<byte[]> read(Path file, String generator, String key) {
        byte[] all;
        try {
            all = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(all))) {
            if (in.readInt() != MAGIC || !in.readUTF().equals(generator) || !in.readUTF().equals(key)) return Optional.empty();
            long length = in.readLong();
            int crc = in.readInt();
            int start = all.length - in.available();
            if (length != all.length - start) return Optional.empty();
            byte[] payload = Arrays.copyOfRange(all, start, all.length);
            return crc(payload) == crc ? Optional.of(payload) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            // shorter than its header, or not one of ours at all
            return Optional.empty();
        }
    }

    /** Writes an entry atomically: whole or not at all. */
    static void write(Path file, String generator, String key, byte[] payload) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(payload.length + 160);
        try (DataOutputStream out = new DataOutputStream(buf)) {
            out.writeInt(MAGIC);
            out.writeUTF(generator);
            out.writeUTF(key);
            out.writeLong(payload.length);
            out.writeInt(crc(payload));
            out.write(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".tmp-", ".part");
            try {
                Files.write(tmp, buf.toByteArray());
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the build cache at " + file, e);
        }
    }

    private static int crc(byte[] payload) {
        CRC32C c = new CRC32C();
        c.update(payload);
        return (int) c.getValue();
    }
}
