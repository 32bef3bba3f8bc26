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

    /** Strict UTF-8 of any bytes, a BOM dropped, CRLF and CR made LF: what a file's text is, worked out the long way. */
    private static Optional<String> expected(byte[] bytes) {
        try {
            String t = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            if (t.startsWith("\uFEFF")) t = t.substring(1);
            return Optional.of(t.replace("\r\n", "\n").replace('\r', '\n'));
        } catch (java.nio.charset.CharacterCodingException e) {
            return Optional.empty();
        }
    }

    @Test
    void anyBytesReadAsStrictUtf8WithLfLineEnds() {
        byte[][] pieces = {"a".getBytes(StandardCharsets.UTF_8), "\r".getBytes(StandardCharsets.UTF_8), "\n".getBytes(StandardCharsets.UTF_8),
            "\uFEFF".getBytes(StandardCharsets.UTF_8), "é".getBytes(StandardCharsets.UTF_8), "\u2019".getBytes(StandardCharsets.UTF_8),
            {(byte) 0xC3}, {(byte) 0xFF}, {(byte) 0x80}, {0}, "\uFFFD".getBytes(StandardCharsets.UTF_8), " x".getBytes(StandardCharsets.UTF_8)};
        org.handbook.RandomTries.run("decode = strict UTF-8, LF", 3000, random -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (int i = random.nextInt(12); i > 0; i--) out.writeBytes(pieces[random.nextInt(pieces.length)]);
            byte[] bytes = out.toByteArray();
            List<String> problems = new java.util.ArrayList<>();
            Optional<String> text = decode(bytes, problems);
            assertEquals(expected(bytes), text, java.util.Arrays.toString(bytes));
            assertEquals(text.isEmpty(), !problems.isEmpty(), java.util.Arrays.toString(bytes));
        });
    }
}
