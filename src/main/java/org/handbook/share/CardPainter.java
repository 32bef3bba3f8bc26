package org.handbook.share;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.handbook.flowchart.TextWrap;

/**
 * Paints a picture in the book's typography (DejaVu Sans headings over DejaVu Serif text, the
 * stylesheet's colours) with Java2D in an {@link InkPicture} and encodes it as PNG: the preview cards of shared links and the
 * EPUB's cover. Java2D rather than an SVG rasterised by a library: the tree has no SVG rasteriser
 * (openhtmltopdf draws to PDF only), and Java2D lays out wrapped text with the same font files the
 * PDFs embed. The same text and fonts give the same bytes (no timestamps in the PNG).
 */
public final class CardPainter {
    /** Debian's fonts-dejavu-core, which the PDFs embed too; elsewhere Java's logical fonts stand in. */
    private static final File FONTS = new File("/usr/share/fonts/truetype/dejavu");
    static final Font SANS_BOLD = font("DejaVuSans-Bold.ttf", Font.SANS_SERIF, Font.BOLD);
    static final Font SANS = font("DejaVuSans.ttf", Font.SANS_SERIF, Font.PLAIN);
    static final Font SERIF = font("DejaVuSerif.ttf", Font.SERIF, Font.PLAIN);

    static final Color BG = new Color(0xfbfaf7);
    static final Color FG = new Color(0x1f2328);
    static final Color FG_SOFT = new Color(0x57606a);
    static final Color ACCENT = new Color(0x1a5fb4);
    static final Color RULE = new Color(0xdcd8ce);

    private CardPainter() {
    }

    /** A hash of a picture's inputs and of the fonts it is drawn with, to key it in a cache. */
    static String key(String... inputs) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update(FONTS_KEY.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (String s : inputs) {
                sha.update((byte) 0);
                sha.update(String.valueOf(s).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return java.util.HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Which font files the pictures are drawn with: the ones loaded above, once a process (a card's key asked the files' sizes). */
    private static final String FONTS_KEY = fontsKey();

    private static String fontsKey() {
        return SANS_BOLD.getFontName() + "|" + SANS.getFontName() + "|" + SERIF.getFontName() + "|" + size("DejaVuSans-Bold.ttf")
                + "|" + size("DejaVuSans.ttf") + "|" + size("DejaVuSerif.ttf");
    }

    private static long size(String name) {
        File f = new File(FONTS, name);
        return f.isFile() ? f.length() : -1;
    }

    private static Font font(String file, String logical, int style) {
        File f = new File(FONTS, file);
        if (f.isFile()) {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, f);
            } catch (FontFormatException | IOException e) {
                // an unreadable font file: the logical font below draws the same text
            }
        }
        return new Font(logical, style, 12);
    }

    /** How the text is laid out: anti-aliased, fractional metrics, as {@link InkPicture} draws it. */
    static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    /**
     * The lines {@code text} is drawn in, wrapped to {@code width}: at most {@code maxLines}, the last one ending
     * in an ellipsis when the text is cut.
     */
    static List<String> lines(String text, Font font, float width, int maxLines) {
        List<String> lines = wrap(text, font, width);
        if (lines.size() <= maxLines) return lines;
        List<String> shown = new java.util.ArrayList<>(lines.subList(0, maxLines));
        shown.set(maxLines - 1, ellipsized(shown.get(maxLines - 1), font, width));
        return shown;
    }

    /** Draws {@code lines} with the top of the first at {@code y}, each {@code lineHeight} below the one before. */
    static void draw(Graphics2D g, List<String> lines, Font font, float x, float y, float lineHeight) {
        draw(g, lines, font, x, baselines(font, y, lineHeight, lines.size()));
    }

    /** Draws line {@code i} of {@code lines} on baseline {@code baselines[i]}. */
    static void draw(Graphics2D g, List<String> lines, Font font, float x, float[] baselines) {
        g.setFont(font);
        for (int i = 0; i < lines.size(); i++) g.drawString(lines.get(i), x, baselines[i]);
    }

    /** The baselines of {@code count} lines of {@code font} whose first line's top is at {@code y}, each {@code lineHeight} below the one before. */
    static float[] baselines(Font font, float y, float lineHeight, int count) {
        float ascent = font.getLineMetrics("Hg", FRC).getAscent();
        float[] out = new float[count];
        for (int i = 0; i < count; i++) {
            out[i] = y + ascent;
            y += lineHeight;
        }
        return out;
    }

    /** The font size, from {@code largest} down, at which {@code text} fits {@code width} in {@code maxLines} lines. */
    static Font fitting(String text, Font base, float largest, float smallest, float width, int maxLines) {
        float size = largest;
        Font f = base.deriveFont(size);
        while (size > smallest && wrap(text, f, width).size() > maxLines) {
            size -= 4;
            f = base.deriveFont(size);
        }
        return f;
    }

    /**
     * A label in capitals, as the site's eyebrow labels: one line, or none for blank text. (The spacing the site
     * gives them is not drawn: Java2D ignores tracking given beside a font, as this was until 2026-12-07.)
     */
    static List<String> caps(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.toUpperCase(Locale.ROOT));
    }

    /** {@code text} broken into lines at spaces, each no wider than {@code width} (a longer word stands alone). */
    static List<String> wrap(String text, Font font, float width) {
        if (text == null || text.isBlank()) return List.of();
        return TextWrap.lines(text, width, s -> advance(s, font));
    }

    private static float advance(String text, Font font) {
        return (float) font.getStringBounds(text, FRC).getWidth();
    }

    private static String ellipsized(String line, Font font, float width) {
        String out = line + "…";
        for (int end = line.length(); end > 0 && advance(out, font) > width; end--) {
            out = line.substring(0, end).stripTrailing() + "…";
        }
        return out;
    }

    /** Every colour a picture is drawn in: the page colour, and the inks blended over it at anti-aliased edges. */
    private static final InkPalette PALETTE = new InkPalette(BG, FG, FG_SOFT, ACCENT, RULE);

    /** A blank picture in the page colour, to draw in the book's inks. */
    static InkPicture picture(int width, int height) {
        return new InkPicture(width, height, PALETTE);
    }
}
