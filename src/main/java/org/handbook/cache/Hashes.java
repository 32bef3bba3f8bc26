package org.handbook.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of texts, each ended by a zero byte so that ("ab", "c") and ("a", "bc") differ. */
public final class Hashes {
    private Hashes() {
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void update(MessageDigest d, String s) {
        d.update(s.getBytes(StandardCharsets.UTF_8));
        d.update((byte) 0);
    }

    /** The hash of some texts, in order: 64 hex digits. */
    public static String of(String... parts) {
        MessageDigest d = sha256();
        for (String p : parts) update(d, p);
        return HexFormat.of().formatHex(d.digest());
    }

    /**
     * A fast hash of a text, for telling one version of a content text from the next: its length
     * and the CRC-32C and CRC-32 of its UTF-8 bytes (both computed by the processor). Not meant to
     * resist someone crafting collisions, which a build's own content has no reason to.
     */
    public static String fast(String text) {
        return fast(text.getBytes(StandardCharsets.UTF_8));
    }

    /** {@link #fast(String)} of some bytes. */
    public static String fast(byte[] bytes) {
        return new FastDigest().raw(bytes).hex();
    }

    /**
     * {@link #fast(String)} of texts joined by line ends, without joining them: a content file's key is its type,
     * path and id before its text, and the joined string was the text copied twice more before it was encoded.
     */
    public static String fastLines(String... parts) {
        FastDigest f = new FastDigest();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) f.raw('\n');
            f.raw(parts[i].getBytes(StandardCharsets.UTF_8));
        }
        return f.hex();
    }

    /** The hash of some bytes: 64 hex digits. */
    public static String of(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }
}
