package org.handbook.share;

import java.awt.Font;
import java.awt.font.GlyphVector;
import java.util.Arrays;
import java.util.List;

/**
 * Lines of text as the glyphs Java2D would draw, each at the whole pixel it puts that glyph's image: a
 * card's title and description. A row where no two glyphs' images (with the row under each) meet is handed
 * to the encoder as the glyphs' rows filtered once a process ({@link Glyph#rows}), never drawn or scanned;
 * any other row is drawn from the glyphs' coverage, blended as Java2D blends glyphs that overlap. Only text
 * Java2D draws glyph by glyph is placed: characters below U+0300 and common punctuation, in a size it draws
 * from glyph images (larger text it fills as outlines); {@link #of} gives null for any other.
 */
final class PlacedText {
    /** Java2D fills text this many pixels high or more as outlines, not glyph images. */
    private static final float OUTLINE_SIZE = 100;

    private final int width;
    private final int top;
    private final int bottom;
    private final Glyph[] glyphs;
    private final int[] xs;
    private final int[] ys;
    /** Each glyph's rows filtered in the text's ink ({@link Glyph#rows}). */
    private final int[][] rows;
    /** For each row of the block, the glyphs that have a row there or just above (their images and the row under), by column. */
    private final int[][] byRow;

    private PlacedText(int width, int top, int bottom, Glyph[] glyphs, int[] xs, int[] ys, byte[] table) {
        this.width = width;
        this.top = top;
        this.bottom = bottom;
        this.glyphs = glyphs;
        this.xs = xs;
        this.ys = ys;
        rows = new int[glyphs.length][];
        for (int i = 0; i < glyphs.length; i++) rows[i] = glyphs[i].rows(table);
        byRow = new int[bottom - top][];
        int[] counts = new int[bottom - top];
        for (int i = 0; i < glyphs.length; i++) {
            for (int y = Math.max(top, ys[i]); y <= ys[i] + glyphs[i].height && y < bottom; y++) counts[y - top]++;
        }
        for (int y = 0; y < counts.length; y++) byRow[y] = new int[counts[y]];
        Arrays.fill(counts, 0);
        for (int i = 0; i < glyphs.length; i++) {
            for (int y = Math.max(top, ys[i]); y <= ys[i] + glyphs[i].height && y < bottom; y++) byRow[y - top][counts[y - top]++] = i;
        }
        for (int[] row : byRow) sortByColumn(row);
    }

