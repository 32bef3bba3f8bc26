package org.handbook.share;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Cards are drawn in a canvas each thread keeps: what a thread drew before never shows in the next card. */
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
}
