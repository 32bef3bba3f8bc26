package org.handbook.load;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.handbook.model.SourceMap;
import org.handbook.problem.Problems;
import org.handbook.problem.Rule;

/** Dates written YYYY-MM-DD: the schemas check the shape, this checks the calendar. */
public final class Dates {
    private Dates() {
    }

    /** The date, or null when absent or (reported where it is written) when it names no day, such as 2027-02-30. */
    public static LocalDate parse(String text, SourceMap map, String pointer, Problems problems) {
        if (text == null) return null;
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.error(Rule.DATE, map.at(pointer), "'" + pointer.substring(pointer.lastIndexOf('/') + 1) + "' is not a date: '" + text + "'",
                    "write a real calendar date as YYYY-MM-DD, e.g. 2026-11-24");
            return null;
        }
    }
}
