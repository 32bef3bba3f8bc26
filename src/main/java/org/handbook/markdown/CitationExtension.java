package org.handbook.markdown;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses Pandoc-style citations {@code [@key]} and {@code [@a; @b]} into {@link Citation} nodes. */
public final class CitationExtension implements Parser.ParserExtension {
    static final Pattern CITATION = Pattern.compile("\\[@[A-Za-z0-9_:.-]+(?:\\s*;\\s*@[A-Za-z0-9_:.-]+)*\\]");

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineParserExtensionFactory(new Factory());
    }

    private static final class Factory implements InlineParserExtensionFactory {
        @Override
        public CharSequence getCharacters() {
            return "[";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser parser) {
            return new Inline();
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }

    private static final class Inline implements InlineParserExtension {
        @Override
        public void finalizeDocument(InlineParser parser) {
        }

        @Override
        public void finalizeBlock(InlineParser parser) {
        }

        @Override
        public boolean parse(LightInlineParser parser) {
            BasedSequence input = parser.getInput();
            int start = parser.getIndex();
            if (start + 1 >= input.length() || input.charAt(start + 1) != '@') return false;
            Matcher m = CITATION.matcher(input);
            m.region(start, input.length());
            if (!m.lookingAt()) return false;
            parser.flushTextNode();
            parser.getBlock().appendChild(new Citation(input.subSequence(start, m.end())));
            parser.setIndex(m.end());
            return true;
        }
    }
}
