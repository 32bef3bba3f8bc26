package org.handbook.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;
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
    /** The words one after another; word {@code i} ends at {@code ends[i]}, and a break is a word of no characters. */
    private final String joined;
    private final int[] ends;
    private final int[] segment;
    private final int[] offset;
    private final List<IntFunction<Position>> segments;

    private Passage(String path, String joined, int[] ends, int[] segment, int[] offset, List<IntFunction<Position>> segments) {
        this.path = path;
        this.joined = joined;
        this.ends = ends;
        this.segment = segment;
        this.offset = offset;
        this.segments = segments;
    }

    /** How many words and breaks. */
    int size() {
        return ends.length;
    }

    private int start(int i) {
        return i == 0 ? 0 : ends[i - 1];
    }

    /** Whether place {@code i} is a break, not a word. */
    boolean isBreak(int i) {
        return start(i) == ends[i];
    }

    /** Word {@code i}. */
    String word(int i) {
        return joined.substring(start(i), ends[i]);
    }

    /**
     * The hash of each word, as {@link String#hashCode()} gives it, without making the strings: read
     * from the words' characters copied at once (under C1 each {@code String.charAt} is a chain of calls).
     */
    int[] wordHashes() {
        char[] chars = joined.toCharArray();
        int[] out = new int[ends.length];
        int k = 0;
        for (int i = 0; i < out.length; i++) {
            int h = 0;
            for (int end = ends[i]; k < end; k++) h = 31 * h + chars[k];
            out[i] = h;
        }
        return out;
    }

    /** Whether word {@code i} here is word {@code j} of {@code other}. */
    boolean sameWord(int i, Passage other, int j) {
        int length = ends[i] - start(i);
        return length == other.ends[j] - other.start(j) && joined.regionMatches(start(i), other.joined, other.start(j), length);
    }

    /** Where word {@code i} is written. */
    Position position(int i) {
        return segments.get(segment[i]).apply(offset[i]);
    }

    /** A text a passage's words are read from: a Markdown text's prose ({@link ParsedMarkdown#facts()}, a function of its text) or a YAML text's. */
    record Text(boolean markdown, String text) {
    }

    /**
     * The texts of one file, read into a passage each time one is asked for: the check keeps no
     * file's words longer than it needs them (a large site's passages were some 150 MB at once).
     */
    static final class Builder implements Supplier<Passage> {
        final String path;
        private final List<IntFunction<Position>> segments = new ArrayList<>();
        private final List<Supplier<ProseWords.Words>> texts = new ArrayList<>();
        private final List<Text> from = new ArrayList<>();

        Builder(String path) {
            this.path = path;
        }

        /** The prose of a Markdown text, as its parse found it. */
        Builder markdown(ParsedMarkdown md) {
            segments.add(md::position);
            texts.add(() -> md.facts().prose());
            from.add(new Text(true, md.source().text()));
            return this;
        }

        /** A YAML text value (a question, a label, a summary...): one run of its own, quotation marks honoured. */
        Builder yaml(SourceMap map, String pointer, String text) {
            segments.add(i -> map.inString(pointer, i));
            texts.add(() -> ProseWords.ofYaml(text));
            from.add(new Text(false, text));
            return this;
        }

        /** The texts the file's words are read from, in order: its words are a function of them alone (not of where they are). */
        List<Text> from() {
            return List.copyOf(from);
        }

        /** The file's words, read now. */
        @Override
        public Passage get() {
            return new Gathered(path).read(texts).passage(segments);
        }
    }

    /** The words of one file's texts, gathered one text after another. */
    private static final class Gathered {
        private final String path;
        private final StringBuilder joined = new StringBuilder();
        private int[] ends = new int[256];
        private int[] segment = new int[256];
        private int[] offset = new int[256];
        private int n;

        Gathered(String path) {
            this.path = path;
        }

        Gathered read(List<Supplier<ProseWords.Words>> texts) {
            for (int s = 0; s < texts.size(); s++) append(s, texts.get(s).get());
            return this;
        }

        Passage passage(List<IntFunction<Position>> segments) {
            return new Passage(path, joined.toString(), Arrays.copyOf(ends, n), Arrays.copyOf(segment, n), Arrays.copyOf(offset, n), List.copyOf(segments));
        }

        /**
         * Text {@code s}'s words after the last's: a break that would follow a break is left out. A
         * break has no characters, so the text's characters are all taken, at once.
         */
        private void append(int s, ProseWords.Words text) {
            int base = joined.length();
            joined.append(text.joined());
            int[] from = text.ends();
            for (int i = 0; i < from.length; i++) {
                boolean isBreak = from[i] == (i == 0 ? 0 : from[i - 1]);
                if (isBreak && (n == 0 || ends[n - 1] == (n == 1 ? 0 : ends[n - 2]))) continue;
                if (n == segment.length) {
                    ends = Arrays.copyOf(ends, n * 2);
                    segment = Arrays.copyOf(segment, n * 2);
                    offset = Arrays.copyOf(offset, n * 2);
                }
                ends[n] = base + from[i];
                segment[n] = s;
                offset[n] = text.offset(i);
                n++;
            }
        }
    }
}
