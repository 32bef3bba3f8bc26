package org.handbook.share;

/**
 * A stretch of filtered bytes worked out once and added to many pictures' {@link RunDeflate} streams in
 * one step: a glyph's row filtered against the row above it, in an ink, which every card drawing that glyph
 * in that ink repeats. Its runs of one byte are its first (which may join the run before it), its middle
 * (coded: the bits they are written in and their bytes' Adler-32 sums, what {@link RunDeflate} would work out
 * byte by byte; null for fewer than three runs) and its last (which the next bytes may continue; length 0 for
 * a piece of one run). Where neither end can join a run (zeros on both sides) the whole piece is added as
 * {@code whole}.
 */
record DeflatePiece(int firstValue, int firstLength, Coded middle, int lastValue, int lastLength, Coded whole) {
    /** Runs as the bits they are coded in ({@code bitCount} in 32-bit words from the lowest) and their bytes' Adler-32 sums. */
    record Coded(int[] bits, int bitCount, long bytes, long sum, long weightedSum) {
    }
}
