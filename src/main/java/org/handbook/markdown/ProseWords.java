package org.handbook.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Arrays;
import java.util.List;

/**
 * The words of one text's prose, in reading order, lower-cased, each with its offset in the
 * text; {@code null} is a break. Quotations (quotation marks, block quotes), code, table header
 * rows and citations are left out, and a break stands wherever text was left out and at the end,
 * so no run of words reaches across a quotation or from one text into the next. The repeated-prose
 * check reads these; a Markdown text's are worked out at its parse and kept with its
 * {@link TextFacts}.
 */
public final class ProseWords {
    // the words so far, as {@link Words} holds them: one string, each word's end and offset
    private final StringBuilder joined = new StringBuilder();
    private int[] ends = new int[256];
    private int[] offsets = new int[256];
    private int count;
    // the text being gathered (a block's inline content), and each character's offset in its source
    private char[] buf = new char[256];
    private int length;
    private int[] source = new int[256];
    /** Whether a straight '"' opens a quotation: in YAML text; in Markdown, paired ones became quotation nodes. */
    private final boolean straightQuotes;

    private ProseWords(boolean straightQuotes) {
        this.straightQuotes = straightQuotes;
    }

    /** The words of a parsed Markdown text. */
    static Words of(Node document, String text) {
        ProseWords p = new ProseWords(false);
        p.walk(document, text);
        p.flush();
        return p.words();
    }

    /** The words of a YAML text value (a question, a label, a summary...), quotation marks honoured. */
    public static Words ofYaml(String text) {
        ProseWords p = new ProseWords(true);
        p.stretch(text, 0, text.length());
        p.flush();
        return p.words();
    }

    /**
     * Words and their offsets, a break where a word is {@code null}; never two breaks in a row, none
     * first. Held compactly, one string for all the words (a large site holds millions of them
     * through its build): word {@code i} is {@code joined} from {@code ends[i - 1]} to {@code ends[i]},
     * a break is a word of no characters.
     */
    public record Words(String joined, int[] ends, int[] offsets) {
        /** Words and breaks ({@code null}) with their offsets. */
        public static Words of(List<String> words, int[] offsets) {
            StringBuilder joined = new StringBuilder();
            int[] ends = new int[words.size()];
            for (int i = 0; i < ends.length; i++) {
                if (words.get(i) != null) joined.append(words.get(i));
                ends[i] = joined.length();
            }
            return new Words(joined.toString(), ends, Arrays.copyOf(offsets, ends.length));
        }

        /** The number of words and breaks. */
        public int size() {
            return ends.length;
        }

        /** Word {@code i}, or null for a break. */
        public String word(int i) {
            int start = i == 0 ? 0 : ends[i - 1];
            return start == ends[i] ? null : joined.substring(start, ends[i]);
        }

        /** Where word {@code i} starts in its text. */
        public int offset(int i) {
            return offsets[i];
        }
    }

    private Words words() {
        return new Words(joined.toString(), Arrays.copyOf(ends, count), Arrays.copyOf(offsets, count));
    }

