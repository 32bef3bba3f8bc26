package org.handbook.check;

import java.nio.charset.StandardCharsets;
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
     * They are copied as Latin-1 bytes, which for a string held as Latin-1 is one copy of what it holds,
     * where widening it to chars is a loop over them; a character past Latin-1 would come as '?', so a
     * '?' (never in a word but for a value's {@code {{name}}}) has them read again as chars.
     */
    int[] wordHashes() {
        byte[] latin1 = joined.getBytes(StandardCharsets.ISO_8859_1);
        int[] out = new int[ends.length];
        int k = 0;
        for (int i = 0; i < out.length; i++) {
            int h = 0;
            for (int end = ends[i]; k < end; k++) {
                int c = latin1[k] & 0xFF;
                if (c == '?') return wordHashes(joined.toCharArray());
                h = 31 * h + c;
            }
            out[i] = h;
        }
        return out;
    }

    private int[] wordHashes(char[] chars) {
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
        private StringBuilder joined;
        private int[] ends;
        private int[] segment;
        private int[] offset;
        private int n;

        Gathered(String path) {
            this.path = path;
        }

        /** The texts' words, into arrays sized for all of them at once (grown from a first size, they were copied again and again). */
        Gathered read(List<Supplier<ProseWords.Words>> texts) {
            List<ProseWords.Words> words = new ArrayList<>(texts.size());
            int chars = 0;
            int places = 0;
            for (Supplier<ProseWords.Words> text : texts) {
                ProseWords.Words w = text.get();
                words.add(w);
                chars += w.joined().length();
                places += w.size();
            }
            joined = new StringBuilder(chars);
            ends = new int[places];
            segment = new int[places];
            offset = new int[places];
            for (int s = 0; s < words.size(); s++) append(s, words.get(s));
            return this;
        }

        Passage passage(List<IntFunction<Position>> segments) {
            return new Passage(path, joined.toString(), trimmed(ends), trimmed(segment), trimmed(offset), List.copyOf(segments));
        }

        /** The first {@code n} of {@code a}: all of it, but where a break that would follow a break was left out. */
        private int[] trimmed(int[] a) {
            return a.length == n ? a : Arrays.copyOf(a, n);
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
                ends[n] = base + from[i];
                segment[n] = s;
                offset[n] = text.offset(i);
                n++;
            }
        }
    }
}
