package org.handbook.share;

import java.awt.Font;
import java.util.List;

/**
 * The picture a shared link shows (OpenGraph and Twitter cards): 1200 × 630 px, the page's section
 * above its title and description, the book's name at the foot, in the site's fonts and colours.
 */
public record PreviewCard(String section, String title, String description, String book) {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;
    /** Raise when the drawing changes, so pictures kept from earlier builds are made again. */
    private static final String VERSION = "card-5";
    private static final float MARGIN = 80;
    /** Below the accent bar, above the rule: the rows the section, title and description are drawn in. */
    private static final int TOP = 14;
    private static final int RULE = 520;
    /** Between the section's line and the title's first. */
    private static final int SECTION_END = 120;

    /** A hash of everything the picture is made from: equal keys, equal pictures. */
    public String key() {
        return CardPainter.key(VERSION, section, title, description, book);
    }

    /** The picture as PNG. */
    public byte[] png() {
        return draw().png();
    }

    /**
     * The picture, in this thread's canvas (valid until the thread draws its next card): the parts every
     * card of a book shares (background, accent bar, rule, the book's name) are copied from a picture of
     * them drawn once, and only the section, title and description drawn, each cut to rows of its own
     * (the title's end, less half the gap to the description, parts it from the description).
     */
    InkPicture draw() {
        Canvas canvas = CANVAS.get();
        InkPicture picture = canvas.picture;
        picture.copy(canvas.shared(book));
        float width = WIDTH - 2 * MARGIN;
        Font sectionFont = CardPainter.SANS_BOLD.deriveFont(26f);
        picture.lines(CardPainter.ACCENT, TOP, SECTION_END, CardPainter.caps(section), sectionFont, MARGIN, new float[] {104});
        Font titleFont = CardPainter.fitting(title, CardPainter.SANS_BOLD, 68, 44, width, 3);
        float lineHeight = titleFont.getSize2D() * 1.2f;
        List<String> titleLines = CardPainter.lines(title, titleFont, width, 3);
        float y = 132 + titleLines.size() * lineHeight;
        int titleEnd = (int) (y + 9);
        picture.lines(CardPainter.FG, SECTION_END, titleEnd, titleLines, titleFont, MARGIN, 132, lineHeight);
        Font descriptionFont = CardPainter.SERIF.deriveFont(30f);
        List<String> descriptionLines = CardPainter.lines(description, descriptionFont, width, y < 330 ? 3 : 2);
        picture.lines(CardPainter.FG_SOFT, titleEnd, RULE, descriptionLines, descriptionFont, MARGIN, y + 18, 44);
        return picture;
    }

    /** What every card of {@code book} shows: the background, the accent bar, the rule above the foot and the book's name. */
    private static InkPicture shared(String book) {
        InkPicture picture = CardPainter.picture(WIDTH, HEIGHT);
        float width = WIDTH - 2 * MARGIN;
        picture.fill(CardPainter.ACCENT, 0, 0, WIDTH, TOP);
        picture.fill(CardPainter.RULE, (int) MARGIN, RULE, (int) width, 2);
        Font font = CardPainter.SANS_BOLD.deriveFont(30f);
        List<String> lines = CardPainter.lines(book, font, width, 1);
        picture.lines(CardPainter.FG, RULE + 2, HEIGHT, lines, font, MARGIN, 542, 40);
        return picture;
    }

    private static final ThreadLocal<Canvas> CANVAS = ThreadLocal.withInitial(Canvas::new);

    /** A thread's picture to draw cards in, and the shared parts of the last book it drew a card of. */
    private static final class Canvas {
        final InkPicture picture = CardPainter.picture(WIDTH, HEIGHT);
        private String book;
        private InkPicture shared;

        InkPicture shared(String of) {
            if (shared == null || !java.util.Objects.equals(book, of)) {
                shared = PreviewCard.shared(of);
                book = of;
            }
            return shared;
        }
    }
}