    private void walk(Node node, String text) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof BlockQuote || c instanceof FencedCodeBlock || c instanceof IndentedCodeBlock || c instanceof HtmlBlock
                    || c instanceof TableHead || c instanceof TypographicQuotes || c instanceof Code || c instanceof Citation
                    || c instanceof AttributesNode || c instanceof Image || c instanceof HtmlInline) {
                flush();
            } else if (c instanceof Text) {
                // a text node is a stretch of the source as written: copied straight from it
                int start = c.getStartOffset();
                int end = c.getEndOffset();
                stretch(text, start, end);
            } else if (c instanceof TypographicSmarts smart) {
                String s = Entities.decode(smart.getTypographicText());
                for (int i = 0; i < s.length(); i++) append(s.charAt(i), c.getStartOffset());
            } else if (c instanceof SoftLineBreak || c instanceof HardLineBreak) {
                append(' ', c.getStartOffset());
            } else if (c instanceof ValueRef v) {
                // a named value reads the same wherever it is used: one word
                String s = " " + v.token() + " ";
                for (int i = 0; i < s.length(); i++) append(s.charAt(i), c.getStartOffset());
            } else {
                walk(c, text);
                if (c instanceof Block) flush();
            }
        }
    }

    /** Gathers the characters of {@code text} from {@code start} to {@code end}, each at its own offset. */
    private void stretch(String text, int start, int end) {
        reserve(end - start);
        text.getChars(start, end, buf, length);
        // in locals: C1 would load and store the fields for every character
        int[] source = this.source;
        int at = length;
        for (int i = start; i < end; i++) source[at++] = i;
        length = at;
    }

    private void append(char ch, int at) {
        reserve(1);
        source[length] = at;
        buf[length++] = ch;
    }

    private void reserve(int more) {
        if (length + more <= buf.length) return;
        int size = Math.max(buf.length * 2, length + more);
        buf = Arrays.copyOf(buf, size);
        source = Arrays.copyOf(source, size);
    }

    /** Splits the gathered text into words, drops quotations, and ends it with a break. */
    private void flush() {
        int n = length;
        char[] buf = this.buf;
        int i = 0;
        char closing = 0;
        while (i < n) {
            char ch = buf[i];
            if (closing != 0) {
                if (ch == closing) closing = 0;
                i++;
            } else if (ch == '\u201C' || ch == '"' && straightQuotes) {
                closing = ch == '"' ? '"' : '\u201D';
                addBreak();
                i++;
            } else if (ch == '\u2018' && (i == 0 || !Letters.letterOrDigit(buf[i - 1]))) {
                closing = '\u2019';
                addBreak();
                i++;
            } else if (ch == '{' && i + 1 < n && buf[i + 1] == '{' && closingBraces(i, n) > 0) {
                int end = closingBraces(i, n);
                add(source[i]);
                // without its white space (a regular expression's \s)
                for (int k = i; k < end; k++) if (" \t\n\u000B\f\r".indexOf(buf[k]) < 0) joined.append(buf[k]);
                ends[count - 1] = joined.length();
                i = end;
            } else if (Letters.letterOrDigit(ch)) {
                add(source[i]);
                int start = i;
                boolean plain = true;
                for (; i < n && (Letters.letterOrDigit(buf[i]) || joins(buf, i, n)); i++) {
                    plain &= buf[i] != '\u2019' && Letters.lower(buf[i]) == buf[i];
                }
                if (plain) {
                    joined.append(buf, start, i - start);
                } else {
                    // lower-cased, a typographic apostrophe made plain
                    for (int k = start; k < i; k++) joined.append(buf[k] == '\u2019' ? '\'' : Letters.lower(buf[k]));
                }
                ends[count - 1] = joined.length();
            } else {
                i++;
            }
        }
        length = 0;
        addBreak();
    }

    /** The end of the {@code {{name}}} starting at {@code i}, or -1. */
    private int closingBraces(int i, int n) {
        for (int k = i + 2; k + 1 < n && buf[k] != '\n'; k++) if (buf[k] == '}' && buf[k + 1] == '}') return k + 2;
        return -1;
    }

    /** Punctuation inside a word: don't, state-of-the-art, 1,500, 0.6, 98%. */
    private static boolean joins(char[] s, int i, int n) {
        char ch = s[i];
        if (ch == '%') return true;
        boolean inner = ch == '\'' || ch == '\u2019' || ch == '-' || ch == '.' || ch == ',';
        return inner && i + 1 < n && Letters.letterOrDigit(s[i + 1]);
    }

    /** Starts a word at {@code at}: its characters are appended to {@code joined}, then its end set. */
    private void add(int at) {
        if (count == ends.length) {
            ends = Arrays.copyOf(ends, count * 2);
            offsets = Arrays.copyOf(offsets, count * 2);
        }
        offsets[count] = at;
        ends[count++] = joined.length();
    }

    private void addBreak() {
        // a break is a word of no characters after a word that has some
        int start = count < 2 ? 0 : ends[count - 2];
        if (count > 0 && ends[count - 1] > start) add(0);
    }
}
