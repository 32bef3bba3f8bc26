package org.handbook.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A thread-safe collector of problems; stages add to it and the build decides at the end. */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public synchronized void error(Rule rule, Position at, String message, String hint) {
        list.add(new Problem(Severity.ERROR, rule, at, message, hint));
    }

    public synchronized void warning(Rule rule, Position at, String message, String hint) {
        list.add(new Problem(Severity.WARNING, rule, at, message, hint));
    }

    /** A finding as an error at {@code at}. */
    public void error(Position at, Finding finding) {
        add(finding.at(at));
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
}
