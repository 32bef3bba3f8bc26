package org.handbook.model;

/**
 * The verdict once a measurement the room does not have yet is in: what to {@code measure}, the
 * {@code threshold} it must reach, and the {@code verdict} (an id) if it does. A playbook or a
 * flowchart outcome may carry one beside the verdict it gives today.
 */
public record IfMeasured(String measure, String threshold, String verdict) {
}
