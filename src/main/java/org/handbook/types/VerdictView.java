package org.handbook.types;

import org.handbook.model.IfMeasured;
import org.handbook.model.Verdict;

/**
 * A verdict as a page shows it: today's badge (label, colour, meaning) and, when the recommendation
 * waits on a number the room does not have yet, {@code ifMeasured}: the verdict if the measurement
 * holds, with the measurement and its threshold named. Playbooks and flowchart outcomes share it, so
 * a badge, an index, a meeting pack and a walk say the same.
 */
public record VerdictView(String id, String label, String colour, String meaning, Measured ifMeasured) {

    /**
     * The verdict a measurement would lead to: its id, its wording as such ("Fine-tune if the
     * measurement holds"), its colour, and what to measure and the threshold as HTML (named values
     * written out).
     */
    public record Measured(String id, String label, String colour, String measure, String threshold) {
    }

    /** The verdict {@code id}, and the one {@code measured} leads to if it is given. */
    public static VerdictView of(Views v, String id, IfMeasured measured) {
        Verdict today = v.verdict(id);
        Measured m = null;
        if (measured != null) {
            Verdict then = v.verdict(measured.verdict());
            m = new Measured(then.id(), then.ifMeasuredLabel(), then.colour(), v.inline(measured.measure()), v.inline(measured.threshold()));
        }
        return new VerdictView(today.id(), today.label(), today.colour(), today.meaning(), m);
    }
}
