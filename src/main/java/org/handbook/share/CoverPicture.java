package org.handbook.share;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * The e-book's cover, 1600 × 2560 px (the 1:1.6 most reading systems expect): title, subtitle,
 * edition and date in the book's typography, drawn at build time from handbook.yaml.
 */
public record CoverPicture(String title, String subtitle, String edition, String date) {
    public static final int WIDTH = 1600;
    public static final int HEIGHT = 2560;
    private static final float MARGIN = 150;

    /** A hash of everything the cover is made from: equal keys, equal covers. */
    public String key() {
        return CardPainter.key("cover-3", title, subtitle, edition, date);
    }

    /** The cover as PNG. */
    public byte[] png() {
        BufferedImage img = CardPainter.canvas(WIDTH, HEIGHT);
        Graphics2D g = CardPainter.graphics(img);
        float width = WIDTH - 2 * MARGIN;
        g.setColor(CardPainter.ACCENT);
        g.fillRect(0, 0, WIDTH, 60);
        g.fillRect(0, HEIGHT - 60, WIDTH, 60);
        Font titleFont = CardPainter.fitting(title, CardPainter.SANS_BOLD, 170, 96, width, 4, g.getFontRenderContext());
        float y = CardPainter.paragraph(g, title, titleFont, CardPainter.FG, MARGIN, 620, width, 4, titleFont.getSize2D() * 1.15f);
        g.setColor(CardPainter.ACCENT);
        g.fillRect((int) MARGIN, (int) y + 60, 240, 12);
        CardPainter.paragraph(g, subtitle, CardPainter.SERIF.deriveFont(76f), CardPainter.FG_SOFT, MARGIN, y + 150, width, 5, 108);
        float foot = HEIGHT - 360;
        g.setColor(CardPainter.RULE);
        g.fillRect((int) MARGIN, (int) foot, (int) width, 4);
        CardPainter.paragraph(g, edition, CardPainter.SANS.deriveFont(56f), CardPainter.FG, MARGIN, foot + 50, width, 1, 70);
        CardPainter.paragraph(g, date, CardPainter.SANS.deriveFont(48f), CardPainter.FG_SOFT, MARGIN, foot + 130, width, 1, 64);
        g.dispose();
        return CardPainter.png(img);
    }
}
