package org.handbook.model;

import java.util.List;

/** A checklist to tick in a meeting: sections of items with stable ids. */
public record Checklist(String id, String title, String purpose, String useWhen, String version,
                        List<String> chapters, List<Section> sections, SourceMap source) {

    /** A titled group of items. */
    public record Section(String title, List<Item> items) {
    }

    /** One thing to check; {@code why} is Markdown. */
    public record Item(String id, String text, String who, Markdown why, boolean required, String pointer) {
    }

    public int itemCount() {
        return sections.stream().mapToInt(s -> s.items().size()).sum();
    }
}
