package org.handbook.share;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A code and a piece's words appended in one call ({@link Bits#append}) are the bits written one by one, whatever
 * the bits before them (every alignment in a word), the code's length (none to 32 bits) and the piece's (none, part
 * of a word, whole words), and a stream that outgrows its room grows.
 */
class BitsTest {
    @Test
    void appendedIsWrittenBitByBit() {
        Random r = new Random(3);
        for (int before = 0; before < 64; before++) {
            for (int n : new int[] {0, 1, 7, 31, 32}) {
                for (int count : new int[] {0, 1, 31, 32, 33, 95, 200}) {
                    int[] words = new int[(count + 31) / 32 + 1];
                    for (int i = 0; i < words.length; i++) words[i] = r.nextInt();
                    if ((count & 31) != 0) words[count / 32] &= (1 << (count & 31)) - 1; // a piece's last word holds its bits only
                    int code = n == 32 ? r.nextInt() : r.nextInt() & ((1 << n) - 1);
                    Bits appended = new Bits(4);
                    Bits written = new Bits(4);
                    for (Bits b : new Bits[] {appended, written}) {
                        for (int i = 0; i < before; i++) b.write(i % 3 == 0 ? 1 : 0, 1);
                    }
                    appended.append(code, n, words, 0, count);
                    written.write(code, n);
                    for (int i = 0; i < count; i++) written.write(words[i / 32] >>> (i % 32) & 1, 1);
                    assertEquals(written.bitCount(), appended.bitCount());
                    assertArrayEquals(written.words(), appended.words(), before + " bits, a code of " + n + ", " + count + " more");
                }
            }
        }
    }
}
