package org.handbook.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import java.util.Set;

/**
 * The tables extension's parse side, asking flexmark's table pre-processor only about paragraphs
 * that could be tables. flexmark's pre-processor reads every paragraph's first line a character at a
 * time through its sequences to see whether it has a '|' (a line without one ends the look: no table)
 * and is made anew, its separator pattern compiled, for every document. Here that first line is
 * looked up in the parsed text's own string, and one pre-processor of flexmark's (it keeps nothing
 * between calls) serves every document the parser reads. The same tables, the same tree.
 */
final class TableParagraphs implements ParagraphPreProcessorFactory {
    private final ParagraphPreProcessorFactory tables = TableParagraphPreProcessor.Factory();
    /** flexmark's pre-processor, made for the first document (every document has the parser's options). */
    private volatile ParagraphPreProcessor shared;

    private TableParagraphs() {
    }

    /** In place of {@code TablesExtension} for a parser (the renderer keeps {@code TablesExtension}). */
    static Parser.ParserExtension extension() {
        return new Parser.ParserExtension() {
            @Override
            public void parserOptions(MutableDataHolder options) {
            }

            @Override
            public void extend(Parser.Builder builder) {
                builder.paragraphPreProcessorFactory(new TableParagraphs());
            }
        };
    }

    @Override
    public ParagraphPreProcessor apply(ParserState state) {
        ParagraphPreProcessor p = shared;
        if (p == null) shared = p = tables.apply(state);
        return new Paragraphs(p);
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return tables.getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return tables.getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
        return tables.affectsGlobalScope();
    }

    /** One document's paragraphs: those whose first line has no '|' are answered here. */
    private static final class Paragraphs implements ParagraphPreProcessor {
        private final ParagraphPreProcessor tables;
        // the first '|' at or after `from` in `text` is at `pipe` (-1: none)
        private String text;
        private int from;
        private int pipe;

        Paragraphs(ParagraphPreProcessor tables) {
            this.tables = tables;
        }

        @Override
        public int preProcessBlock(Paragraph block, ParserState state) {
            List<BasedSequence> lines = block.getContentLines();
            // flexmark's answer for no lines or a first line without '|': 0, nothing changed
            if (lines.isEmpty() || noPipe(lines.get(0))) return 0;
            return tables.preProcessBlock(block, state);
        }

        /** Whether a line, a stretch of the parsed text, has no '|' (false when it is no stretch: flexmark looks). */
        private boolean noPipe(BasedSequence line) {
            String base = SourceChars.base(line);
            if (base == null) return false;
            int start = line.getStartOffset();
            if (base != text || start < from || pipe >= 0 && start > pipe) {
                text = base;
                from = start;
                pipe = base.indexOf('|', start);
            }
            return pipe < 0 || pipe >= line.getEndOffset();
        }
    }
}
