package org.handbook.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.handbook.RandomTries;
import org.junit.jupiter.api.Test;

/** The fast hash of texts joined by line ends is the fast hash of the joined text, however the texts are cut. */
class HashesTest {
    private static final List<String> PIECES = List.of("", "a", "chapters", "\n", "é", "\u2019", "\uD83D\uDE00", "---\ntitle: x\n---\n", "{{v}}", " ");

    @Test
    void textsJoinedByLinesHashAsTheirJoin() {
        RandomTries.run("fastLines = fast(join)", 2000, random -> {
            String[] parts = new String[random.nextInt(6)];
            for (int i = 0; i < parts.length; i++) {
                StringBuilder part = new StringBuilder();
                for (int k = random.nextInt(5); k > 0; k--) part.append(RandomTries.pick(random, PIECES));
                parts[i] = part.toString();
            }
            assertEquals(Hashes.fast(String.join("\n", parts)), Hashes.fastLines(parts), String.join("|", parts));
        });
    }

    @Test
    void whereTheLinesEndMatters() {
        assertNotEquals(Hashes.fastLines("ab", "c"), Hashes.fastLines("a", "bc"));
    }
}
