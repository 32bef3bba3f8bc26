package org.handbook.cache;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A hash of texts fed one after another, for the keys a build with nothing to do works out at the
 * JVM's start (the generator's version, the inputs' digest, a kept state's key): SHA-256 there cost
 * some 20 ms of a 100 ms answer, its provider set up and its rounds run by the interpreter, where
 * the processor computes CRC-32C and CRC-32 even before any code is compiled. The same strength as
 * each input file's own hash ({@link Hashes#fast(byte[])}): not meant to resist crafted collisions,
 * which a build's own files have no reason to hold.
 */
public final class FastDigest {
    private final CRC32C c = new CRC32C();
    private final CRC32 d = new CRC32();
    private long length;

    /** Adds a text and a zero byte after it, so that ("ab", "c") and ("a", "bc") differ. */
    public FastDigest add(String text) {
        return raw(text.getBytes(StandardCharsets.UTF_8)).raw(0);
    }

    /** Adds some bytes and then their length, which marks where they end whatever they hold. */
    public FastDigest add(byte[] bytes) {
        return raw(bytes).add(Integer.toString(bytes.length));
    }

    /** Adds some bytes and nothing to mark their end ({@link Hashes#fast(byte[])}: one text's hash). */
    FastDigest raw(byte[] bytes) {
        c.update(bytes);
        d.update(bytes);
        length += bytes.length;
        return this;
    }

    /** Adds one byte. */
    FastDigest raw(int b) {
        c.update(b);
        d.update(b);
        length++;
        return this;
    }

    /** The hash of everything added: its length in bytes and the two checksums, in hex. */
    public String hex() {
        return Long.toHexString(length) + "-" + Long.toHexString(c.getValue()) + "-" + Long.toHexString(d.getValue());
    }

    /** The hash of some texts, in order. */
    public static String of(String... parts) {
        FastDigest f = new FastDigest();
        for (String p : parts) f.add(p);
        return f.hex();
    }
}
