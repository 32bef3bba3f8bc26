package org.handbook.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.handbook.markdown.TextFacts.Kind;
import org.handbook.markdown.TextFacts.Mark;

/** Reads a parsed text's {@link TextFacts} off its tree, in one walk and one pass over its top-level blocks. */
final class FactsExtractor {
    private FactsExtractor() {
    }

    /** The facts of {@code doc}, parsed from {@code text}, whose characters {@code chars} are and which {@code look} saw. */
    static TextFacts of(Document doc, String text, char[] chars, MarkdownParser.Look look, List<Heading> headings, Map<Node, String> headingIds, int words) {
        List<Mark> marks = new ArrayList<>();
        List<TextFacts.Run> runs = new ArrayList<>();
        // without a '{' no text node has an unclosed reference: the text is not searched for "{{"
        int[] braces = look.braces() ? braces(text) : null;
        // without a NUL a text node that is a stretch of the text is its string, taken in place
        String source = look.nul() ? null : text;
        for (Node n : Descendants.of(doc)) {
            mark(n, marks);
            if (n instanceof Text t) {
                if (braces != null) unclosed(t.getChars(), text, braces).ifPresent(at -> marks.add(new Mark(Kind.UNCLOSED, at, ValueUses.restOfLine(text, at), false)));
                if (!excluded(n)) runs.add(new TextFacts.Run(n.getStartOffset(), n.getTextLength()));
            }
        }
        List<TextFacts.Block> blocks = new ArrayList<>();
        String definition = null;
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof com.vladsch.flexmark.ast.Heading h && h.getLevel() <= 3) {
                blocks.add(new TextFacts.Block(h.getLevel(), h.getText().toString(), headingIds.get(h), text(n, source)));
            } else {
                blocks.add(new TextFacts.Block(0, null, null, text(n, source)));
            }
            if (definition == null && n instanceof Paragraph) definition = MarkdownParser.plainText(n).strip();
        }
        return new TextFacts(List.copyOf(headings), words, null, List.copyOf(marks), List.copyOf(blocks),
                definition == null ? "" : definition, ProseWords.of(doc, chars), List.copyOf(runs));
    }

    /** The facts of a text no later stage may read: nothing but why. */
    static TextFacts unreadable(ParsedMarkdown.Unreadable why) {
        return new TextFacts(List.of(), 0, why, List.of(), List.of(), "", ProseWords.Words.of(List.of(), new int[0]), List.of());
    }

    private static void mark(Node n, List<Mark> marks) {
        int at = n.getStartOffset();
        if (n instanceof HtmlBlock || n instanceof HtmlInline || n instanceof HtmlCommentBlock || n instanceof HtmlInlineComment) {
            marks.add(new Mark(Kind.HTML, at, n.getChars().toString().strip().lines().findFirst().orElse(""), false));
        } else if (n instanceof Image img) {
            Node parent = n.getParent();
            boolean alone = parent instanceof Paragraph && parent.getFirstChild() == n && n.getNext() == null;
            marks.add(new Mark(Kind.IMAGE, at, img.getUrl().toString(), alone));
        } else if (n instanceof ImageRef) {
            marks.add(new Mark(Kind.IMAGE_REF, at, "", false));
        } else if (n instanceof Link link) {
            marks.add(new Mark(Kind.LINK, at, link.getUrl().toString(), false));
        } else if (n instanceof AutoLink a) {
            marks.add(new Mark(Kind.AUTOLINK, at, a.getUrl().toString(), false));
        } else if (n instanceof Reference ref) {
            marks.add(new Mark(Kind.REFERENCE, at, ref.getUrl().toString(), false));
        } else if (n instanceof Citation c) {
            marks.add(new Mark(Kind.CITATION, at, String.join(" ", c.ids()), false));
        } else if (n instanceof ValueRef v) {
            marks.add(new Mark(Kind.VALUE, at, v.name(), false));
        }
    }

    /** Where {@code text} has "{{", in order: most texts have none, so their text nodes need not be read for one. */
    private static int[] braces(String text) {
        return java.util.stream.IntStream.iterate(text.indexOf("{{"), i -> i >= 0, i -> text.indexOf("{{", i + 1)).toArray();
    }

    /** Where the first {@code {{} of a text node is: a reference would have been parsed as one, so this one is unclosed. */
    private static java.util.OptionalInt unclosed(BasedSequence chars, String text, int[] braces) {
        if (SourceChars.base(chars) == text) {
            // a stretch of the text: the first "{{" that starts inside it
            int i = java.util.Arrays.binarySearch(braces, chars.getStartOffset());
            if (i < 0) i = -i - 1;
            return i < braces.length && braces[i] < chars.getEndOffset() ? java.util.OptionalInt.of(braces[i]) : java.util.OptionalInt.empty();
        }
        BasedSequence base = chars.getBaseSequence();
        for (int i = 0; i < chars.length(); i++) {
            int at = chars.getStartOffset() + i;
            if (chars.charAt(i) == '{' && at + 1 < base.length() && base.charAt(at + 1) == '{') return java.util.OptionalInt.of(at);
        }
        return java.util.OptionalInt.empty();
    }

    /** What a glossary mention is never linked inside: one array, not a new one for each text node's call. */
    private static final Class<?>[] EXCLUDING = {com.vladsch.flexmark.ast.Heading.class, Link.class, LinkRef.class, Code.class,
            FencedCodeBlock.class, IndentedCodeBlock.class, TableHead.class};

    /** Text a glossary mention is never linked in: headings, links, code, table heads. */
    private static boolean excluded(Node n) {
        return n.getAncestorOfType(EXCLUDING) != null;
    }

    /**
     * The plain text of a node, with a space between blocks and table cells that flexmark's collector
     * would run together; {@code source} the parsed text when it has no NUL (else null).
     */
    private static String text(Node n, String source) {
        // room for the node's source, which its plain text seldom outgrows: grown from 16, a block's builder was copied over and over
        StringBuilder out = new StringBuilder(n.getTextLength() + 16);
        collect(n, out, source);
        return out.toString();
    }

    private static void collect(Node n, StringBuilder out, String source) {
        if (n instanceof TableSeparator) return; // a table's |---|---| row is markup, not text to show in an excerpt
        if (n instanceof Text || n instanceof Code) {
            BasedSequence chars = n instanceof Text ? n.getChars() : ((Code) n).getText();
            if (source != null && SourceChars.base(chars) == source) {
                // a stretch of a text without NULs: appended from the text at once, not cut out first
                out.append(source, chars.getStartOffset(), chars.getEndOffset());
            } else {
                // a based sequence appends char by char; its string copies at once
                out.append(SourceChars.string(chars));
            }
            return;
        }
        if (n instanceof ValueRef v) {
            out.append(v.token());
            return;
        }
        if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
            out.append(' ');
            return;
        }
        if (n instanceof TypographicSmarts t) {
            out.append(Entities.decode(t.getTypographicText()));
            return;
        }
        if (n instanceof TypographicQuotes q) {
            out.append(Entities.decode(q.getTypographicOpening()));
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) collect(c, out, source);
            out.append(Entities.decode(q.getTypographicClosing()));
            return;
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) collect(c, out, source);
        if (n instanceof Block || n instanceof TableCell) out.append(' ');
    }
}
