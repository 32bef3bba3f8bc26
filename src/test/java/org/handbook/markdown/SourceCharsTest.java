package org.handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.PrefixedSubSequence;
import java.util.ArrayList;
import java.util.List;
import org.handbook.model.Markdown;
import org.junit.jupiter.api.Test;

/** A stretch copied at once reads as flexmark's own {@code toString()} and {@code unescape()} read it. */
class SourceCharsTest {
    private static final String TEXT = """
            # Costs &amp; *risks* \\*not emphasis\\*

            A paragraph with a NUL \0 here, an entity &eacute; and `code \\` spans`, "quotes" -- and {{value}}.

            > | Role | Decides |
            > |---|---|
            > | Lead \\| deputy | Yes &lt;b&gt; |

            - item one with [a link](https://example.org/a\\_b "title &amp; more")
            - über café — naïve
            """;

    @Test
    void everyNodesCharactersReadAsFlexmarkReadsThem() {
        ParsedMarkdown md = MarkdownParser.parse(new Markdown(TEXT, "x.md", 1, 1));
        List<BasedSequence> seen = new ArrayList<>();
        for (Node n : md.document().getDescendants()) {
            seen.add(n.getChars());
            for (BasedSequence s : n.getSegments()) seen.add(s);
        }
        assertTrue(seen.size() > 50, "the text has many nodes: " + seen.size());
        for (BasedSequence s : seen) {
            assertEquals(s.toString(), SourceChars.string(s));
            assertEquals(s.unescape(), SourceChars.unescaped(s));
        }
        assertTrue(seen.stream().anyMatch(s -> s.toString().contains("\uFFFD")), "a NUL reads as U+FFFD");
    }

    @Test
    void aSequenceThatIsNoStretchOfTheTextReadsAsItself() {
        BasedSequence joined = PrefixedSubSequence.prefixOf("see ", BasedSequence.of("a &amp; b").subSequence(2));
        assertEquals("see &amp; b", SourceChars.string(joined));
        assertEquals("see & b", SourceChars.unescaped(joined));
    }
}
