package org.handbook.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.handbook.markdown.ParsedMarkdown;
import org.handbook.markdown.ProseWords;
import org.handbook.model.SourceMap;
import org.handbook.problem.Position;

/**
 * The words of one content file's prose, in reading order, lower-cased, each with a way back to
 * its line and column. Quotations (quotation marks, block quotes), code, table header rows and
 * citations are left out, and a break stands wherever text was left out or one text ends, so no
 * run of words reaches across a quotation or from one YAML field into the next.
 */
final class Passage {
    final String path;
    /** The words; {@code null} is a break. */
    final String[] words;
    private final int[] segment;
    private final int[] offset;
    private final List<IntFunction<Position>> segments;

    private Passage(String path, String[] words, int[] segment, int[] offset, List<IntFunction<Position>> segments) {
        this.path = path;
        this.words = words;
        this.segment = segment;
        this.offset = offset;
        this.segments = segments;
    }

    /** Where word {@code i} is written. */
    Position position(int i) {
        return segments.get(segment[i]).apply(offset[i]);
    }

    /** Collects the words of the texts of one file. */
    static final class Builder {
        private final String path;
        private final List<String> words = new ArrayList<>();
        private int[] segment = new int[256];
        private int[] offset = new int[256];
        private final List<IntFunction<Position>> segments = new ArrayList<>();

        Builder(String path) {
            this.path = path;
        }

        /** The prose of a Markdown text, as its parse found it. */
        Builder markdown(ParsedMarkdown md) {
            segments.add(md::position);
            append(md.facts().prose());
            return this;
        }

        /** A YAML text value (a question, a label, a summary...): one run of its own, quotation marks honoured. */
        Builder yaml(SourceMap map, String pointer, String text) {
            segments.add(i -> map.inString(pointer, i));
            append(ProseWords.ofYaml(text));
            return this;
        }

        Passage build() {
            int n = words.size();
            return new Passage(path, words.toArray(String[]::new), Arrays.copyOf(segment, n), Arrays.copyOf(offset, n), List.copyOf(segments));
        }

        /** One text's words after the last's: a break that would follow a break is left out. */
        private void append(ProseWords.Words text) {
            for (int i = 0; i < text.size(); i++) {
                String word = text.word(i);
                if (word == null && (words.isEmpty() || words.get(words.size() - 1) == null)) continue;
                int n = words.size();
                if (n == segment.length) {
                    segment = Arrays.copyOf(segment, n * 2);
                    offset = Arrays.copyOf(offset, n * 2);
                }
                segment[n] = segments.size() - 1;
                offset[n] = text.offset(i);
                words.add(word);
            }
        }
    }
}
