package org.handbook.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** A stem's field frequencies read back as set, three to an int up to the largest that fits, an int each above it. */
class FieldFrequenciesTest {
    @Test
    void frequenciesReadBackAsSetPackedOrNot() {
        Random random = new Random(7);
        for (int most : new int[] {1, 3, FieldFrequencies.MOST_PACKED, FieldFrequencies.MOST_PACKED + 1, 1 << 20, Integer.MAX_VALUE}) {
            int records = 1 + random.nextInt(500);
            int[] want = new int[3 * records];
            FieldFrequencies got = new FieldFrequencies(records, most);
            for (int i = 0; i < records; i++) {
                for (int f = 0; f < 3; f++) {
                    // every field set or left at 0, the largest allowed among them
                    int tf = random.nextInt(4) == 0 ? 0 : random.nextInt(4) == 0 ? most : 1 + random.nextInt(most);
                    want[3 * i + f] = tf;
                    if (tf > 0) got.set(i, f, tf);
                }
            }
            for (int i = 0; i < records; i++) {
                for (int f = 0; f < 3; f++) assertEquals(want[3 * i + f], got.get(i, f), "record " + i + " field " + f + " at most " + most);
            }
            assertArrayEquals(want, got.unpacked());
        }
    }
}
