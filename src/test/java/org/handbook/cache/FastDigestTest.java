package org.handbook.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast digest tells apart any two different lists of texts a build's keys are made of, and only those. */
class FastDigestTest {

    @Test
    void equalListsHashAlikeAndEveryChangeToAListChangesItsHash() {
        Random random = new Random(11);
        Map<String, List<String>> byHash = new HashMap<>();
        for (int i = 0; i < 3_000; i++) {
            List<String> parts = new ArrayList<>();
            for (int n = random.nextInt(40); n > 0; n--) parts.add(text(random));
            String hash = FastDigest.of(parts.toArray(String[]::new));
            assertEquals(hash, FastDigest.of(parts.toArray(String[]::new)), "the same texts");
            List<String> before = byHash.put(hash, parts);
            if (before != null) assertEquals(before, parts, "two different lists, one hash");
            List<String> changed = change(parts, random);
            if (!changed.equals(parts)) assertNotEquals(hash, FastDigest.of(changed.toArray(String[]::new)), parts + " -> " + changed);
        }
    }

    @Test
    void textsAreBoundedSoMovingACharacterBetweenThemCounts() {
        assertNotEquals(FastDigest.of("ab", "c"), FastDigest.of("a", "bc"));
        assertNotEquals(FastDigest.of("a", ""), FastDigest.of("a"));
        assertNotEquals(new FastDigest().add(new byte[]{1, 2}).add(new byte[]{3}).hex(), new FastDigest().add(new byte[]{1}).add(new byte[]{2, 3}).hex());
    }

    private static List<String> change(List<String> parts, Random random) {
        List<String> out = new ArrayList<>(parts);
        int at = out.isEmpty() ? 0 : random.nextInt(out.size());
        switch (out.isEmpty() ? 0 : random.nextInt(5)) {
            case 0 -> out.add(at, text(random));
            case 1 -> out.remove(at);
            case 2 -> out.set(at, out.get(at) + (char) ('a' + random.nextInt(26)));
            case 3 -> {
                int other = random.nextInt(out.size());
                String a = out.get(at);
                out.set(at, out.get(other));
                out.set(other, a);
            }
            default -> {
                String s = out.get(at);
                if (s.isEmpty()) out.set(at, "x");
                else {
                    char[] c = s.toCharArray();
                    c[random.nextInt(c.length)] ^= 1 << random.nextInt(7);
                    out.set(at, new String(c));
                }
            }
        }
        return out;
    }

    private static String text(Random random) {
        char[] c = new char[random.nextInt(24)];
        for (int i = 0; i < c.length; i++) c[i] = (char) (random.nextInt(8) == 0 ? 0x80 + random.nextInt(0x300) : 32 + random.nextInt(95));
        return new String(c);
    }
}
