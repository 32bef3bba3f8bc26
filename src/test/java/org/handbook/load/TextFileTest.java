package org.handbook.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.handbook.problem.Problem;
import org.handbook.problem.Problems;
import org.junit.jupiter.api.Test;

/** A file's bytes are its text only when they are strict UTF-8, whether all ASCII or not. */
class TextFileTest {
    private static Optional<String> decode(byte[] bytes, List<String> problems) {
        Problems p = new Problems();
        Optional<String> text = TextFile.decode("f.md", bytes, p).map(TextFile::text);
        p.sorted().stream().map(Problem::format).map(s -> s.lines().findFirst().orElse("")).forEach(problems::add);
        return text;
    }

    private static Optional<String> decode(String text) {
        return decode(text.getBytes(StandardCharsets.UTF_8), new java.util.ArrayList<>());
    }

    @Test
    void asciiAndOtherTextsReadWithLineEndsMadeLf() {
        assertEquals(Optional.of("a\nb\nc\n"), decode("a\r\nb\rc\n"));
        assertEquals(Optional.of("plain ascii"), decode("plain ascii"));
        assertEquals(Optional.of("caf\u00E9 \u201Cq\u201D\n"), decode("\uFEFFcaf\u00E9 \u201Cq\u201D\r\n"));
        assertEquals(Optional.of("kept \uFFFD\n"), decode("kept \uFFFD\n"), "a replacement character written in the file is text");
    }

    @Test
    void bytesThatAreNotUtf8AreReportedWhereTheyAre() {
        for (byte[] bad : List.of(new byte[] {'a', '\n', 'b', (byte) 0x80}, new byte[] {'a', '\n', 'b', (byte) 0xC3}, new byte[] {'a', '\n', 'b', (byte) 0xFF, 'c'})) {
            List<String> problems = new java.util.ArrayList<>();
            assertEquals(Optional.empty(), decode(bad, problems));
            assertEquals(List.of("f.md:2:2: error: file is not valid UTF-8"), problems);
        }
    }
}
