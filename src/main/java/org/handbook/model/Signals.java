package org.handbook.model;

import java.util.List;

/** What in the room points toward a playbook's verdict, and what would point away from it. */
public record Signals(List<String> forVerdict, List<String> against) {
}
