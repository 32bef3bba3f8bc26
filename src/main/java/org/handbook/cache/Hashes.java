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

    /** The hash of some bytes: 64 hex digits. */
    public static String of(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }
}
