package org.handbook.share;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * A picture in an {@link InkPalette}'s inks on its background, one palette entry a pixel, as the PNG stores
 * them. Flat rectangles are entries written straight. A block of text (one ink) owns the rows it is drawn
 * in: Java2D draws it as coverage, white on black in a grey canvas, cut to those rows, and a pixel's entry
 * there is that ink's at that coverage, looked up from a table as the rows are encoded. Drawn in RGB, every
 * pixel's entry had to be searched for by its colour: most of encoding a card. Cut to its rows, a block
 * never blends with another ink into a colour the palette does not have.
 */
final class InkPicture {
    /** The table of rows of entries: each byte is its entry. */
    private static final byte[] SAME = same();

    private final int width;
    private final int height;
    private final InkPalette palette;
    private final byte[] entries;
    private final byte[] covered;
    private final BufferedImage coverage;
    /** For each row, how its bytes read as entries: {@link #SAME} for a row of {@link #entries}, an ink's table for a row of text. */
    private final byte[][] tables;
    private final byte[] blankRow;

    /** A picture of the palette's background. */
    InkPicture(int width, int height, InkPalette palette) {
        this.width = width;
        this.height = height;
        this.palette = palette;
        entries = new byte[width * height];
        coverage = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        covered = ((DataBufferByte) coverage.getRaster().getDataBuffer()).getData();
        tables = new byte[height][];
        Arrays.fill(tables, SAME);
        blankRow = new byte[width];
    }

    private static byte[] same() {
        byte[] out = new byte[256];
        for (int i = 0; i < 256; i++) out[i] = (byte) i;
        return out;
    }

    /** Paints a rectangle in {@code ink}, whole (the part inside the picture), in rows no text owns. */
    void fill(Color ink, int x, int y, int w, int h) {
        byte full = palette.byCoverage(ink)[255];
        int x0 = Math.max(0, x);
        int x1 = Math.min(width, x + w);
        for (int row = Math.max(0, y); row < Math.min(height, y + h) && x0 < x1; row++) {
            if (tables[row] != SAME) throw new IllegalStateException("row " + row + " is text's");
            Arrays.fill(entries, row * width + x0, row * width + x1, full);
        }
    }

    /**
     * Rows {@code top..bottom-1} become text in {@code ink} on the background, drawn by {@code draw} (its
     * graphics paint in white, anti-aliased, with fractional metrics, cut to those rows): each pixel is the
     * ink at the coverage the text gives it over the background.
     */
    void text(Color ink, int top, int bottom, Consumer<Graphics2D> draw) {
        int from = Math.max(0, top);
        int to = Math.min(height, bottom);
        if (from >= to) return;
        for (int y = from; y < to; y++) System.arraycopy(blankRow, 0, covered, y * width, width);
        Graphics2D g = coverage.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.clipRect(0, from, width, to - from);
            draw.accept(g);
        } finally {
            g.dispose();
        }
        Arrays.fill(tables, from, to, palette.byCoverage(ink));
    }

    /** Makes this picture {@code other}'s, which has the same size and palette. */
    void copy(InkPicture other) {
        System.arraycopy(other.entries, 0, entries, 0, entries.length);
        for (int y = 0; y < height; y++) {
            tables[y] = other.tables[y];
            if (tables[y] != SAME) System.arraycopy(other.covered, y * width, covered, y * width, width);
        }
    }

    /** The picture as an 8-bit palette PNG. */
    byte[] png() {
        return Png.encode(width, height, palette.plte(), this::row);
    }

    private Png.Row row(int y) {
        return new Png.Row(tables[y] == SAME ? entries : covered, y * width, tables[y]);
    }

    /** The palette entry of a pixel. */
    int entry(int x, int y) {
        Png.Row row = row(y);
        return row.table()[row.bytes()[row.at() + x] & 0xff] & 0xff;
    }
}
