package org.handbook.model;

/**
 * A piece of Markdown and where it starts in its file, so positions inside it can be mapped
 * back to the file's own line and column.
 */
public record Markdown(String text, String path, int firstLine, int firstColumn) {

    public static Markdown empty(String path) {
        return new Markdown("", path, 1, 1);
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