    /**
     * {@code lines} in {@code font} as {@link CardPainter#draw} draws them from {@code x}, line {@code i} on baseline
     * {@code baselines[i]}, in a picture {@code width} wide, rows {@code top..bottom-1}, in the ink whose entries by
     * coverage {@code table} gives; null where Java2D would not draw them glyph by glyph.
     */
    static PlacedText of(List<String> lines, Font font, float x, float[] baselines, int width, int top, int bottom, byte[] table) {
        if (font.getSize2D() >= OUTLINE_SIZE || font.hasLayoutAttributes()) return null;
        for (String line : lines) {
            if (!simple(line)) return null;
        }
        int n = 0;
        GlyphVector[] vectors = new GlyphVector[lines.size()];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = font.createGlyphVector(CardPainter.FRC, lines.get(i));
            n += vectors[i].getNumGlyphs();
        }
        Glyph[] glyphs = new Glyph[n];
        int[] xs = new int[n];
        int[] ys = new int[n];
        int k = 0;
        Glyph[] known = Glyph.of(font);
        for (int line = 0; line < vectors.length; line++) {
            GlyphVector v = vectors[line];
            float baseline = baselines[line];
            float[] positions = v.getGlyphPositions(0, v.getNumGlyphs(), null); // x and y of each glyph, in one array
            for (int i = 0; i < v.getNumGlyphs(); i++) {
                Glyph g = Glyph.of(font, known, v.getGlyphCode(i));
                if (g == null) return null;
                if (g.width == 0) continue; // a space draws nothing
                glyphs[k] = g;
                xs[k] = (int) Math.floor(x + positions[2 * i] + 0.5f) + g.left;
                ys[k++] = (int) Math.floor(baseline + positions[2 * i + 1] + 0.5f) + g.top;
            }
        }
        return new PlacedText(width, top, bottom, Arrays.copyOf(glyphs, k), Arrays.copyOf(xs, k), Arrays.copyOf(ys, k), table);
    }

    /** Whether Java2D lays {@code line} out glyph by glyph, one a character, as its glyph vector does. */
    static boolean simple(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean punctuation = c >= 0x2010 && c <= 0x205e && (c < 0x2028 || c > 0x202e);
            if (c >= 0x0300 && !punctuation) return false;
        }
        return true;
    }

    /** Whether row {@code y} is under another row of this text, so the encoder can take it as stretches ({@link #pieces}). */
    boolean below(int y) {
        return y > top;
    }

    /**
     * Row {@code y} (under another row of this text) for the encoder, by column, into {@code into}: stretches
     * with zeros between. A glyph alone in its columns is its row's piece; glyphs that meet, or one cut by the
     * picture's edge, are drawn in those columns (this row and the one above) and their bytes filtered into
     * {@code into.raw}, at their columns (no piece). {@code table} is the text's ink's.
     */
    void pieces(int y, byte[] table, Png.Pieces into, Scratch scratch) {
        int[] row = byRow[y - top];
        int[] starts = into.starts;
        int[] ends = into.ends;
        int n = 0;
        for (int i = 0; i < row.length; ) {
            int g = row[i];
            int end = xs[g] + glyphs[g].width;
            int j = i + 1;
            while (j < row.length && xs[row[j]] < end) end = Math.max(end, xs[row[j++]] + glyphs[row[j - 1]].width);
            if (j == i + 1 && xs[g] >= 0 && end <= width) {
                int[] rs = rows[g];
                int r = rs[y - ys[g]];
                if (rs[r + Glyph.TO] > rs[r + Glyph.FROM]) {
                    starts[n] = xs[g] + rs[r + Glyph.FROM];
                    ends[n] = xs[g] + rs[r + Glyph.TO];
                    into.data[n] = rs;
                    into.at[n++] = r + Glyph.PIECE;
                }
            } else {
                int from = Math.max(0, xs[g]);
                int to = Math.min(width, end);
                if (from < to) {
                    byte[] now = scratch.now;
                    byte[] above = scratch.above;
                    byte[] raw = into.raw;
                    Arrays.fill(now, from, to, (byte) 0);
                    Arrays.fill(above, from, to, (byte) 0);
                    int[] drawn = Arrays.copyOfRange(row, i, j);
                    Arrays.sort(drawn);
                    blend(drawn, y, now, 0);
                    blend(drawn, y - 1, above, 0);
                    for (int x = from; x < to; x++) raw[x] = (byte) (table[now[x] & 0xff] - table[above[x] & 0xff]);
                    starts[n] = from;
                    ends[n] = to;
                    into.data[n++] = null;
                }
            }
            i = j;
        }
        into.count = n;
    }

    /** Two rows' room to draw glyphs that meet in, a picture's width each. */
    static final class Scratch {
        final byte[] now;
        final byte[] above;

        Scratch(int width) {
            now = new byte[width];
            above = new byte[width];
        }
    }

    /** The most pieces a row can have. */
    int mostPieces() {
        int most = 0;
        for (int[] row : byRow) most = Math.max(most, row.length);
        return most;
    }

    /** Draws row {@code y}'s coverage into {@code into} from {@code at} (which holds none), as Java2D blends glyphs. */
    void draw(int y, byte[] into, int at) {
        int[] drawn = byRow[y - top].clone();
        Arrays.sort(drawn);
        blend(drawn, y, into, at);
    }

    /** Blends row {@code y} of glyphs {@code drawn} (in the order Java2D draws them) into {@code into} from {@code at}, cut to the picture. */
    private void blend(int[] drawn, int y, byte[] into, int at) {
        for (int i : drawn) {
            Glyph g = glyphs[i];
            int r = y - ys[i];
            if (r < 0 || r >= g.height) continue;
            int from = Math.max(0, -xs[i]);
            int to = Math.min(g.width, width - xs[i]);
            for (int x = from; x < to; x++) {
                int c = g.coverage[r * g.width + x] & 0xff;
                if (c == 0) continue;
                int d = into[at + xs[i] + x] & 0xff;
                into[at + xs[i] + x] = (byte) (d + ((255 - d) * c + 127) / 255);
            }
        }
    }

    private void sortByColumn(int[] row) {
        for (int i = 1; i < row.length; i++) {
            int v = row[i];
            int j = i - 1;
            for (; j >= 0 && xs[row[j]] > xs[v]; j--) row[j + 1] = row[j];
            row[j + 1] = v;
        }
    }
}
