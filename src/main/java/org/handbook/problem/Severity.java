package org.handbook.problem;

/** How bad a problem is: errors fail the build, warnings are reported and let it pass. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return this == ERROR ? "error" : "warning";
    }
}
