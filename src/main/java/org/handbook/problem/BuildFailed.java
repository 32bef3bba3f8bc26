package org.handbook.problem;

import java.util.List;

/** Thrown when a build found errors; carries all of them, not just the first. */
public final class BuildFailed extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public BuildFailed(List<Problem> problems) {
        super(problems.size() + " problem(s) in content");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
