package org.handbook.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.handbook.model.Markdown;

/** Parses Markdown with the handbook's one set of flexmark options; thread-safe. */
public final class MarkdownParser {
    /**
     * Parsers by the optional syntax a text can hold, indexed as {@link Look#parser}: flexmark's
     * admonition parser doubles parse time, so texts without "!!!" skip it; texts without '{' have
     * no attributes or named values, and skip the attributes' post-processor, which sorts every node
     * of the tree by type to find attribute blocks.
     */
    static final Parser[] PARSERS = {parser(false, false), parser(true, false), parser(false, true), parser(true, true)};

    private static Parser parser(boolean admonitions, boolean braces) {
        List<Extension> ext = new ArrayList<>(List.of(BlockStarts.extension(), TableParagraphs.extension(),
                FootnoteExtension.create(), TaskListExtension.create()));
        if (braces) ext.add(AttributesExtension.create());
        ext.addAll(List.of(TypographicExtension.create(), Syntax.citations()));
        if (braces) ext.add(Syntax.values());
        if (admonitions) ext.add(AdmonitionExtension.create());
        // flexmark adds its reference definitions' pre-processor itself only for its own inline parser: added here, last, as it would
        return Parser.builder(options()).extensions(ext).customInlineParserFactory(RegionInlineParser::new)
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory()).build();
    }

    private MarkdownParser() {
    }

    static MutableDataSet options() {
        MutableDataSet o = new MutableDataSet();
        o.set(TablesExtension.COLUMN_SPANS, false);
        o.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        o.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        o.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        o.set(TypographicExtension.ENABLE_SMARTS, true);
        o.set(TypographicExtension.ENABLE_QUOTES, true);
        return o;
    }

    /**
     * How deep Markdown may nest (quotes in lists in quotes, emphasis in links...): far more than any
     * page needs, and far less than what the renderers' recursion survives on a thread's default stack.
     */
    public static final int MAX_DEPTH = 64;

    /** Parses a text: its facts and its tree. */
    public static ParsedMarkdown parse(Markdown md) {
        Read r = read(md);
        return new ParsedMarkdown(md, r.facts(), r.tree(), null);
    }

    /** What a parse gives: the text's facts and its tree. */
    record Read(TextFacts facts, ParsedMarkdown.Tree tree) {
    }

    static Read read(Markdown md) {
        char[] chars = TextChars.of(md.text());
        Look look = look(chars);
        if (look.deep() >= 0) {
            // refused before parsing: flexmark's time grows with the square of such indentation
            return unreadable(look.deep(), "Markdown nested more than " + MAX_DEPTH + " levels deep (quotes, lists or emphasis inside each other)");
        }
        Document doc;
        try {
            doc = PARSERS[look.parser()].parse(md.text());
        } catch (StackOverflowError e) {
            // flexmark's parser recurses on some nesting; a text that deep is refused, located at its start
            return unreadable(0, "Markdown nested too deeply to read");
        }
        Node deep = deeperThan(doc, MAX_DEPTH);
        if (deep != null) {
            return unreadable(deep.getStartOffset(), "Markdown nested more than " + MAX_DEPTH + " levels deep (quotes, lists or emphasis inside each other)");
        }
        return scanned(md, chars, doc, look);
    }

    /** A text no later stage may walk (nested too deep for their recursion), standing as an empty document. */
    private static Read unreadable(int offset, String message) {
        return new Read(FactsExtractor.unreadable(new ParsedMarkdown.Unreadable(offset, message)),
                new ParsedMarkdown.Tree(PARSERS[0].parse(""), Map.of()));
    }

    /**
     * What a look over a text finds before parsing it: the offset where a line's indentation
     * (spaces, tabs as four, and quote markers) first reaches what {@link #MAX_DEPTH} levels of lists
     * or quotes could need, or -1; the parser for it ({@link #PARSERS}' index: 1 for a "!!!", 2 for a '{');
     * and whether it has a NUL (which flexmark's sequences read as U+FFFD, so a stretch of it is not its string).
     */
    record Look(int deep, int parser, boolean nul) {
        /** Whether the text has a '{': without one it has no value reference, closed or not. */
        boolean braces() {
            return (parser & 2) != 0;
        }
    }

    // what the look stops at past a line's indentation: a line's end, a '{', a '!' (of a "!!!"?), a NUL
    private static final boolean[] LOOKED = new boolean[128];

    static {
        for (char c : "\n{!\0".toCharArray()) LOOKED[c] = true;
    }

    private static Look look(char[] chars) {
        // one pass: each line's indentation read, the rest of the line only for the few characters
        // looked for (three scans of the JDK's for one character each cost more under C1)
        int n = chars.length;
        boolean bangs = false;
        boolean braces = false;
        boolean nul = false;
        int i = 0;
        while (i < n) {
            int width = 0;
            for (; i < n; i++) {
                char c = chars[i];
                if (c != ' ' && c != '\t' && c != '>') break;
                width += c == '\t' ? 4 : c == '>' ? 2 : 1;
                if (width > 4 * MAX_DEPTH) return new Look(i, 0, false);
            }
            for (; i < n; i++) {
                char c = chars[i];
                if (c >= 128 || !LOOKED[c]) continue;
                if (c == '\n') break;
                if (c == '{') {
                    braces = true;
                } else if (c == '!') {
                    bangs |= i + 2 < n && chars[i + 1] == '!' && chars[i + 2] == '!';
                } else {
                    nul = true;
                }
            }
            i++;
        }
        return new Look(-1, (bangs ? 1 : 0) | (braces ? 2 : 0), nul);
    }

    /** The first node nested deeper than {@code max} in document order, found without recursion, or null. */
    private static Node deeperThan(Document doc, int max) {
        Node n = doc.getFirstChild();
        int depth = 1;
        while (n != null) {
            if (depth > max) return n;
            if (n.getFirstChild() != null) {
                n = n.getFirstChild();
                depth++;
                continue;
            }
            while (n.getNext() == null) {
                n = n.getParent();
                if (--depth == 0) return null;
            }
            n = n.getNext();
        }
        return null;
    }

    private static Read scanned(Markdown md, char[] chars, Document doc, Look look) {
        List<Heading> headings = new ArrayList<>();
        Map<Node, String> ids = new IdentityHashMap<>();
        Set<String> used = new HashSet<>();
        int words = 0;
        for (Node n : Descendants.of(doc)) {
            if (n instanceof Text t) {
                // code blocks hold their lines as Text nodes too; readers skim code, so it is not counted
                if (!(t.getParent() instanceof FencedCodeBlock || t.getParent() instanceof IndentedCodeBlock)) {
                    words += count(t.getChars(), md.text(), chars);
                }
            } else if (n instanceof ValueRef) {
                words++;
            } else if (n instanceof com.vladsch.flexmark.ast.Heading h) {
                String text = plainText(h).strip();
                String explicit = explicitId(h);
                String id = explicit != null ? explicit : unique(slug(text), used);
                used.add(id);
                ids.put(h, id);
                headings.add(new Heading(h.getLevel(), text, id));
            }
        }
        // footnotes numbered once, here: flexmark's renderer would re-sort them on every render, and
        // one text renders on several threads at once (a checklist in its PDFs and its page)
        FootnoteExtension.FOOTNOTES.get(doc).resolveFootnoteOrdinals();
        return new Read(FactsExtractor.of(doc, md.text(), chars, look, headings, ids, words), new ParsedMarkdown.Tree(doc, ids));
    }

    private static final Pattern WHITE = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGES = Pattern.compile("^-+|-+$");

    /** The text of a node without markup, attributes blocks left out. */
    public static String plainText(Node node) {
        StringBuilder sb = new StringBuilder();
        collect(node, sb);
        return collapsed(sb);
    }

    /** Each run of white space (a regular expression's \\s) as one space; most texts have only single spaces. */
    private static String collapsed(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' ? i + 1 < s.length() && s.charAt(i + 1) <= ' ' : c <= '\r' && c >= '\t') return WHITE.matcher(s).replaceAll(" ");
        }
        return s.toString();
    }

    private static void collect(Node node, StringBuilder sb) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof AttributesNode) continue;
            if (c instanceof Text || c instanceof SoftLineBreak) {
                // a based sequence appends char by char; its string copies at once
                sb.append(c instanceof Text ? SourceChars.string(c.getChars()) : " ");
            } else if (c instanceof Code code) {
                sb.append(code.getText());
            } else if (c instanceof Citation) {
                continue;
            } else if (c instanceof ValueRef v) {
                sb.append(v.token());
            } else if (c instanceof TypographicQuotes q) {
                sb.append(q.getTypographicOpening() != null && q.getTypographicOpening().contains("ldquo") ? "\u201C" : "\u2018");
                collect(c, sb);
                sb.append(q.getTypographicOpening() != null && q.getTypographicOpening().contains("ldquo") ? "\u201D" : "\u2019");
            } else if (c instanceof TypographicSmarts s) {
                sb.append(Entities.decode(s.getTypographicText()));
            } else {
                collect(c, sb);
            }
        }
    }

    private static String explicitId(Node heading) {
        for (Node c : Descendants.of(heading)) {
            if (c instanceof AttributeNode a && a.isId()) return a.getValue().toString();
        }
        return null;
    }

    /** A heading slug: lower case, letters and digits joined by single hyphens. */
    public static String slug(String text) {
        String s = asciiSlug(text);
        if (s == null) {
            s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
            s = EDGES.matcher(NOT_ALNUM.matcher(s).replaceAll("-")).replaceAll("");
        }
        return s.isEmpty() ? "section" : s;
    }

    /**
     * The slug of an ASCII text made in one pass (its decomposition is itself, it has no marks), ""
     * where {@link #slug} says "section"; null for any other text.
     */
    public static String asciiSlug(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128) return null;
            c = Letters.lower(c);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && out.length() > 0) out.append('-');
                gap = false;
                out.append(c);
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    private static String unique(String base, Set<String> used) {
        if (!used.contains(base)) return base;
        int i = 2;
        while (used.contains(base + "-" + i)) i++;
        return base + "-" + i;
    }

    /**
     * The words of a text node's characters, counted where they are in the text ({@code chars} its
     * characters) when they are a stretch of it.
     */
    private static int count(BasedSequence node, String text, char[] chars) {
        // a NUL, which flexmark reads as U+FFFD, is neither a letter nor a joining mark either way
        return SourceChars.base(node) == text ? count(chars, node.getStartOffset(), node.getEndOffset()) : count(node.toString().toCharArray(), 0, node.length());
    }

    private static int count(char[] s, int from, int to) {
        // a word starts at a letter or digit and goes on through letters, digits, '\'' and '-': each
        // character is read in a loop of its own for where it is, inside a word or between words
        int words = 0;
        int i = from;
        while (i < to) {
            if (!Letters.letterOrDigit(s[i++])) continue;
            words++;
            while (i < to) {
                char c = s[i];
                if (!Letters.letterOrDigit(c) && c != '\'' && c != '-') break;
                i++;
            }
        }
        return words;
    }
}
