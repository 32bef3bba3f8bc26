package org.handbook.search;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Names search files by their content, fast: CRC-32 and CRC-32C side by side, 64 bits. The export
 * hashes some sixty megabytes on a large site, where SHA-256 took a fifth of a second a core and
 * these take milliseconds; a name only has to change when the content does, which a 64-bit check
 * does short of a one-in-2^64 accident, and nothing trusts it for security.
 */
final class ShardHash {
    private ShardHash() {
    }

    /** 64 bits of {@code text}'s UTF-8 bytes. */
    static long of(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        CRC32 a = new CRC32();
        a.update(bytes);
        CRC32C b = new CRC32C();
        b.update(bytes);
        return a.getValue() << 32 | b.getValue();
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

    /** The first {@code digits} (at most 16) hexadecimal digits of {@link #of}. */
    static String hex(String text, int digits) {
        return hex(of(text), digits);
    }

    static String hex(long hash, int digits) {
        String hex = Long.toHexString(hash);
        return ("0".repeat(16 - hex.length()) + hex).substring(0, digits);
    }
}
