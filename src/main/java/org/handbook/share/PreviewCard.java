package org.handbook.share;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * The picture a shared link shows (OpenGraph and Twitter cards): 1200 × 630 px, the page's section
 * above its title and description, the book's name at the foot, in the site's fonts and colours.
 */
public record PreviewCard(String section, String title, String description, String book) {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;
    /** Raise when the drawing changes, so pictures kept from earlier builds are made again. */
    private static final String VERSION = "card-1";
    private static final float MARGIN = 80;

    /** A hash of everything the picture is made from: equal keys, equal pictures. */
    public String key() {
        return CardPainter.key(VERSION, section, title, description, book);
    }

    /** The picture as PNG. */
    public byte[] png() {
        return CardPainter.png(draw());
    }

    BufferedImage draw() {
        BufferedImage img = CardPainter.canvas(WIDTH, HEIGHT);
        Graphics2D g = CardPainter.graphics(img);
        float width = WIDTH - 2 * MARGIN;
        g.setColor(CardPainter.ACCENT);
        g.fillRect(0, 0, WIDTH, 14);
        CardPainter.eyebrow(g, section, CardPainter.SANS_BOLD.deriveFont(26f), CardPainter.ACCENT, MARGIN, 104);
        Font titleFont = CardPainter.fitting(title, CardPainter.SANS_BOLD, 68, 44, width, 3, g.getFontRenderContext());
        float y = CardPainter.paragraph(g, title, titleFont, CardPainter.FG, MARGIN, 132, width, 3, titleFont.getSize2D() * 1.2f);
        int descriptionLines = y < 330 ? 3 : 2;
        CardPainter.paragraph(g, description, CardPainter.SERIF.deriveFont(30f), CardPainter.FG_SOFT, MARGIN, y + 18, width,
                descriptionLines, 44);
        g.setColor(CardPainter.RULE);
        g.fillRect((int) MARGIN, 520, (int) width, 2);
        CardPainter.paragraph(g, book, CardPainter.SANS_BOLD.deriveFont(30f), CardPainter.FG, MARGIN, 542, width, 1, 40);
        g.dispose();
        return img;
    }
}
