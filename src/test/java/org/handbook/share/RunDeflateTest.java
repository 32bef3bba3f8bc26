package org.handbook.share;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

/**
 * The run encoder's stream inflates (with zlib, checksum checked) to exactly the bytes and runs it was
 * given, whatever their lengths (copies are at most 258 bytes, a tail of one or two is written as bytes),
 * its codes are complete and no longer than deflate allows, and a piece worked out once adds the same
 * bytes to a stream as its runs added one by one, wherever it goes.
 */
class RunDeflateTest {

    /** Adds runs of random bytes and lengths to {@code z} and to the expected bytes. */
    private static byte[] addRuns(RunDeflate z, Random r, int runs, int longest) {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        for (int i = 0; i < runs; i++) {
            int b = r.nextInt(4) == 0 ? 0 : r.nextInt(256);
            int n = r.nextInt(3) == 0 ? 1 + r.nextInt(longest) : 1 + r.nextInt(4);
            if (n == 1 && r.nextBoolean()) z.add(b);
            else z.add(b, n);
            for (int k = 0; k < n; k++) expected.write(b);
        }
        return expected.toByteArray();
    }

    /** The stream {@code z} finished, as bytes. */
    private static byte[] bytes(RunDeflate z) {
        Bits bits = z.finish();
        byte[] out = new byte[bits.byteCount()];
        bits.copyTo(out, 0);
        return out;
    }

    private static byte[] inflated(byte[] stream, int expectedLength) throws Exception {
        Inflater inflater = new Inflater();
        inflater.setInput(stream);
        byte[] out = new byte[expectedLength + 1];
        int n = inflater.inflate(out); // throws when the Adler-32 does not match the data
        assertTrue(inflater.finished(), "the stream ends with its final block and checksum");
        assertEquals(0, inflater.getRemaining(), "nothing after the checksum");
        inflater.end();
        return Arrays.copyOf(out, n);
    }

    @Test
    void runsOfEveryLengthInflateToTheBytesGiven() throws Exception {
        for (int seed = 0; seed < 20; seed++) {
            RunDeflate z = new RunDeflate();
            byte[] expected = addRuns(z, new Random(seed), 2_000, seed % 2 == 0 ? 600 : 70_000);
            assertArrayEquals(expected, inflated(bytes(z), expected.length), "seed " + seed);
        }
    }

    @Test
    void copiesAroundTheLongestCopyAreWhole() throws Exception {
        for (int n : new int[] {1, 2, 3, 4, 258, 259, 260, 261, 262, 516, 517, 518, 519, 65_521, 200_000}) {
            RunDeflate z = new RunDeflate();
            z.add(7);
            z.add(0, n);
            z.add(0, 0);
            z.add(9);
            byte[] expected = new byte[n + 2];
            expected[0] = 7;
            expected[n + 1] = 9;
            assertArrayEquals(expected, inflated(bytes(z), expected.length), "a run of " + n);
        }
    }

    @Test
    void nothingAndOneByteAreStreamsToo() throws Exception {
        assertEquals(0, inflated(bytes(new RunDeflate()), 0).length);
        RunDeflate one = new RunDeflate();
        one.add(200);
        assertArrayEquals(new byte[] {(byte) 200}, inflated(bytes(one), 1));
    }

    @Test
    void theSameCallsGiveTheSameBytes() {
        RunDeflate a = new RunDeflate();
        RunDeflate b = new RunDeflate();
        addRuns(a, new Random(5), 500, 300);
        addRuns(b, new Random(5), 500, 300);
        assertArrayEquals(bytes(a), bytes(b));
    }

