package org.handbook.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A stem's best entries found by selection, not by sorting all of them: the same entries as a full sort gives. */
class StemCodeTest {
    @Test
    void selectionPutsTheSmallestFirst() {
        Random random = new Random(7);
        for (int t = 0; t < 500; t++) {
            int n = 1 + random.nextInt(2000);
            long[] keys = random.longs(n, 0, 1 + random.nextInt(50)).map(x -> x << 32).toArray();
            for (int i = 0; i < n; i++) keys[i] |= i;
            if (t % 5 == 0) Arrays.sort(keys);
            int k = 1 + random.nextInt(n);
            long[] sorted = keys.clone();
            Arrays.sort(sorted);
            StemCode.select(keys, k);
            Arrays.sort(keys, 0, k);
            assertArrayEquals(Arrays.copyOf(sorted, k), Arrays.copyOf(keys, k));
        }
    }

    @Test
    void bandsAreThoseOfTheWholeListSorted() {
        Random random = new Random(3);
        int n = 3000;
        int[] pairs = new int[2 * n];
        FieldFrequencies frequencies = new FieldFrequencies(n, 1);
        byte[][] norms = new byte[3][n];
        for (int i = 0; i < n; i++) {
            pairs[2 * i] = i;
            pairs[2 * i + 1] = random.nextInt(400);
            frequencies.set(i, 2, 1);
        }
        int[] widths = {1, 1, 1};
        StemCode code = new StemCode(pairs, frequencies, norms, 2, widths);
        // the same list, each entry alone, best first by a full sort
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> pairs[2 * a + 1] != pairs[2 * b + 1] ? pairs[2 * b + 1] - pairs[2 * a + 1] : a - b);
        StringBuilder expected = new StringBuilder();
        Digits d = new Digits(16);
        for (int k = SearchExport.BAND0; k < SearchExport.BAND1; k++) d.fixed(order[k], 2).fixed(pairs[2 * order[k] + 1], StemCode.SCORE_WIDTH).fixed(0, 1).fixed(0, 1).fixed(0, 1);
        expected.append(d.text());
        assertEquals(pairs[2 * order[SearchExport.BAND0] + 1], code.next(SearchExport.BAND0));
        assertEquals(expected.toString(), code.entries(SearchExport.BAND0, SearchExport.BAND1).text());
        assertEquals(pairs[2 * order[SearchExport.BAND1] + 1], code.next(SearchExport.BAND1));
        assertEquals(pairs[2 * order[n - 1] + 1], code.next(n - 1));
        assertEquals(0, code.next(n));
    }

    @Test
    void membershipCountedRecordByRecordIsAsLongAsMade() {
        Random random = new Random(11);
        for (int t = 0; t < 200; t++) {
            int n = 1 + random.nextInt(600);
            int[] pairs = new int[2 * n];
            // now and then frequencies too large to pack, and gaps too long for one digit
            int most = t % 4 == 0 ? 5000 : 6;
            FieldFrequencies frequencies = new FieldFrequencies(n, most);
            int[][] f = new int[n][3];
            int record = -1;
            for (int i = 0; i < n; i++) {
                record += 1 + (random.nextInt(5) == 0 ? random.nextInt(5000) : random.nextInt(16));
                pairs[2 * i] = record;
                for (int field = 0; field < 3; field++) {
                    f[i][field] = random.nextInt(3) == 0 ? random.nextInt(most + 1) : 0;
                    if (field == 2 && f[i][0] + f[i][1] + f[i][2] == 0) f[i][2] = 1 + random.nextInt(most);
                    frequencies.set(i, field, f[i][field]);
                }
            }
            int counted = 0;
            for (int i = 0; i < n; i++) counted += StemCode.membershipChars(pairs[2 * i] - (i == 0 ? -1 : pairs[2 * i - 2]), f[i][0], f[i][1], f[i][2]);
            StemCode code = new StemCode(pairs, frequencies, new byte[3][record + 1], 3, new int[] {1, 1, 1});
            assertEquals(code.membership().length(), counted);
        }
    }
}
