package org.handbook.problem;

/**
 * One thing wrong (or suspicious) in the content, with the rule it breaks, where it is, what is
 * wrong and how to fix it. Printed as {@code path:line:col: error: message} followed by the hint.
 */
public record Problem(Severity severity, Rule rule, Position position, String message, String hint) {

    public String format() {
        String head = position + ": " + severity.label() + ": " + message;
        return hint == null || hint.isEmpty() ? head : head + "\n    hint: " + hint;
    }
}
