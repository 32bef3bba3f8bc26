package org.handbook.cache;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The day a build holds review dates to (they lapse at midnight), and how a build with nothing to
 * do tells it is still the day of the last one: asking for today's date loads the time-zone
 * database, 10–25 ms at a JVM's start, so the last build records the span of its day instead and
 * the next one only compares the clock with it. The zone is the one named by {@code TZ}, else the
 * system's: a system's zone changed between two builds on one day is not noticed.
 */
public final class BuildDay {
    /** Fixes the day, as YYYY-MM-DD (tests, and a look at what will have lapsed by then). */
    private static final String FIXED = "handbook.today";

    private BuildDay() {
    }

    /** The date review dates are held to: today's, or the fixed one. */
    public static LocalDate today() {
        String fixed = System.getProperty(FIXED);
        return fixed == null ? LocalDate.now() : LocalDate.parse(fixed);
    }

    /**
     * What a build's inputs are keyed on for the day: the fixed day, or the variable that names the
     * time zone, so that another zone is another day whatever the clock says.
     */
    public static String key() {
        String fixed = System.getProperty(FIXED);
        return fixed != null ? "day " + fixed : "zone " + System.getenv("TZ");
    }

    /**
     * The first and the last millisecond of the day it was at the instant {@code at} (epoch
     * milliseconds); every instant for a fixed day.
     */
    static long[] span(long at) {
        return System.getProperty(FIXED) != null ? new long[]{Long.MIN_VALUE, Long.MAX_VALUE} : span(at, ZoneId.systemDefault());
    }

    /** As {@link #span(long)}, of the day in {@code zone}. */
    static long[] span(long at, ZoneId zone) {
        LocalDate day = LocalDate.ofInstant(Instant.ofEpochMilli(at), zone);
        return new long[]{day.atStartOfDay(zone).toInstant().toEpochMilli(), day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli() - 1};
    }
}
