package org.handbook.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The byte search finds what a string's {@code indexOf} finds, wherever the needle is or is not. */
class AsciiNeedleTest {

    @Test
    void findsWhatIndexOfFindsInRandomUtf8Texts() {
        Random random = new Random(15);
        String[] needles = {" data-online-only", "a", "aa", "aba", "<a ", "only"};
        String[] pieces = {"a", "b", " ", "data", "-online", "-only", "é", "→", "😀", "<a ", "ab", "\n"};
        for (int round = 0; round < 4_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) text.append(pieces[random.nextInt(pieces.length)]);
            String needle = needles[random.nextInt(needles.length)];
            if (random.nextInt(3) == 0) text.insert(random.nextInt(text.length() + 1), needle);
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
            int from = random.nextInt(bytes.length + 2) - 1;
            assertEquals(latin1.indexOf(needle, from), new AsciiNeedle(needle).in(bytes, from), "'" + needle + "' in '" + text + "' from " + from);
        }
    }

    @Test
    void aNeedleAtTheVeryStartOrEndIsFound() {
        AsciiNeedle needle = new AsciiNeedle("only");
        assertEquals(0, needle.in("only".getBytes(StandardCharsets.UTF_8), 0));
        assertEquals(5, needle.in("éandonly".getBytes(StandardCharsets.UTF_8), 0));
        assertEquals(-1, needle.in("onl".getBytes(StandardCharsets.UTF_8), 0));
        assertEquals(-1, needle.in(new byte[0], 0));
    }

    @Test
    void onlyAnAsciiNeedleIsTaken() {
        assertThrows(IllegalArgumentException.class, () -> new AsciiNeedle("é"));
        assertThrows(IllegalArgumentException.class, () -> new AsciiNeedle(""));
    }
}
