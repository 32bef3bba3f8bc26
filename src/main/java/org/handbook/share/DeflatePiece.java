package org.handbook.share;

/**
 * A stretch of filtered bytes worked out once and added to many pictures' {@link RunDeflate} streams in
 * one step: a glyph's row filtered against the row above it, in an ink, which every card drawing that glyph
 * in that ink repeats. Its runs of one byte are its first (which may join the run before it), its middle
 * (coded: the bits they are written in and their bytes' Adler-32 sums, what {@link RunDeflate} would work out
 * byte by byte; none for fewer than three runs) and its last (which the next bytes may continue; length 0 for
 * a piece of one run). Where neither end can join a run (zeros on both sides) the whole piece is added as
 * coded once.
 *
 * <p>A piece is ints in an array, from an offset, at the offsets below: a glyph's rows are one array, read in
 * order as a card's rows are encoded, not a row's record, its piece's and two coded stretches' and their bits'
 * arrays to follow (most of the encoder's time under C1 went to loading those). Its coded stretches are: the
 * bit count, the bytes' count and Adler-32's two sums modulo 65521, then the bits, 32 a word from the lowest.
 */
final class DeflatePiece {
    static final int FIRST_VALUE = 0;
    static final int FIRST_LENGTH = 1;
    static final int LAST_VALUE = 2;
    static final int LAST_LENGTH = 3;
    /** Where the middle runs' coded stretch is, from the piece's offset; -1 for none. */
    static final int MIDDLE = 4;
    /** Where the whole piece coded is, from the piece's offset. */
    static final int WHOLE = 5;

    /** A coded stretch's bit count, bytes, sum of the bytes and sum of the running sums (Adler-32's), then its words. */
    static final int BIT_COUNT = 0;
    static final int BYTES = 1;
    static final int SUM = 2;
    static final int WEIGHTED_SUM = 3;
    static final int WORDS = 4;

    private DeflatePiece() {
    }
}
