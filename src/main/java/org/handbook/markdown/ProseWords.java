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
    // how {@link #flush} reads an ASCII character: a word's letter or digit (lower case, upper case),
    // a '%' that ends a word (98%), punctuation inside one (don't, state-of-the-art, 1,500, 0.6), other
    private static final byte LOWER = 1;
    private static final byte UPPER = 2;
    private static final byte PERCENT = 4;
    private static final byte INNER = 8;
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = Letters.letterOrDigit(c) ? Letters.lower(c) == c ? LOWER : UPPER : c == '%' ? PERCENT : "'-.,".indexOf(c) >= 0 ? INNER : 0;
        }
    }

    // the words so far, as {@link Words} holds them: their characters one after another, each word's end and offset
    private char[] joined = new char[256];
    private int joinedLength;
    private int[] ends = new int[256];
    private int[] offsets = new int[256];
    private int count;
    // the text being gathered (a block's inline content), and each character's offset in its source
    private char[] buf = new char[256];
    private int length;
    private int[] source = new int[256];
    /** Whether a straight '"' opens a quotation: in YAML text; in Markdown, paired ones became quotation nodes. */
    private boolean straightQuotes;
    /**
     * Each thread's, emptied for each text: the arrays grow to the largest text's size once, where a
     * new one for each text grew them from their first size (a tenth of the parse's own samples).
     */
    private static final ThreadLocal<ProseWords> SCRATCH = ThreadLocal.withInitial(ProseWords::new);

    private ProseWords() {
    }

    /** This thread's, empty, for a text that has straight quotation marks or not. */
    private static ProseWords scratch(boolean straightQuotes) {
        ProseWords p = SCRATCH.get();
        p.straightQuotes = straightQuotes;
        p.count = 0;
        p.joinedLength = 0;
        p.length = 0;
        return p;
    }

    /** The words of a parsed Markdown text, whose characters {@code text} are. */
    static Words of(Node document, char[] text) {
        ProseWords p = scratch(false);
        p.walk(document, text);
        p.flush();
        return p.words();
    }

    /** The words of a YAML text value (a question, a label, a summary...), quotation marks honoured. */
    public static Words ofYaml(String text) {
        ProseWords p = scratch(true);
        p.stretch(text.toCharArray(), 0, text.length());
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
        return new Words(new String(joined, 0, joinedLength), Arrays.copyOf(ends, count), Arrays.copyOf(offsets, count));
    }

    private void walk(Node node, char[] text) {
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
    private void stretch(char[] text, int start, int end) {
        reserve(end - start);
        System.arraycopy(text, start, buf, length, end - start);
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
        byte[] ascii = ASCII;
        int i = 0;
        char closing = 0;
        while (i < n) {
            char ch = buf[i];
            if (closing != 0) {
                if (ch == closing) closing = 0;
                i++;
            } else if (ch < 128 ? (ascii[ch] & (LOWER | UPPER)) != 0 : Character.isLetterOrDigit(ch)) {
                i = word(i, n);
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
                reserveWord(end - i);
                // without its white space (a regular expression's \s)
                for (int k = i; k < end; k++) if (" \t\n\u000B\f\r".indexOf(buf[k]) < 0) joined[joinedLength++] = buf[k];
                ends[count - 1] = joinedLength;
                i = end;
            } else {
                i++;
            }
        }
        length = 0;
        addBreak();
    }

    /**
     * Adds the word starting at {@code i} (a letter or digit) and returns where it ends: letters and
     * digits, with punctuation inside a word (don't, state-of-the-art, 1,500, 0.6, 98%), lower-cased,
     * a typographic apostrophe made plain.
     */
    private int word(int i, int n) {
        char[] buf = this.buf;
        byte[] ascii = ASCII;
        add(source[i]);
        int start = i;
        boolean plain = true;
        while (i < n) {
            char ch = buf[i];
            if (ch < 128) {
                byte kind = ascii[ch];
                if (kind == UPPER) {
                    plain = false;
                } else if (kind == INNER) {
                    if (i + 1 == n || !Letters.letterOrDigit(buf[i + 1])) break;
                } else if (kind == 0) {
                    break;
                }
            } else if (Character.isLetterOrDigit(ch)) {
                plain &= Character.toLowerCase(ch) == ch;
            } else if (ch == '\u2019' && i + 1 < n && Letters.letterOrDigit(buf[i + 1])) {
                plain = false;
            } else {
                break;
            }
            i++;
        }
        reserveWord(i - start);
        char[] joined = this.joined;
        int at = joinedLength;
        if (plain) {
            System.arraycopy(buf, start, joined, at, i - start);
            at += i - start;
        } else {
            for (int k = start; k < i; k++) joined[at++] = buf[k] == '\u2019' ? '\'' : Letters.lower(buf[k]);
        }
        joinedLength = at;
        ends[count - 1] = at;
        return i;
    }

    /** The end of the {@code {{name}}} starting at {@code i}, or -1. */
    private int closingBraces(int i, int n) {
        for (int k = i + 2; k + 1 < n && buf[k] != '\n'; k++) if (buf[k] == '}' && buf[k + 1] == '}') return k + 2;
        return -1;
    }

    /** Room for a word of {@code more} characters more. */
    private void reserveWord(int more) {
        if (joinedLength + more > joined.length) joined = Arrays.copyOf(joined, Math.max(joined.length * 2, joinedLength + more));
    }

    /** Starts a word at {@code at}: its characters are appended to {@code joined}, then its end set. */
    private void add(int at) {
        if (count == ends.length) {
            ends = Arrays.copyOf(ends, count * 2);
            offsets = Arrays.copyOf(offsets, count * 2);
        }
        offsets[count] = at;
        ends[count++] = joinedLength;
    }

    private void addBreak() {
        // a break is a word of no characters after a word that has some
        int start = count < 2 ? 0 : ends[count - 2];
        if (count > 0 && ends[count - 1] > start) add(0);
    }
}
