package org.handbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Strings numbered in the order they are first added, equal strings (other instances, colliding hashes) one number. */
class StringIdsTest {
    @Test
    void equalStringsHaveOneNumberInTheOrderFirstAdded() {
        StringIds ids = new StringIds();
        Map<String, Integer> expected = new HashMap<>();
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            // other instances of the same strings, enough of them to grow the table several times
            String s = new String(("w" + random.nextInt(20_000)).toCharArray());
            Integer before = expected.putIfAbsent(s, expected.size());
            assertEquals(before == null ? expected.size() - 1 : before, ids.add(s), s);
        }
        assertEquals(expected.size(), ids.size());
        expected.forEach((s, n) -> assertEquals(s, ids.get(n)));
    }

    @Test
    void stringsWithTheSameHashAreToldApart() {
        StringIds ids = new StringIds();
        // "Aa" and "BB" have the same String hash
        assertEquals(0, ids.add("Aa"));
        assertEquals(1, ids.add("BB"));
        assertEquals(0, ids.add(new String("Aa".toCharArray())));
        assertEquals(1, ids.add("BB"));
        assertSame("BB", ids.get(1));
    }
}
