package org.handbook.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's heading, fenced code and thematic break parsers, asked only about lines that could
 * start their block. For every line that is not code each tries regular expressions at the line's
 * first non-blank character, the first two with {@code find()}, which tries each position of the
 * line in turn (a paragraph's line is hundreds of characters). Each expression needs one of a few
 * characters there ('#', '=' or '-'; '`' or '~'; '*', '_' or '-'), so any other line is answered at
 * once: no block, as flexmark would answer. Each stands in for flexmark's own as a subclass of its
 * factory, so the block parsers keep their order. The same blocks.
 */
final class BlockStarts {
    private BlockStarts() {
    }

    /** In place of flexmark's heading, fenced code and thematic break parsers for a parser. */
    static Parser.ParserExtension extension() {
        return new Parser.ParserExtension() {
            @Override
            public void parserOptions(MutableDataHolder options) {
                options.set(Parser.HEADING_PARSER, false);
                options.set(Parser.FENCED_CODE_BLOCK_PARSER, false);
                options.set(Parser.THEMATIC_BREAK_PARSER, false);
            }

            @Override
            public void extend(Parser.Builder builder) {
                builder.customBlockParserFactory(new Headings());
                builder.customBlockParserFactory(new Fences());
                builder.customBlockParserFactory(new Breaks());
            }
        };
    }

    /** {@code starts}, asked only where a line's first non-blank character is one of {@code first}. */
    private static BlockParserFactory gated(BlockParserFactory starts, String first) {
        return (state, matched) -> {
            BasedSequence line = state.getLine();
            int at = state.getNextNonSpaceIndex();
            return at < line.length() && first.indexOf(line.charAt(at)) >= 0 ? starts.tryStart(state, matched) : BlockStart.none();
        };
    }

    /** ATX headings start with '#', setext underlines with '=' or '-'. */
    static final class Headings extends HeadingParser.Factory {
        @Override
        public BlockParserFactory apply(DataHolder options) {
            return gated(super.apply(options), "#=-");
        }
    }

    /** Fences are '`' or '~'. */
    static final class Fences extends FencedCodeBlockParser.Factory {
        @Override
        public BlockParserFactory apply(DataHolder options) {
            return gated(super.apply(options), "`~");
        }
    }

    /** Thematic breaks are '*', '_' or '-'. */
    static final class Breaks extends ThematicBreakParser.Factory {
        @Override
        public BlockParserFactory apply(DataHolder options) {
            return gated(super.apply(options), "*_-");
        }
    }
}
