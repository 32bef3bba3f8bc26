package org.handbook.share;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Cards are drawn in a canvas each thread keeps: what a thread drew before never shows in the next card;
 * and each part of a card is in its own ink.
 */
class PreviewCardTest {
    private static final PreviewCard SHORT = new PreviewCard("Playbook", "Support bot", "", "Fine-Tune, or Don't");
    private static final PreviewCard LONG = new PreviewCard("Chapter 12",
            "A title long enough to need every one of the three lines a card has for it, and then some more words",
            "A description long enough to fill the lines under the title, so that its text covers rows the short card leaves blank.",
            "Another book's name");

    @Test
    void aCardIsTheSameWhateverTheThreadDrewBefore() throws Exception {
        byte[] alone = CompletableFuture.supplyAsync(SHORT::png, runnable -> new Thread(runnable).start()).get();
        byte[] afterLong = CompletableFuture.supplyAsync(() -> {
            LONG.png(); // another book, more lines of text: every part of the canvas written
            return SHORT.png();
        }, runnable -> new Thread(runnable).start()).get();
        assertArrayEquals(alone, afterLong);
        assertFalse(Arrays.equals(alone, LONG.png()), "the two cards differ");
    }

    @Test
    void eachPartIsInItsInk() {
        InkPalette palette = new InkPalette(CardPainter.BG, CardPainter.FG, CardPainter.FG_SOFT, CardPainter.ACCENT, CardPainter.RULE);
        // a title of one line at 68 px (rows 132-213), the description from row 231
        InkPicture card = new PreviewCard("Chapter 2", "Short title", "A description long enough to wrap once at thirty pixels a letter, so it"
                + " takes two lines under the title.", "Fine-Tune, or Don't").draw();
        assertEquals(PreviewCard.WIDTH * 14, full(card, palette, CardPainter.ACCENT, 0, 14), "the accent bar");
        assertTrue(full(card, palette, CardPainter.ACCENT, 14, 120) > 500, "the section's line");
        assertTrue(full(card, palette, CardPainter.FG, 120, 222) > 5_000, "the title");
        assertTrue(full(card, palette, CardPainter.FG_SOFT, 222, 520) > 1_000, "the description");
        assertEquals(1040 * 2, full(card, palette, CardPainter.RULE, 0, PreviewCard.HEIGHT), "the rule");
        assertTrue(full(card, palette, CardPainter.FG, 522, PreviewCard.HEIGHT) > 2_000, "the book's name");
        assertEquals(0, full(card, palette, CardPainter.FG_SOFT, 0, 222) + full(card, palette, CardPainter.FG, 222, 522),
                "no part in another's ink");
    }

    /** How many pixels of rows {@code top..bottom-1} are {@code ink} itself. */
    private static int full(InkPicture card, InkPalette palette, java.awt.Color ink, int top, int bottom) {
        int entry = palette.byCoverage(ink)[255] & 0xff;
        int n = 0;
        for (int y = top; y < bottom; y++) {
            for (int x = 0; x < PreviewCard.WIDTH; x++) {
                if (card.entry(x, y) == entry) n++;
            }
        }
        return n;
    }
}
