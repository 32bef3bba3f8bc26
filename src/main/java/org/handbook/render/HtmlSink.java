package org.handbook.render;

import com.vladsch.flexmark.util.ast.Node;

/**
 * Where the handbook's node renderers write: flexmark's HTML writer, or the {@link BodyWriter}
 * that writes the same HTML for the texts whose every node it knows, without flexmark's
 * character-at-a-time line writer.
 */
interface HtmlSink {
    /** Appends HTML as it is. */
    void raw(String html);

    /** Appends text, escaping what HTML would read as markup. */
    void text(String text);

    /** Appends Markdown source text as {@link #text} does once its backslash escapes and entities are resolved. */
    void source(String raw);

    /** An attribute of the next tag opened. */
    void attr(String name, String value);

    /** Opens {@code tag} with the attributes given since the last one opened. */
    void open(String tag);

    void close(String tag);

    /** Ends the line unless nothing is on it yet. */
    void line();

    void children(Node node);

    /** What flexmark's own renderer writes for {@code node}, the node the handbook's renderer stands in front of. */
    void core(Node node);

    /** Whether {@code s} holds a character that {@link #text} escapes. */
    static boolean escapes(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"') return true;
        }
        return false;
    }
}