    @Test
    void skewedFrequenciesGetCompleteCodesWithinTheLimit() {
        int[] frequencies = new int[40];
        int x = 1;
        int y = 1;
        for (int i = 0; i < 30; i++) { // Fibonacci frequencies: an unlimited code would be 29 bits deep
            frequencies[i] = x;
            int next = x + y;
            x = y;
            y = next;
        }
        for (int limit : new int[] {7, 15}) {
            int[] lengths = HuffmanLengths.of(frequencies, limit);
            double kraft = 0;
            for (int i = 0; i < lengths.length; i++) {
                assertTrue(lengths[i] <= limit, "symbol " + i + ": " + lengths[i] + " bits");
                assertEquals(frequencies[i] > 0, lengths[i] > 0, "symbol " + i + " has a code if and only if it is used");
                if (lengths[i] > 0) kraft += Math.pow(2, -lengths[i]);
            }
            assertEquals(1.0, kraft, 1e-12, "a complete code");
        }
    }

    @Test
    void theFittedCodeGivesEverySymbolACompleteCode() {
        int[] lengths = RunDeflate.codeLengths();
        assertEquals(286, lengths.length);
        double kraft = 0;
        for (int i = 0; i < lengths.length; i++) {
            assertTrue(lengths[i] >= 1 && lengths[i] <= 15, "symbol " + i + ": " + lengths[i] + " bits");
            kraft += Math.pow(2, -lengths[i]);
        }
        assertEquals(1.0, kraft, 1e-12, "a complete code");
    }

    /** Random runs for a piece: {@code values} and {@code lengths} filled, each byte different from the one before; how many. */
    private static int pieceRuns(Random r, int[] values, int[] lengths) {
        int runs = 1 + r.nextInt(values.length);
        for (int i = 0; i < runs; i++) {
            do {
                values[i] = r.nextInt(3) == 0 ? 2 : 1 + r.nextInt(255);
            } while (i > 0 && values[i] == values[i - 1]);
            lengths[i] = r.nextInt(4) == 0 ? 1 + r.nextInt(600) : 1 + r.nextInt(3);
        }
        return runs;
    }

    @Test
    void aPieceAddsWhatItsRunsAddOneByOne() throws Exception {
        Random r = new Random(11);
        for (int round = 0; round < 600; round++) {
            int[] values = new int[12];
            int[] lengths = new int[12];
            int runs = pieceRuns(r, values, lengths);
            int[] piece = RunDeflate.piece(values, lengths, runs);
            int[] otherValues = new int[12];
            int[] otherLengths = new int[12];
            int otherRuns = pieceRuns(r, otherValues, otherLengths);
            int[] other = RunDeflate.piece(otherValues, otherLengths, otherRuns);
            RunDeflate byRuns = new RunDeflate();
            RunDeflate byPiece = new RunDeflate();
            // before it: nothing, zeros, the piece's own first byte (which it joins), or another piece alone and zeros;
            // after it: zeros or its last byte
            int before = r.nextInt(4);
            int after = r.nextInt(2);
            int zeros = r.nextInt(4) == 0 ? 250 + r.nextInt(20) : 1 + r.nextInt(5); // about the longest run coded at once too
            boolean alone = (before == 1 || before == 3) && after == 0;
            if (before == 2) {
                byRuns.add(values[0], 2);
                byPiece.add(values[0], 2);
            }
            if (before == 3) {
                byRuns.add(0, 1);
                for (int i = 0; i < otherRuns; i++) byRuns.add(otherValues[i], otherLengths[i]);
                byPiece.addAlone(1, other, 0);
            }
            if (before == 1 || before == 3) {
                byRuns.add(0, zeros);
                if (!alone) byPiece.add(0, zeros);
            }
            for (int i = 0; i < runs; i++) byRuns.add(values[i], lengths[i]);
            if (alone) byPiece.addAlone(zeros, piece, 0);
            else byPiece.add(piece, 0);
            for (RunDeflate z : List.of(byRuns, byPiece)) {
                if (after == 0) z.add(0, 3);
                else z.add(values[runs - 1], 1);
            }
            assertArrayEquals(bytes(byRuns), bytes(byPiece), "round " + round);
        }
    }
}
