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
     * flexmark's run of ordinary characters, read from the parsed text's string when the input is a
     * stretch of it (flexmark reads each through its sequence's bounds-checked {@code charAt}).
     */
    @Override
    protected boolean parseString() {
        String text = SourceChars.base(input);
        if (text == null) return super.parseString();
        int begin = index;
        int offset = input.getStartOffset();
        int length = input.length();
        BitSet special = specialCharacters;
        int i = begin;
        for (; i != length; i++) {
            char c = text.charAt(offset + i);
            // a NUL reads as U+FFFD, as flexmark's sequences read it
            if (special.get(c == '\0' ? '\uFFFD' : c)) break;
        }
        if (i == begin) return false;
        index = i;
        appendText(input, begin, i);
        return true;
    }
}
