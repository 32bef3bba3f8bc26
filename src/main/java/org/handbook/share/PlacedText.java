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
    /** Each glyph's column after its image's last. */
    private final int[] ends;
    /** Each glyph's rows filtered in the text's ink ({@link Glyph#rows}). */
    private final int[][] rows;
    /**
     * For each row {@code y} of the block, the glyphs that have a row there or just above (their images and the row
     * under), by column: {@code byRow[rowStarts[y - top]]} up to {@code rowStarts[y - top + 1]}.
     */
    private final int[] byRow;
    private final int[] rowStarts;

    private PlacedText(int width, int top, int bottom, Glyph[] glyphs, int[] xs, int[] ys, byte[] table) {
        this.width = width;
        this.top = top;
        this.bottom = bottom;
        this.glyphs = glyphs;
        this.xs = xs;
        this.ys = ys;
        ends = new int[glyphs.length];
        rows = new int[glyphs.length][];
        rowStarts = new int[bottom - top + 1];
        for (int i = 0; i < glyphs.length; i++) {
            ends[i] = xs[i] + glyphs[i].width;
            rows[i] = glyphs[i].rows(table);
            for (int y = Math.max(top, ys[i]); y <= ys[i] + glyphs[i].height && y < bottom; y++) rowStarts[y - top + 1]++;
        }
        for (int y = 0; y < bottom - top; y++) rowStarts[y + 1] += rowStarts[y];
        byRow = new int[rowStarts[bottom - top]];
        int[] next = Arrays.copyOf(rowStarts, bottom - top);
        for (int i = 0; i < glyphs.length; i++) {
            for (int y = Math.max(top, ys[i]); y <= ys[i] + glyphs[i].height && y < bottom; y++) byRow[next[y - top]++] = i;
        }
        for (int y = 0; y < bottom - top; y++) sortByColumn(rowStarts[y], rowStarts[y + 1]);
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

    /** Whether row {@code y} is under another row of this text, so the encoder can take it as pieces ({@link #filtered}). */
    boolean below(int y) {
        return y > top;
    }

    /**
     * Adds row {@code y} (under another row of this text) filtered "Up" to {@code out}, zeros between its glyphs' rows,
     * without drawing it: a glyph alone in the columns it covers in this row and the one above as its row's piece;
     * glyphs that meet there, or one cut by the picture's edge, drawn in those columns (this row and the one above,
     * in {@code scratch}) and their bytes filtered. Glyphs meet by what they cover in the two rows, not by their
     * images: the serifs of a line's neighbours, or a "T" over an "e", meet in a few rows only. {@code table} is the
     * text's ink's.
     */
    void filtered(int y, byte[] table, RunDeflate out, Scratch scratch) {
        // the fields in locals: C1 loads a field again after every call
        int[] byRow = this.byRow;
        int[] xs = this.xs;
        int[] ys = this.ys;
        int[][] rows = this.rows;
        int width = this.width;
        int last = rowStarts[y - top + 1];
        int x = 0; // where the bytes added so far end
        for (int i = rowStarts[y - top]; i < last; ) {
            int g = byRow[i];
            int[] rs = rows[g];
            int r = rs[y - ys[g]];
            int left = xs[g] + rs[r + Glyph.LEFT];
            int end = xs[g] + rs[r + Glyph.RIGHT];
            int j = i + 1;
            if (left == end) { // covers neither row
                i = j;
                continue;
            }
            // a glyph after it covers no column before its image's: one whose image starts before the end may meet it,
            // and those between join with it
            int right = end;
            for (int k = j; k < last && xs[byRow[k]] < end; k++) {
                int h = byRow[k];
                int[] hs = rows[h];
                int hr = hs[y - ys[h]];
                int from = xs[h] + hs[hr + Glyph.LEFT];
                int to = xs[h] + hs[hr + Glyph.RIGHT];
                if (from == to) continue;
                right = Math.max(right, to);
                if (from < end) {
                    left = Math.min(left, from);
                    end = right;
                    j = k + 1;
                }
            }
            if (j == i + 1 && left >= 0 && end <= width) {
                int start = xs[g] + rs[r + Glyph.FROM];
                int stop = xs[g] + rs[r + Glyph.TO];
                if (start < stop) {
                    // zeros follow unless it ends where a later glyph's image (or the row's end) begins
                    if (start > x && (stop < end || stop < (j < last ? xs[byRow[j]] : width))) out.addAlone(start - x, rs, r + Glyph.PIECE);
                    else {
                        out.add(0, start - x);
                        out.add(rs, r + Glyph.PIECE);
                    }
                    x = stop;
                }
            } else {
                int from = Math.max(0, left);
                int to = Math.min(width, end);
                if (from < to) {
                    byte[] now = scratch.now;
                    byte[] above = scratch.above;
                    Arrays.fill(now, from, to, (byte) 0);
                    Arrays.fill(above, from, to, (byte) 0);
                    int[] drawn = Arrays.copyOfRange(byRow, i, j);
                    Arrays.sort(drawn);
                    blend(drawn, y, now, 0);
                    blend(drawn, y - 1, above, 0);
                    out.add(0, from - x);
                    for (int c = from; c < to; c++) out.add((table[now[c] & 0xff] - table[above[c] & 0xff]) & 0xff);
                    x = to;
                }
            }
            i = j;
        }
        out.add(0, width - x);
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

    /** Draws row {@code y}'s coverage into {@code into} from {@code at} (which holds none), as Java2D blends glyphs. */
    void draw(int y, byte[] into, int at) {
        int[] drawn = Arrays.copyOfRange(byRow, rowStarts[y - top], rowStarts[y - top + 1]);
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

    /** Sorts {@code byRow[from..to-1]} by column (insertion: a row's glyphs are in order but where two lines meet). */
    private void sortByColumn(int from, int to) {
        for (int i = from + 1; i < to; i++) {
            int v = byRow[i];
            int j = i - 1;
            for (; j >= from && xs[byRow[j]] > xs[v]; j--) byRow[j + 1] = byRow[j];
            byRow[j + 1] = v;
        }
    }
}
