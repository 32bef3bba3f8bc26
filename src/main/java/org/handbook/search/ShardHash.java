package org.handbook.search;

import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Names search files by their content, fast: CRC-32 and CRC-32C side by side, 64 bits. The export
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
     * 128 bits of some texts, each followed by a separator, read character by character (a
     * 31-multiplier polynomial and FNV-1a, 64 bits each): no copy of megabytes of text to hash it.
     */
    static String ofTexts(Iterable<String> texts) {
        long a = 1125899906842597L;
        long b = 0xcbf29ce484222325L;
        for (String t : texts) {
            for (int i = 0, n = t.length(); i <= n; i++) {
                int c = i < n ? t.charAt(i) : 0x1FFFF;
                a = 31 * a + c;
                b = (b ^ c) * 0x100000001b3L;
            }
        }
        return hex(a, 16) + hex(b, 16);
    }

    /** The first {@code digits} (at most 16) hexadecimal digits of a hash. */
    static String hex(long hash, int digits) {
        String hex = Long.toHexString(hash);
        return ("0".repeat(16 - hex.length()) + hex).substring(0, digits);
    }
}
