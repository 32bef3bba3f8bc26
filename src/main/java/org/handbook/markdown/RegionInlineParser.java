package org.handbook.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser, matching a pattern without copying its paragraph. flexmark's
 * {@code match} asks the matcher for {@code toMatchResult()}, which copies the whole paragraph a
 * character at a time for every match (every backtick run and every closing bracket), only to read
 * where the match starts and ends, which the matcher says itself; and reading a run of plain
 * characters from the parsed text's string. The same matches, the same tree.
 */
final class RegionInlineParser extends InlineParserImpl {
    /** The characters of the parsed text, {@code charsOf}, for {@link #parseString}. */
    private String charsOf;
    private char[] chars;

    RegionInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                       Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                       List<InlineParserExtensionFactory> extensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, extensions);
    }

    @Override
    public BasedSequence match(Pattern re) {
        if (index >= input.length()) return null;
        Matcher matcher = re.matcher(input);
        matcher.region(index, input.length());
        if (!matcher.find()) return null;
        index = matcher.end();
        return input.subSequence(matcher.start(), matcher.end());
    }

    /**
     * flexmark's run of ordinary characters, read from the characters of the parsed text's string when
     * the input is a stretch of it: flexmark reads each through its sequence's bounds-checked
     * {@code charAt} and asks {@code BitSet.get}, both calls C1 does not inline. The special
     * characters are read from the set as it is now (an extension adds to it as it parses), as two
     * words when all are ASCII, as they are.
     */
    @Override
    protected boolean parseString() {
        String text = SourceChars.base(input);
        BitSet special = specialCharacters;
        if (text == null || special.length() > 128) return super.parseString();
        if (text != charsOf) {
            chars = TextChars.of(text);
            charsOf = text;
        }
        long[] words = special.toLongArray();
        long low = words.length > 0 ? words[0] : 0;
        long high = words.length > 1 ? words[1] : 0;
        // a NUL reads as U+FFFD, as flexmark's sequences read it: never special here, as the set has nothing past ASCII
        low &= ~1L;
        char[] chars = this.chars;
        int begin = index;
        int offset = input.getStartOffset();
        int length = input.length();
        int i = begin;
        for (; i != length; i++) {
            char c = chars[offset + i];
            if (c < 64 ? (low >>> c & 1) != 0 : c < 128 && (high >>> c & 1) != 0) break;
        }
        if (i == begin) return false;
        index = i;
        appendText(input, begin, i);
        return true;
    }
}
