package org.handbook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ShinglesTest {
    @Test
    void findsExactlyTheHashesThatRecurAcrossManyBuckets() {
        Random random = new Random(15);
        long[][] hashes = new long[40][];
        Map<Long, Integer> counts = new HashMap<>();
        long[] pool = new long[60];
        for (int k = 0; k < pool.length; k++) pool[k] = random.nextLong() | 1;
        for (int p = 0; p < hashes.length; p++) {
            hashes[p] = new long[1_000 + random.nextInt(500)];
            for (int i = 0; i < hashes[p].length; i++) {
                // a break now and then, a few hashes from a small pool (which recur), the rest all but unique
                long x = i % 97 == 0 ? 0 : random.nextInt(50) == 0 ? pool[random.nextInt(pool.length)] : random.nextLong() | 1;
                hashes[p][i] = x;
                if (x != 0) counts.merge(x, 1, Integer::sum);
            }
        }
        long[] table = Shingles.recurring(hashes);
        int recurring = 0;
        for (Map.Entry<Long, Integer> e : counts.entrySet()) {
            boolean twice = e.getValue() > 1;
            if (twice) recurring++;
            assertEquals(twice, Shingles.contains(table, e.getKey()), Long.toHexString(e.getKey()));
        }
        assertTrue(recurring > 40, "the pool's hashes recur: " + recurring);
        assertFalse(Shingles.contains(table, 2));
    }

    @Test
    void noneRecurring() {
        assertEquals(0, Shingles.recurring(new long[][] {{1, 3, 0}, {5, 0, 7}}).length);
        assertEquals(0, Shingles.recurring(new long[0][]).length);
    }
}
