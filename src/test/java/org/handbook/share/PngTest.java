package org.handbook.share;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The encoder's PNG reads back as the same pixels, rows that repeat the one above and the first row included. */
class PngTest {

    @Test
    void readsBackPixelForPixel() throws Exception {
        BufferedImage img = new BufferedImage(37, 23, BufferedImage.TYPE_INT_RGB);
        Random r = new Random(7);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                // rows 5-9 repeat row 4; elsewhere noise, dark and light, so every channel difference wraps both ways
                img.setRGB(x, y, y >= 5 && y < 10 ? img.getRGB(x, 4) : r.nextInt(0x1000000));
            }
        }
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(Png.encode(img)));
        for (int y = 0; y < img.getHeight(); y++) {
            assertArrayEquals(img.getRGB(0, y, img.getWidth(), 1, null, 0, img.getWidth()),
                    back.getRGB(0, y, img.getWidth(), 1, null, 0, img.getWidth()), "row " + y);
        }
    }
}
