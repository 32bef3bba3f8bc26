package org.handbook.share;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One glyph of one font as Java2D draws it anti-aliased in a grey canvas: its coverage, {@code width} ×
 * {@code height} bytes, whose top left is {@code left}, {@code top} from the pixel its position rounds to
 * (Java2D puts a glyph's image at its position rounded to whole pixels, whatever the fraction), and, per
 * ink, each of its rows filtered "Up" against the row above as a {@link DeflatePiece}. A card's text is
 * some sixty glyphs from a few dozen a font: drawn and filtered once a process, not once a card.
 */
final class Glyph {
    /** Each font's glyphs drawn so far, by glyph code. */
    private static final Map<Font, Glyph[]> KNOWN = new ConcurrentHashMap<>();
    /** Room around a glyph's reported pixel bounds in the canvas it is drawn in once. */
    private static final int PAD = 4;

    final int left;
    final int top;
    final int width;
    final int height;
    final byte[] coverage;
    private final Map<byte[], int[]> rowsByTable = new ConcurrentHashMap<>();

    private Glyph(int left, int top, int width, int height, byte[] coverage) {
        this.left = left;
        this.top = top;
        this.width = width;
        this.height = height;
        this.coverage = coverage;
    }

    /** The glyphs of {@code font}, by code, each drawn once a process when {@link #of} first asks for it. */
    static Glyph[] of(Font font) {
        return KNOWN.computeIfAbsent(font, f -> new Glyph[f.getNumGlyphs()]);
    }

    /**
     * Glyph {@code code} of the font whose glyphs are {@code known} ({@link #of(Font)}); null for a code past them
     * (a logical font's, which names the physical font it comes from in its high bits).
     */
    static Glyph of(Font font, Glyph[] known, int code) {
        if (code < 0 || code >= known.length) return null;
        Glyph g = known[code];
        if (g == null) {
            g = draw(font, code); // two threads may both draw it: the same glyph either way
            known[code] = g;
        }
        return g;
    }

    private static Glyph draw(Font font, int code) {
        java.awt.font.GlyphVector v = font.createGlyphVector(CardPainter.FRC, new int[] {code});
        Rectangle r = v.getGlyphPixelBounds(0, CardPainter.FRC, 0, 0);
        int w = Math.max(1, r.width + 2 * PAD);
        int h = Math.max(1, r.height + 2 * PAD);
        BufferedImage canvas = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = canvas.createGraphics();
        try {
            InkPicture.hints(g);
            g.setColor(Color.WHITE);
            g.drawGlyphVector(v, PAD - r.x, PAD - r.y);
        } finally {
            g.dispose();
        }
        byte[] all = ((DataBufferByte) canvas.getRaster().getDataBuffer()).getData();
        int x0 = w;
        int x1 = -1;
        int y0 = h;
        int y1 = -1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (all[y * w + x] == 0) continue;
                x0 = Math.min(x0, x);
                x1 = Math.max(x1, x);
                y0 = Math.min(y0, y);
                y1 = Math.max(y1, y);
            }
        }
        if (x1 < 0) return new Glyph(0, 0, 0, 0, new byte[0]);
        byte[] cut = new byte[(x1 - x0 + 1) * (y1 - y0 + 1)];
        for (int y = y0; y <= y1; y++) System.arraycopy(all, y * w + x0, cut, (y - y0) * (x1 - x0 + 1), x1 - x0 + 1);
        return new Glyph(x0 - (PAD - r.x), y0 - (PAD - r.y), x1 - x0 + 1, y1 - y0 + 1, cut);
    }

    /**
     * Rows -1 ... {@code height} - 1 of coverage, each filtered against the one above, read through {@code table},
     * in one array: at {@code r} (0 ... {@code height}) where row {@code r - 1}'s record is. A record is the
     * columns into the glyph from its first byte that is not zero ({@link #FROM}) to after its last ({@link #TO}),
     * equal where all are zero; the columns from the first the glyph covers in that row or the one above
     * ({@link #LEFT}) to after the last ({@link #RIGHT}), equal where it covers none; and then, where {@code FROM}
     * and {@code TO} differ, those bytes as a {@link DeflatePiece} ({@link #PIECE}).
     */
    int[] rows(byte[] table) {
        int[] rows = rowsByTable.get(table); // asked first: computeIfAbsent's method reference is an object a call
        return rows != null ? rows : rowsByTable.computeIfAbsent(table, this::filtered);
    }

    static final int FROM = 0;
    static final int TO = 1;
    static final int LEFT = 2;
    static final int RIGHT = 3;
    static final int PIECE = 4;

    /** How much of a row's record is its columns, its piece's runs and the whole piece coded: all but the middle runs. */
    private static int hot(int[] record) {
        int whole = PIECE + DeflatePiece.WHOLE;
        return whole + DeflatePiece.WORDS + (record[whole + DeflatePiece.BIT_COUNT] + 31) / 32;
    }

    private int[] filtered(byte[] table) {
        int[][] records = new int[height + 1][];
        int size = height + 1;
        int[] values = new int[width];
        int[] lengths = new int[width];
        for (int r = 0; r <= height; r++) {
            int from = -1;
            int to = -1;
            int left = -1;
            int right = -1;
            int runs = 0;
            for (int x = 0; x < width; x++) {
                int coveredNow = r < height ? coverage[r * width + x] & 0xff : 0;
                int coveredAbove = r > 0 ? coverage[(r - 1) * width + x] & 0xff : 0;
                if ((coveredNow | coveredAbove) != 0) {
                    if (left < 0) left = x;
                    right = x + 1;
                }
                int now = table[coveredNow];
                int above = table[coveredAbove];
                int b = (now - above) & 0xff;
                if (b != 0) {
                    if (from < 0) from = x;
                    to = x + 1;
                }
                if (from < 0) continue;
                if (runs > 0 && values[runs - 1] == b) lengths[runs - 1]++;
                else {
                    values[runs] = b;
                    lengths[runs++] = 1;
                }
            }
            if (from < 0) {
                records[r] = new int[] {0, 0, Math.max(0, left), Math.max(0, right)};
            } else {
                if (values[runs - 1] == 0) runs--; // the zeros after the last byte that is not zero are the gap's
                int[] piece = RunDeflate.piece(values, lengths, runs);
                records[r] = new int[PIECE + piece.length];
                records[r][FROM] = from;
                records[r][TO] = to;
                records[r][LEFT] = left;
                records[r][RIGHT] = right;
                System.arraycopy(piece, 0, records[r], PIECE, piece.length);
            }
            size += records[r].length;
        }
        // the records first, each piece's middle runs (coded) after them all: a card adds most pieces whole, so what
        // it reads of a glyph row by row lies close together
        int[] rows = new int[size];
        int at = height + 1;
        int tail = at;
        for (int[] record : records) tail += record.length > PIECE ? hot(record) : record.length;
        for (int r = 0; r <= height; r++) {
            int[] record = records[r];
            rows[r] = at;
            int hot = record.length > PIECE ? hot(record) : record.length;
            System.arraycopy(record, 0, rows, at, hot);
            if (hot < record.length) {
                System.arraycopy(record, hot, rows, tail, record.length - hot);
                rows[at + PIECE + DeflatePiece.MIDDLE] = tail - (at + PIECE);
                tail += record.length - hot;
            }
            at += hot;
        }
        return rows;
    }
}
