package org.handbook.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Strings in {@link String#compareTo} order: prefixes of one another, long ties, characters beyond Latin-1 and the byte boundary. */
class StringOrderTest {
    @Test
    void ordersAsCompareTo() {
        Random r = new Random(11);
        // few letters, so many strings share their first characters; some long runs of one prefix (more than the insertion sort takes)
        char[] alphabet = {'a', 'b', 'é', 'ÿ', '\u0100', '›', '\uFFFF', '0', ' ', '\u00FE'};
        for (int size : new int[] {0, 1, 2, 255, 256, 257, 5_000, 70_000}) {
            String[] strings = new String[size];
            for (int i = 0; i < size; i++) {
                StringBuilder s = new StringBuilder(i % 7 == 0 ? "prefixshared" : "");
                int length = r.nextInt(10);
                for (int k = 0; k < length; k++) s.append(alphabet[r.nextInt(alphabet.length)]);
                strings[i] = s.toString();
            }
            int[] order = StringOrder.of(strings, size);
            String[] sorted = new String[size];
            for (int i = 0; i < size; i++) sorted[i] = strings[order[i]];
            String[] expected = strings.clone();
            Arrays.sort(expected);
            assertArrayEquals(expected, sorted, "size " + size);
        }
    }

    @Test
    void readsOnlyTheFirstN() {
        int[] order = StringOrder.of(new String[] {"b", "a", null}, 2);
        assertArrayEquals(new int[] {1, 0}, order);
    }
}
