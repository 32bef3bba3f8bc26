package org.handbook.markdown;

import com.vladsch.flexmark.util.ast.Node;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The nodes under a root in document order (a node, then its children's), walked by the tree's
 * own links: flexmark's {@code getDescendants()} keeps a {@link java.util.Stack}, synchronized on
 * every push and pop, and makes an iterator for every node with children. The tree must not
 * change during the walk, which the parse's own walks only read.
 */
final class Descendants implements Iterable<Node> {
    private final Node root;

    private Descendants(Node root) {
        this.root = root;
    }

    /** The nodes under {@code root}, not {@code root} itself. */
    static Descendants of(Node root) {
        return new Descendants(root);
    }

    @Override
    public Iterator<Node> iterator() {
        return new Iterator<>() {
            private Node next = root.getFirstChild();

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Node next() {
                Node n = next;
                if (n == null) throw new NoSuchElementException();
                next = after(n);
                return n;
            }
        };
    }

    /** The node after {@code n} in document order, under the root; null after the last. */
    private Node after(Node n) {
        Node child = n.getFirstChild();
        if (child != null) return child;
        for (Node at = n; at != root; at = at.getParent()) {
            Node sibling = at.getNext();
            if (sibling != null) return sibling;
        }
        return null;
    }
}
