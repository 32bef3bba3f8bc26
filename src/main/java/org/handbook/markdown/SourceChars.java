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
        String text = base(s);
        if (text != null) {
            String out = text.substring(s.getStartOffset(), s.getEndOffset());
            return out.indexOf('\0') < 0 ? out : out.replace('\0', '\uFFFD');
        }
        return s.toString();
    }

    /**
     * The text {@code s} is a stretch of, when it is one ({@code s} is then its characters from
     * {@code s.getStartOffset()} to {@code s.getEndOffset()}, a NUL read as U+FFFD), else null.
     */
    public static String base(BasedSequence s) {
        return s instanceof SubSequence sub && sub.getBase() instanceof String text ? text : null;
    }

    /** What {@code s.unescape()} gives: backslash escapes and entities resolved. */
    public static String unescaped(BasedSequence s) {
        return unescape(string(s));
    }

    /**
     * What flexmark's {@code Escaping.unescapeString(s)} gives, without its regular expression for
     * the many strings that have neither a backslash nor an entity.
     */
    public static String unescape(String s) {
        return s.indexOf('\\') < 0 && s.indexOf('&') < 0 ? s : Escaping.unescapeString(s);
    }
}
