package org.handbook.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.handbook.cache.Hashes;
import org.handbook.model.Markdown;
import org.handbook.problem.LineMap;
import org.handbook.problem.Position;

/**
 * A Markdown text parsed once: the flexmark tree, its headings with their ids, and a way to map
 * any node back to its file, line and column.
 */
public final class ParsedMarkdown {
    private final Markdown source;
    private final Document document;
    private final List<Heading> headings;
    private final Map<Node, String> headingIds;
    private final LineMap lines;
    private final int words;
    private final Unreadable unreadable;

    /** Why a text was set aside unread (an empty document stands in for it), and where. */
    public record Unreadable(int offset, String message) {
    }

    ParsedMarkdown(Markdown source, Document document, List<Heading> headings, Map<Node, String> headingIds, int words) {
        this(source, document, headings, headingIds, words, null);
    }

    private ParsedMarkdown(Markdown source, Document document, List<Heading> headings, Map<Node, String> headingIds, int words,
                           Unreadable unreadable) {
        this.source = source;
        this.document = document;
        this.headings = List.copyOf(headings);
        this.headingIds = new IdentityHashMap<>(headingIds);
        this.lines = new LineMap(source.text());
        this.words = words;
        this.unreadable = unreadable;
    }

    /** A text no later stage may walk (nested too deep for their recursion), standing as an empty document. */
    static ParsedMarkdown unreadable(Markdown source, Document empty, int offset, String message) {
        return new ParsedMarkdown(source, empty, List.of(), Map.of(), 0, new Unreadable(offset, message));
    }

    /** Why this text was set aside unread, if it was; the checks report it, and the build stops there. */
    public java.util.Optional<Unreadable> unreadable() {
        return java.util.Optional.ofNullable(unreadable);
    }

    public Markdown source() {
        return source;
    }

    private volatile String hash;

    /**
     * A hash of the source text, made once for this parse: a warm process keeps the parse of an
     * unchanged text, and with it this hash, so its pages' fingerprints cost nothing to check.
     */
    public String textHash() {
        String h = hash;
        if (h == null) hash = h = Hashes.fast(source.text());
        return h;
    }

    public Document document() {
        return document;
    }

    public List<Heading> headings() {
        return headings;
    }

    /** The id given to a heading node, or null when the node is not a heading of this text. */
    public String headingId(Node heading) {
        return headingIds.get(heading);
    }

    public boolean hasAnchor(String id) {
        return headings.stream().anyMatch(h -> h.id().equals(id));
    }

    /** Words of prose, for reading time. */
    public int words() {
        return words;
    }

    /** The file position of a node. */
    public Position position(Node node) {
        return position(node.getStartOffset());
    }

    public Position position(int offset) {
        int line = lines.line(offset);
        // a text from a YAML block scalar is indented as a whole: every line starts at firstColumn
        int column = lines.column(offset) + source.firstColumn() - 1;
        return new Position(source.path(), source.firstLine() + line - 1, column);
    }
}
