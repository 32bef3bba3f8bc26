package org.handbook.share;

import java.awt.Color;

/**
 * A PNG palette for pictures drawn in a few inks on one background, as the cards and the cover are:
 * every pixel of such a picture is the background blended with one ink (anti-aliased edges), so it is
 * told by the ink and how much of it covers the pixel. {@value #LEVELS} levels of coverage per ink (the
 * eye does not tell two neighbours apart) make an 8-bit palette, a third of the bytes of RGB to filter and
 * deflate. A pixel that no ink explains within {@value #TOLERANCE} of each channel has no index, and the
 * picture is then encoded in RGB as it is.
 */
final class InkPalette {
    /** Levels of coverage per ink besides none: four inks and the background fill 253 of the 256 entries. */
    static final int LEVELS = 63;
    /** How far a pixel's channel may be from its palette entry's: a level's step is 2-4 values with the book's colours. */
    static final int TOLERANCE = 4;
    /** No index. */
    static final int NONE = -1;

    private final int background;
    private final int[] entries;
    /** For each ink, the level of coverage that each green value reads as. */
    private final int[][] levelOfGreen;

    InkPalette(Color background, Color... inks) {
        if (1 + inks.length * LEVELS > 256) throw new IllegalArgumentException("more inks than a palette holds: " + inks.length);
        this.background = background.getRGB() & 0xffffff;
        entries = new int[1 + inks.length * LEVELS];
        entries[0] = this.background;
        levelOfGreen = new int[inks.length][256];
        int bg = (this.background >> 8) & 0xff;
        for (int i = 0; i < inks.length; i++) {
            int ink = inks[i].getRGB() & 0xffffff;
            for (int level = 1; level <= LEVELS; level++) entries[1 + i * LEVELS + level - 1] = blend(this.background, ink, level);
            int g = (ink >> 8) & 0xff;
            for (int green = 0; green < 256; green++) {
                levelOfGreen[i][green] = g == bg ? NONE : (int) Math.round((double) (bg - green) / (bg - g) * LEVELS);
            }
        }
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

    /** The palette's entry for an RGB pixel, or {@link #NONE}. */
    int index(int pixel) {
        int rgb = pixel & 0xffffff;
        if (rgb == background) return 0;
        int green = (rgb >> 8) & 0xff;
        for (int i = 0; i < levelOfGreen.length; i++) {
            int level = levelOfGreen[i][green];
            if (level < 0 || level > LEVELS) continue;
            int entry = level == 0 ? 0 : 1 + i * LEVELS + level - 1;
            if (near(rgb, entries[entry])) return entry;
        }
        return NONE;
    }

    private static boolean near(int a, int b) {
        return Math.abs(((a >> 16) & 0xff) - ((b >> 16) & 0xff)) <= TOLERANCE && Math.abs(((a >> 8) & 0xff) - ((b >> 8) & 0xff)) <= TOLERANCE
                && Math.abs((a & 0xff) - (b & 0xff)) <= TOLERANCE;
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
