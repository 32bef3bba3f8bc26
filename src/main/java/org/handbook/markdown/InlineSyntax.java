package org.handbook.markdown;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A piece of the handbook's own inline syntax: where the text at a {@code trigger} character
 * matches {@code pattern}, one node made by {@code node} instead of text. Runs before the inline
 * parsers of {@code before} (the attributes extension would read {@code {{name}}} as "{}").
 * Each syntax is a subclass of its own.
 */
abstract class InlineSyntax implements Parser.ParserExtension {
    private final char trigger;
    private final Pattern pattern;
    private final Function<BasedSequence, Node> node;
    private final Set<Class<?>> before;

    InlineSyntax(char trigger, Pattern pattern, Function<BasedSequence, Node> node, Set<Class<?>> before) {
        this.trigger = trigger;
        this.pattern = pattern;
        this.node = node;
        this.before = before;
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineParserExtensionFactory(factory());
    }

    /**
     * {@code new Factory() {}}, written in each syntax's own class: flexmark keeps one factory per
     * class, so two syntaxes sharing this class's factory would lose one.
     */
    abstract Factory factory();

    class Factory implements InlineParserExtensionFactory {
        @Override
        public CharSequence getCharacters() {
            return String.valueOf(trigger);
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
            return before.isEmpty() ? null : before;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }

    private final class Inline implements InlineParserExtension {
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
            Matcher m = pattern.matcher(input);
            m.region(start, input.length());
            if (!m.lookingAt()) return false;
            parser.flushTextNode();
            parser.getBlock().appendChild(node.apply(input.subSequence(start, m.end())));
            parser.setIndex(m.end());
            return true;
        }
    }
}
