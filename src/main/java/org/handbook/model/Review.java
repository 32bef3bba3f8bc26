package org.handbook.model;

import java.time.LocalDate;
import org.handbook.problem.Position;

/**
 * When an item or a named value was last checked against its sources and when it should be
 * checked again: what `check` warns about once passed and `handbook stale` lists. {@code item} is
 * the item's reference ({@code playbook:house-style}, or {@code {{name}}} for a value); {@code at}
 * is where its review-by date (or, without one, its reviewed date) is written.
 */
public record Review(String item, Position at, LocalDate reviewed, LocalDate reviewBy) {
}
