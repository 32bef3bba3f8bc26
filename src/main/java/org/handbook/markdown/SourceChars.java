package org.handbook.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * The characters of a stretch of parsed Markdown as a string, copied at once. flexmark's
 * {@code BasedSequence.toString()} and {@code unescape()} read a sequence a character at a time through
 * bounds-checked calls (a tenth of the parse and render steps' samples on the benchmark corpus), though
 * most sequences a node holds are one stretch of the text that was parsed.
 */
public final class SourceChars {
    private SourceChars() {
    }

    /** What {@code s.toString()} gives: a NUL reads as U+FFFD, as flexmark's sequences read it. */
    public static String string(BasedSequence s) {
        if (s instanceof SubSequence sub && sub.getBase() instanceof String text) {
            String out = text.substring(sub.getStartOffset(), sub.getEndOffset());
            return out.indexOf('\0') < 0 ? out : out.replace('\0', '\uFFFD');
        }
        return s.toString();
    }

    /** What {@code s.unescape()} gives: backslash escapes and entities resolved. */
    public static String unescaped(BasedSequence s) {
        return Escaping.unescapeString(string(s));
    }
}
