package org.handbook.problem;

/** What is wrong and how to fix it, before it is placed at a position: a check's answer about one value. */
public record Finding(Rule rule, String message, String hint) {

    /** This finding as an error at {@code at}. */
    public Problem at(Position at) {
        return new Problem(Severity.ERROR, rule, at, message, hint);
    }
}
