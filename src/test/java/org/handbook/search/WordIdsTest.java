package org.handbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Words numbered by their characters: each found again wherever it lies in a buffer, through the table's growth. */
class WordIdsTest {
    @Test
    void everyWordIsFoundAgainAndNoOtherIs() {
        WordIds ids = new WordIds();
        Map<String, Integer> numbers = new HashMap<>();
        Random random = new Random(7);
        for (int i = 0; i < 50_000; i++) {
            String word = word(random);
            char[] buffer = ("  " + word + "x").toCharArray();
            int found = ids.get(buffer, 2, 2 + word.length(), -1);
            assertEquals(numbers.getOrDefault(word, -1), found, word);
            if (found < 0) {
                ids.put(buffer, 2, 2 + word.length(), WordIds.hash(buffer, 2, 2 + word.length()), numbers.size());
                numbers.put(word, numbers.size());
            }
        }
        numbers.forEach((word, n) -> assertEquals(n, ids.get(word.toCharArray(), 0, word.length(), -1)));
        // a word's start or a longer word is not the word
        assertEquals(-1, ids.get("zzzzzzzzzzzzzzzzzzzzzzzzzz".toCharArray(), 0, 26, -1));
    }

    @Test
    void aClearedMapHasNoWordAndNumbersAgain() {
        WordIds ids = new WordIds();
        for (int i = 0; i < 10_000; i++) put(ids, "w" + i, i);
        ids.clear();
        assertEquals(-1, ids.get("w7".toCharArray(), 0, 2, -1));
        put(ids, "w7", 3);
        assertEquals(3, ids.get("w7".toCharArray(), 0, 2, -1));
        assertEquals(-1, ids.get("w8".toCharArray(), 0, 2, -1));
    }

    private static void put(WordIds ids, String word, int value) {
        char[] c = word.toCharArray();
        ids.put(c, 0, c.length, WordIds.hash(c, 0, c.length), value);
    }

    /** Short words from a small alphabet, so many repeat and many share a start. */
    private static String word(Random random) {
        StringBuilder s = new StringBuilder();
        for (int n = 1 + random.nextInt(random.nextInt(8) + 1); n > 0; n--) s.append("abcde\u00e9".charAt(random.nextInt(6)));
        return s.toString();
    }
}
