package org.handbook.markdown;

import java.util.List;

/**
 * What the build reads of a Markdown text besides its HTML: headings and their ids, words, the
 * links, images, citations and value references the checks and the linker look at, the text runs
 * term mentions are found in, the top-level blocks search cuts into records, the prose words the
 * repeated-prose check compares. A pure function of the text (and the generator), taken from the
 * parse once and kept in the build cache by the text's hash ({@link TextFactsCache}), so a rebuild
 * parses only the texts that changed; a page to render parses its text again when it needs it.
 */
public record TextFacts(List<Heading> headings, int words, ParsedMarkdown.Unreadable unreadable, List<Mark> marks,
                        List<Block> blocks, String definition, ProseWords.Words prose, List<Run> runs) {

    /** What a {@link Mark} is. */
    public enum Kind {
        /** Raw HTML, a block or inline; {@code text} its first line. */
        HTML,
        /** An image, {@code ![](target)}: an embed or an error; {@code alone} when it is its paragraph's only content. */
        IMAGE,
        /** A reference-style image, never allowed. */
        IMAGE_REF,
        /** A link written {@code [text](target)}. */
        LINK,
        /** An autolink, {@code <https://...>}. */
        AUTOLINK,
        /** A link reference definition, {@code [label]: target}. */
        REFERENCE,
        /** A citation; {@code text} its source ids separated by spaces. */
        CITATION,
        /** A named value, {@code {{name}}}; {@code text} the name. */
        VALUE,
        /** A {@code {{} that opens no value reference (the first in a text node); {@code text} the rest of its line. */
        UNCLOSED
    }

    /** One thing a check or the linker looks at, at {@code offset} in the text, in document order. */
    public record Mark(Kind kind, int offset, String text, boolean alone) {
    }

    /**
     * A top-level block: {@code text} is its plain text as search shows it; a heading of level 3 or
     * less also has its level, its text as written and its id (level 0: not such a heading).
     */
    public record Block(int level, String heading, String id, String text) {
    }

    /**
     * A text node outside headings, links, code and table heads, where a glossary term may be
     * mentioned: where it starts in the text and how long it is (a text node is a stretch of its text
     * as written, so only where it is is kept).
     */
    public record Run(int offset, int length) {
        /** The run's characters, cut from its text. */
        public String in(String text) {
            return text.substring(offset, offset + length);
        }
    }

    /** Whether a heading of the text has this id. */
    public boolean hasAnchor(String id) {
        return headings.stream().anyMatch(h -> h.id().equals(id));
    }

    /** The plain text of the whole text, as search shows it: every block's, one after another. */
    public String plain() {
        StringBuilder out = new StringBuilder();
        blocks.forEach(b -> out.append(b.text()));
        return out.append(' ').toString();
    }
}
