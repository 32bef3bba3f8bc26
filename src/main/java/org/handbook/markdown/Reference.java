package org.handbook.markdown;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A typed cross-reference such as {@code term:lora} or {@code chapter:support-bot#decision-tree}.
 * Types name a content type; {@code glossary:index}, {@code sources:index}, {@code playbooks:index}
 * and {@code techniques:index} name the generated index pages.
 */
public record Reference(String type, String id, String anchor) {
    /** Types whose ids are content items. */
    public static final Set<String> ITEM_TYPES = Set.of("chapter", "playbook", "term", "technique",
            "checklist", "flowchart", "source");
    /** Types that only take the id {@code index}. */
    public static final Set<String> INDEX_TYPES = Set.of("glossary", "sources", "playbooks", "techniques",
            "checklists", "flowcharts");
    private static final Pattern SHAPE = Pattern.compile("([a-z]+):([A-Za-z0-9_.:-]*?)(?:#([^\\s]*))?");

    public static Optional<Reference> parse(String url) {
        Matcher m = SHAPE.matcher(url);
        if (!m.matches()) return Optional.empty();
        String type = m.group(1);
        if (!ITEM_TYPES.contains(type) && !INDEX_TYPES.contains(type)) return Optional.empty();
        return Optional.of(new Reference(type, m.group(2), m.group(3)));
    }

    /** Does the URL start like a typed reference (a known type followed by a colon)? */
    public static boolean looksTyped(String url) {
        int colon = url.indexOf(':');
        if (colon < 0) return false;
        String t = url.substring(0, colon);
        return ITEM_TYPES.contains(t) || INDEX_TYPES.contains(t);
    }

    public boolean isIndex() {
        return INDEX_TYPES.contains(type);
    }

    @Override
    public String toString() {
        return type + ":" + id + (anchor == null ? "" : "#" + anchor);
    }
}
