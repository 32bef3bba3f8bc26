package org.handbook.share;

import java.awt.Font;
import java.util.List;

/**
 * The e-book's cover, 1600 × 2560 px (the 1:1.6 most reading systems expect): title, subtitle,
 * edition and date in the book's typography, drawn at build time from handbook.yaml.
 */
public record CoverPicture(String title, String subtitle, String edition, String date) {
    public static final int WIDTH = 1600;
    public static final int HEIGHT = 2560;
    private static final float MARGIN = 150;
    private static final int BAR = 60;
    private static final int FOOT = HEIGHT - 360;

    /** A hash of everything the cover is made from: equal keys, equal covers. */
    public String key() {
        return CardPainter.key("cover-5", title, subtitle, edition, date);
    }

    /** The cover as PNG: each text cut to rows of its own, between the bars and rules around it. */
    public byte[] png() {
        InkPicture picture = CardPainter.picture(WIDTH, HEIGHT);
        float width = WIDTH - 2 * MARGIN;
        picture.fill(CardPainter.ACCENT, 0, 0, WIDTH, BAR);
        picture.fill(CardPainter.ACCENT, 0, HEIGHT - BAR, WIDTH, BAR);
        Font titleFont = CardPainter.fitting(title, CardPainter.SANS_BOLD, 170, 96, width, 4);
        float lineHeight = titleFont.getSize2D() * 1.15f;
        List<String> titleLines = CardPainter.lines(title, titleFont, width, 4);
        float y = 620 + titleLines.size() * lineHeight;
        int titleEnd = (int) y + 60; // the short bar under the title
        picture.lines(CardPainter.FG, BAR, titleEnd, titleLines, titleFont, MARGIN, 620, lineHeight);
        picture.fill(CardPainter.ACCENT, (int) MARGIN, titleEnd, 240, 12);
        Font subtitleFont = CardPainter.SERIF.deriveFont(76f);
        List<String> subtitleLines = CardPainter.lines(subtitle, subtitleFont, width, 5);
        picture.lines(CardPainter.FG_SOFT, titleEnd + 12, FOOT, subtitleLines, subtitleFont, MARGIN, y + 150, 108);
        picture.fill(CardPainter.RULE, (int) MARGIN, FOOT, (int) width, 4);
        Font editionFont = CardPainter.SANS.deriveFont(56f);
        List<String> editionLines = CardPainter.lines(edition, editionFont, width, 1);
        int dateTop = FOOT + 122; // between the edition's line (from FOOT + 50) and the date's (from FOOT + 130)
        picture.lines(CardPainter.FG, FOOT + 4, dateTop, editionLines, editionFont, MARGIN, FOOT + 50, 70);
        Font dateFont = CardPainter.SANS.deriveFont(48f);
        List<String> dateLines = CardPainter.lines(date, dateFont, width, 1);
        picture.lines(CardPainter.FG_SOFT, dateTop, HEIGHT - BAR, dateLines, dateFont, MARGIN, FOOT + 130, 64);
        return picture.png();
    }
}
