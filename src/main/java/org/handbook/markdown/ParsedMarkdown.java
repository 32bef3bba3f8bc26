package org.handbook.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.handbook.cache.Hashes;
import org.handbook.model.Markdown;
import org.handbook.problem.LineMap;
import org.handbook.problem.Position;

/**
 * A Markdown text read: its {@link TextFacts} (from its parse, or from the build cache), a way to
 * map an offset back to its file, line and column, and the flexmark tree, parsed when something
 * first needs it (a page to render) if the facts came from the cache.
 */
public final class ParsedMarkdown {
    private final Markdown source;
    private final TextFacts facts;
    /** Made when a position is first asked for: most texts of a rebuild never are. */
    private volatile LineMap lines;
    private volatile Tree tree;
    private volatile String hash;

    /** Why a text was set aside unread (an empty document stands in for it), and where. */
    public record Unreadable(int offset, String message) {
    }

    /** The parsed tree and the id given to each heading node, which the tree's document also holds. */
    record Tree(Document document, Map<Node, String> headingIds) {
        Tree {
            headingIds = new IdentityHashMap<>(headingIds);
            document.set(HEADING_IDS, headingIds);
        }
    }

    /** The ids of a document's headings, kept in the document: a heading's id is found from the tree it is in. */
    private static final DataKey<Map<Node, String>> HEADING_IDS = new DataKey<>("HANDBOOK_HEADING_IDS", Map.of());

    ParsedMarkdown(Markdown source, TextFacts facts, Tree tree, String hash) {
        this.source = source;
        this.facts = facts;
        this.tree = tree;
        this.hash = hash;
    }

    /** Why this text was set aside unread, if it was; the checks report it, and the build stops there. */
    public java.util.Optional<Unreadable> unreadable() {
        return java.util.Optional.ofNullable(facts.unreadable());
    }

    public Markdown source() {
        return source;
    }

    /** What the build reads of the text besides its HTML. */
    public TextFacts facts() {
        return facts;
    }

    /**
     * A hash of the source text, made once for this parse: a warm process keeps the parse of an
     * unchanged text, and with it this hash, so its pages' fingerprints cost nothing to check.
     */
    public String textHash() {
        String h = hash;
        if (h == null) hash = h = Hashes.fast(source.text());
        return h;
    }

    /** The tree, parsed now if the facts came from the build cache. */
    public Document document() {
        return tree().document();
    }

    private Tree tree() {
        Tree t = tree;
        if (t == null) {
            synchronized (this) {
                t = tree;
                if (t == null) tree = t = MarkdownParser.read(source).tree();
            }
        }
        return t;
    }

    /** Lets go of the tree, when what needed it is done with it; whatever asks for it again parses the text again. */
    public void release() {
        tree = null;
    }

    public List<Heading> headings() {
        return facts.headings();
    }

    /** The id given to a heading node of this text's tree, or null when the node is no heading. */
    public String headingId(Node heading) {
        // from the node's own tree: the one this text holds now may be another parse of it
        return HEADING_IDS.get(heading.getDocument()).get(heading);
    }

    public boolean hasAnchor(String id) {
        return facts.hasAnchor(id);
    }

    /** Words of prose, for reading time. */
    public int words() {
        return facts.words();
    }

    /** The file position of a node. */
    public Position position(Node node) {
        return position(node.getStartOffset());
    }

    public Position position(int offset) {
        LineMap lines = this.lines;
        if (lines == null) this.lines = lines = new LineMap(source.text());
        int line = lines.line(offset);
        // a text from a YAML block scalar is indented as a whole: every line starts at firstColumn
        int column = lines.column(offset) + source.firstColumn() - 1;
        return new Position(source.path(), source.firstLine() + line - 1, column);
    }
}
