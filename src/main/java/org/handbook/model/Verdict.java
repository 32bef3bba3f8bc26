package org.handbook.model;

/**
 * One answer the handbook's decisions can give, as content/handbook.yaml's {@code verdicts} declare
 * it: playbooks and flowchart outcomes name it by {@code id}; pages show its {@code label} in its
 * {@code colour} (one of the site's tones, {@link #COLOURS}: the schema's choices, each drawn
 * legibly in light and dark mode by site.css and in the EPUB);
 * {@code meaning} says when it applies; {@code ifMeasured}, when given, is how the answer reads as
 * the verdict a measurement would lead to ("Fine-tune if the measurement holds").
 */
public record Verdict(String id, String label, String colour, String meaning, String ifMeasured) {
    /** The tones a verdict may take, as site.css and the EPUB's pictures draw them. */
    public static final java.util.List<String> COLOURS = java.util.List.of("green", "red", "amber", "blue", "violet", "grey");

    /** How the verdict reads as the one a measurement would lead to: its own wording, or its label with "if the measurement holds". */
    public String ifMeasuredLabel() {
        return ifMeasured != null ? ifMeasured : label + " if the measurement holds";
    }
}
