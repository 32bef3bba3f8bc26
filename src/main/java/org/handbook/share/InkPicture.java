package org.handbook.share;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;
import java.util.List;
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
    /** The entries of rows no text owns, shared with the picture copied ({@link #copy}) until either paints a rectangle. */
    private byte[] entries;
    private boolean ownEntries = true;
    private final byte[] covered;
    private final BufferedImage coverage;
    /** For each row, how its bytes read as entries: {@link #SAME} for a row of {@link #entries}, an ink's table for a row of text. */
    private final byte[][] tables;
    /** For each row of placed text, its glyphs ({@link PlacedText}); null for any other row. */
    private final PlacedText[] placed;
    private final byte[] blankRow;
    /** Room for drawing glyphs that meet, used again row after row (the encoder is done with a row before it asks for the next). */
    private PlacedText.Scratch scratch;
    /** Room for the PNG's stream, used again picture after picture. */
    private Bits stream;

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
        placed = new PlacedText[height];
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
            if (!ownEntries) {
                entries = entries.clone();
                ownEntries = true;
            }
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
            hints(g);
            g.setColor(Color.WHITE);
            g.clipRect(0, from, width, to - from);
            draw.accept(g);
        } finally {
            g.dispose();
        }
        Arrays.fill(tables, from, to, palette.byCoverage(ink));
        Arrays.fill(placed, from, to, null);
    }

    /**
     * Rows {@code top..bottom-1} become {@code lines} in {@code ink}, as {@link CardPainter#draw} draws them from
     * ({@code x}, {@code y}): placed glyph by glyph where Java2D would draw them so ({@link PlacedText}), the same
     * pixels; else drawn by Java2D.
     */
    void lines(Color ink, int top, int bottom, List<String> lines, Font font, float x, float y, float lineHeight) {
        lines(ink, top, bottom, lines, font, x, CardPainter.baselines(font, y, lineHeight, lines.size()));
    }

    /** As the other, line {@code i} on baseline {@code baselines[i]}. */
    void lines(Color ink, int top, int bottom, List<String> lines, Font font, float x, float[] baselines) {
        int from = Math.max(0, top);
        int to = Math.min(height, bottom);
        PlacedText text = from < to ? PlacedText.of(lines, font, x, baselines, width, from, to, palette.byCoverage(ink)) : null;
        if (text == null) {
            text(ink, top, bottom, g -> CardPainter.draw(g, lines, font, x, baselines));
            return;
        }
        Arrays.fill(tables, from, to, palette.byCoverage(ink));
        Arrays.fill(placed, from, to, text);
    }

    /** The settings every text of a picture is drawn with: anti-aliased, fractional metrics. */
    static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    /** Makes this picture {@code other}'s, which has the same size and palette. */
    void copy(InkPicture other) {
        // a card paints no rectangle: the book's picture's entries are shared, not copied (756 KB a card), and whichever
        // of the two paints one first paints a copy
        entries = other.entries;
        ownEntries = false;
        other.ownEntries = false;
        for (int y = 0; y < height; y++) {
            tables[y] = other.tables[y];
            placed[y] = other.placed[y];
            if (tables[y] != SAME && placed[y] == null) System.arraycopy(other.covered, y * width, covered, y * width, width);
        }
    }

    /** The picture as an 8-bit palette PNG. */
    byte[] png() {
        if (stream == null) stream = new Bits(1 << 15);
        return Png.encode(width, height, palette.plte(), rows, stream);
    }

    /**
     * The rows for the encoder: a placed row as its glyphs' pieces where it can be ({@link PlacedText#filtered}),
     * and drawn into the canvas where it is not, or where the row under it is not (the encoder reads it as that
     * row's row above).
     */
    private final Png.Rows rows = new Png.Rows() {
        @Override
        public boolean addFiltered(int y, RunDeflate out) {
            PlacedText text = placed[y];
            if (text == null) return false;
            boolean inPieces = text.below(y);
            if (!inPieces || y + 1 == height || placed[y + 1] != text) drawn(text, y);
            if (!inPieces) return false;
            if (scratch == null) scratch = new PlacedText.Scratch(width);
            text.filtered(y, tables[y], out, scratch);
            return true;
        }

        @Override
        public byte[] bytes(int y) {
            return placed[y] == null && tables[y] == SAME ? entries : covered;
        }

        @Override
        public int at(int y) {
            return y * width;
        }

        @Override
        public byte[] table(int y) {
            return tables[y];
        }
    };

    private void drawn(PlacedText text, int y) {
        System.arraycopy(blankRow, 0, covered, y * width, width);
        text.draw(y, covered, y * width);
    }

    /** The palette entry of a pixel. */
    int entry(int x, int y) {
        if (placed[y] != null) drawn(placed[y], y);
        return tables[y][rows.bytes(y)[y * width + x] & 0xff] & 0xff;
    }
}
