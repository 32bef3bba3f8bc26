package org.handbook.share;

import java.awt.Color;

/**
 * A PNG palette for pictures drawn in a few inks on one background, as the cards and the cover are:
 * every pixel of such a picture is the background blended with one ink (anti-aliased edges), so it is
 * told by the ink and how much of it covers the pixel. {@value #LEVELS} levels of coverage per ink (the
 * eye does not tell two neighbours apart; a level's step is 2-4 values of a channel with the book's
 * colours) make an 8-bit palette, a third of the bytes of RGB to filter and deflate, and a pixel's entry
 * is looked up by its ink and coverage, never searched for by its colour.
 */
final class InkPalette {
    /** Levels of coverage per ink besides none: four inks and the background fill 253 of the 256 entries. */
    static final int LEVELS = 63;

    private final Color[] inks;
    private final int[] entries;
    /** For each ink, the entry of each coverage 0..255 (0, the background, for none). */
    private final byte[][] byCoverage;

    InkPalette(Color background, Color... inks) {
        if (1 + inks.length * LEVELS > 256) throw new IllegalArgumentException("more inks than a palette holds: " + inks.length);
        int bg = background.getRGB() & 0xffffff;
        this.inks = inks.clone();
        entries = new int[1 + inks.length * LEVELS];
        entries[0] = bg;
        byCoverage = new byte[inks.length][256];
        for (int i = 0; i < inks.length; i++) {
            int ink = inks[i].getRGB() & 0xffffff;
            for (int level = 1; level <= LEVELS; level++) entries[entry(i, level)] = blend(bg, ink, level);
            for (int c = 1; c < 256; c++) {
                int level = (c * LEVELS + 127) / 255;
                byCoverage[i][c] = (byte) (level == 0 ? 0 : entry(i, level));
            }
        }
    }

    private static int entry(int ink, int level) {
        return 1 + ink * LEVELS + level - 1;
    }

    /** The colour {@code level} levels of {@code ink} over {@code background}. */
    private static int blend(int background, int ink, int level) {
        int out = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int b = (background >> shift) & 0xff;
            int i = (ink >> shift) & 0xff;
            out |= (int) Math.round(b + (i - b) * (double) level / LEVELS) << shift;
        }
        return out;
    }

    /** The entries of {@code ink} by coverage (0..255, as an anti-aliased edge covers a pixel): 0 for none, the ink itself for all. */
    byte[] byCoverage(Color ink) {
        for (int i = 0; i < inks.length; i++) {
            if (inks[i].equals(ink)) return byCoverage[i];
        }
        throw new IllegalArgumentException("not an ink of this palette: " + ink);
    }

    /** The PLTE chunk's data: each entry's red, green and blue. */
    byte[] plte() {
        byte[] out = new byte[3 * entries.length];
        for (int i = 0; i < entries.length; i++) {
            out[3 * i] = (byte) (entries[i] >> 16);
            out[3 * i + 1] = (byte) (entries[i] >> 8);
            out[3 * i + 2] = (byte) entries[i];
        }
        return out;
    }
}
