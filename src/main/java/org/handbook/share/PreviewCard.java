package org.handbook.share;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * The picture a shared link shows (OpenGraph and Twitter cards): 1200 × 630 px, the page's section
 * above its title and description, the book's name at the foot, in the site's fonts and colours.
 */
public record PreviewCard(String section, String title, String description, String book) {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;
    /** Raise when the drawing changes, so pictures kept from earlier builds are made again. */
    private static final String VERSION = "card-3";
    private static final float MARGIN = 80;

    /** A hash of everything the picture is made from: equal keys, equal pictures. */
    public String key() {
        return CardPainter.key(VERSION, section, title, description, book);
    }

    /** The picture as PNG. */
    public byte[] png() {
        return CardPainter.png(draw());
    }

    /**
     * The picture, in this thread's canvas (valid until the thread draws its next card): the parts every
     * card of a book shares (background, accent bar, rule, the book's name) are copied from a picture of
     * them drawn once, and only the section, title and description drawn. A card used to be a new 3 MB
     * picture: 12 GB of garbage in a 4,000-page build, and the background filled and the name drawn every time.
     */
    BufferedImage draw() {
        Canvas canvas = CANVAS.get();
        BufferedImage img = canvas.img;
        int[] pixels = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        System.arraycopy(canvas.shared(book), 0, pixels, 0, pixels.length);
        Graphics2D g = CardPainter.graphics(img);
        float width = WIDTH - 2 * MARGIN;
        CardPainter.eyebrow(g, section, CardPainter.SANS_BOLD.deriveFont(26f), CardPainter.ACCENT, MARGIN, 104);
        Font titleFont = CardPainter.fitting(title, CardPainter.SANS_BOLD, 68, 44, width, 3, g.getFontRenderContext());
        float y = CardPainter.paragraph(g, title, titleFont, CardPainter.FG, MARGIN, 132, width, 3, titleFont.getSize2D() * 1.2f);
        int descriptionLines = y < 330 ? 3 : 2;
        CardPainter.paragraph(g, description, CardPainter.SERIF.deriveFont(30f), CardPainter.FG_SOFT, MARGIN, y + 18, width,
                descriptionLines, 44);
        g.dispose();
        return img;
    }

    /** What every card of {@code book} shows: the background, the accent bar, the rule above the foot and the book's name. */
    private static BufferedImage shared(String book) {
        BufferedImage img = CardPainter.canvas(WIDTH, HEIGHT);
        Graphics2D g = CardPainter.graphics(img);
        float width = WIDTH - 2 * MARGIN;
        g.setColor(CardPainter.ACCENT);
        g.fillRect(0, 0, WIDTH, 14);
        g.setColor(CardPainter.RULE);
        g.fillRect((int) MARGIN, 520, (int) width, 2);
        CardPainter.paragraph(g, book, CardPainter.SANS_BOLD.deriveFont(30f), CardPainter.FG, MARGIN, 542, width, 1, 40);
        g.dispose();
        return img;
    }

    private static final ThreadLocal<Canvas> CANVAS = ThreadLocal.withInitial(Canvas::new);

    /** A thread's picture to draw cards in, and the shared parts of the last book it drew a card of. */
    private static final class Canvas {
        final BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        private String book;
        private int[] shared;

        int[] shared(String of) {
            if (shared == null || !java.util.Objects.equals(book, of)) {
                shared = ((DataBufferInt) PreviewCard.shared(of).getRaster().getDataBuffer()).getData();
                book = of;
            }
            return shared;
        }
    }
}
