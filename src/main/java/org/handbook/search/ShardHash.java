package org.handbook.search;

import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The export's hashes: 128-bit keys of what a file or a group was made from ({@link Mix}), and
 * names of search files by their content, fast: CRC-32 and CRC-32C side by side, 64 bits. The export
 * hashes some thirty megabytes on a large site, where SHA-256 took a fifth of a second a core and
 * these take milliseconds. A name has to change when the content does, and two different files
 * must not share one (the export writes a name once): with 64 bits and some 100,000 files, the
 * chance of that is about one in 10^9. Nothing trusts these names for security.
 */
final class ShardHash {
    private ShardHash() {
    }

    /** 64 bits of some byte strings, each followed by a slash. */
    static long of(List<byte[]> parts) {
        CRC32 a = new CRC32();
        CRC32C b = new CRC32C();
        for (byte[] p : parts) {
            a.update(p);
            a.update('/');
            b.update(p);
            b.update('/');
        }
        return a.getValue() << 32 | b.getValue();
    }

    /**
     * 128 bits built up from numbers and texts, for keys of what the export made (two 64-bit lanes,
     * each number multiplied into both with different constants and rotations, mixed at the end).
     * Not for names: a name is the hash of a file's bytes ({@link #of}).
     */
    static final class Mix {
        private long a = 0x243F6A8885A308D3L;
        private long b = 0x13198A2E03707344L;

        Mix add(long v) {
            a = Long.rotateLeft(a ^ v * 0x9E3779B97F4A7C15L, 27) * 0xBF58476D1CE4E5B9L;
            b = Long.rotateLeft(b + v * 0xC2B2AE3D27D4EB4FL, 31) * 0x94D049BB133111EBL;
            return this;
        }

        /** A text: its length, then its characters two at a time. */
        Mix add(String s) {
            int n = s.length();
            add(n);
            int i = 0;
            for (; i + 1 < n; i += 2) add((long) s.charAt(i) << 16 | s.charAt(i + 1));
            if (i < n) add(s.charAt(i));
            return this;
        }

        /** 32 hex digits: {@link #first()} and {@link #second()}. */
        String hex() {
            return ShardHash.hex(first(), 16) + ShardHash.hex(second(), 16);
        }

        long first() {
            return finish(a ^ b >>> 17);
        }

        long second() {
            return finish(b ^ a >>> 23);
        }

        private static long finish(long z) {
            z = (z ^ z >>> 30) * 0xBF58476D1CE4E5B9L;
            z = (z ^ z >>> 27) * 0x94D049BB133111EBL;
            return z ^ z >>> 31;
        }
    }

    /** The first {@code digits} (at most 16) hexadecimal digits of a hash. */
    static String hex(long hash, int digits) {
        String hex = Long.toHexString(hash);
        return ("0".repeat(16 - hex.length()) + hex).substring(0, digits);
    }
}
