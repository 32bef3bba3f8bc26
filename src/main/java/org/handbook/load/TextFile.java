package org.handbook.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.handbook.problem.Position;
import org.handbook.problem.Problems;
import org.handbook.problem.Rule;

/** A content file's text, decoded as strict UTF-8 with a BOM dropped and CRLF made LF. */
public record TextFile(String path, String text) {

    /** Decodes bytes, or reports the first invalid byte's position and returns empty. */
    public static Optional<TextFile> decode(String path, byte[] bytes, Problems problems) {
        try {
            String text = ascii(bytes);
            if (text == null) {
                CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
                text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
                if (text.startsWith("\uFEFF")) text = text.substring(1);
            }
            // one scan for a '\r' most files have none of, where each replacement scans the text
            if (text.indexOf('\r') >= 0) text = text.replace("\r\n", "\n").replace('\r', '\n');
            return Optional.of(new TextFile(path, text));
        } catch (CharacterCodingException e) {
            problems.error(Rule.ENCODING, firstInvalid(path, bytes), "file is not valid UTF-8",
                    "save the file as UTF-8 (most editors: 'Save with encoding' > UTF-8)");
            return Optional.empty();
        }
    }

    /**
     * The text of bytes that are all ASCII, through the JDK's fast path for them (a strict decoder
     * copies them into a buffer of chars, then back into a string), else null. A string as long as
     * the bytes and without U+FFFD read every byte as one character, none replaced: all ASCII.
     */
    private static String ascii(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.length() == bytes.length && text.indexOf('\uFFFD') < 0 ? text : null;
    }

    private static Position firstInvalid(String path, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        int bad = in.position();
        int line = 1;
        int col = 1;
        String decoded = out.flip().toString();
        for (int i = 0; i < decoded.length(); i++) {
            if (decoded.charAt(i) == '\n') {
                line++;
                col = 1;
            } else if (!Character.isLowSurrogate(decoded.charAt(i))) {
                col++;
            }
        }
        return new Position(path, line, bad == 0 && line == 1 ? 1 : col);
    }
}
