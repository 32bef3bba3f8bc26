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
            // one look at the bytes for what most files have none of: a byte past ASCII, a '\r'
            boolean ascii = true;
            boolean returns = false;
            for (byte b : bytes) {
                if (b < 0) ascii = false;
                else if (b == '\r') returns = true;
            }
            String text;
            if (ascii) {
                // ASCII is Latin-1: the bytes are the string's as they are, copied once
                text = new String(bytes, StandardCharsets.ISO_8859_1);
            } else {
                CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
                text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
                if (text.startsWith("\uFEFF")) text = text.substring(1);
            }
            if (returns) text = text.replace("\r\n", "\n").replace('\r', '\n');
            return Optional.of(new TextFile(path, text));
        } catch (CharacterCodingException e) {
            problems.error(Rule.ENCODING, firstInvalid(path, bytes), "file is not valid UTF-8",
                    "save the file as UTF-8 (most editors: 'Save with encoding' > UTF-8)");
            return Optional.empty();
        }
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
