package org.handbook.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A thread-safe collector of problems; stages add to it and the build decides at the end. */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public synchronized void error(Position at, String message, String hint) {
        list.add(new Problem(Severity.ERROR, at, message, hint));
    }

    public synchronized void warning(Position at, String message, String hint) {
        list.add(new Problem(Severity.WARNING, at, message, hint));
    }

    public synchronized void add(Problem p) {
        list.add(p);
    }

    public synchronized boolean hasErrors() {
        return list.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }

    /** All problems, sorted by file, line and column, duplicates removed. */
    public synchronized List<Problem> sorted() {
        return list.stream().distinct()
                .sorted(Comparator.comparing(Problem::position).thenComparing(Problem::message))
                .toList();
    }

    public synchronized long count(Severity s) {
        return sorted().stream().filter(p -> p.severity() == s).count();
    }
}
