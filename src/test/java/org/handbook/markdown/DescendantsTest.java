package org.handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.handbook.RandomTries;
import org.handbook.model.Markdown;
import org.junit.jupiter.api.Test;

/** The parse's walk over a tree visits the nodes flexmark's {@code getDescendants()} does, in its order, under any node. */
class DescendantsTest {
    @Test
    void walksAsFlexmarksDescendantsUnderEveryNode() {
        RandomTries.run("walk = getDescendants()", 1000, random -> {
            StringBuilder text = new StringBuilder();
            for (int i = 1 + random.nextInt(20); i > 0; i--) {
                text.append(RandomTries.pick(random, FlexmarkParityTest.PIECES)).append(RandomTries.pick(random, FlexmarkParityTest.JOINS));
            }
            Document doc = MarkdownParser.parse(new Markdown(text.toString(), "x.md", 1, 1)).document();
            List<Node> roots = new ArrayList<>(List.of(doc));
            for (Node n : doc.getDescendants()) roots.add(n);
            for (Node root : roots) {
                List<Node> flexmarks = new ArrayList<>();
                root.getDescendants().forEach(flexmarks::add);
                List<Node> ours = new ArrayList<>();
                Descendants.of(root).forEach(ours::add);
                assertEquals(flexmarks.size(), ours.size(), "\"" + text + "\" under " + root);
                for (int i = 0; i < ours.size(); i++) assertSame(flexmarks.get(i), ours.get(i), "\"" + text + "\" under " + root + ", node " + i);
            }
        });
    }

    @Test
    void aNodeWithoutChildrenHasNone() {
        Document doc = MarkdownParser.parse(new Markdown("", "x.md", 1, 1)).document();
        Iterator<Node> walk = Descendants.of(doc).iterator();
        assertFalse(walk.hasNext());
        assertThrows(NoSuchElementException.class, walk::next);
    }
}
