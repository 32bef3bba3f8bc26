package org.handbook.cli;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.handbook.Pipeline;
import org.handbook.problem.Problem;
import org.handbook.problem.Severity;

/** Prints problems and the one-line build summary. */
final class Report {
    private Report() {
    }

    static void problems(PrintStream err, List<Problem> problems) {
        problems.forEach(p -> err.println(p.format()));
        long errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
        long warnings = problems.size() - errors;
        if (!problems.isEmpty()) err.println(plural(errors, "error") + ", " + plural(warnings, "warning"));
    }

    /** HTML pages made on every build without the render cache (404.html), so never counted as rendered or reused. */
    private static final int OUTSIDE_CACHE = 1;

    static String summary(String verb, Pipeline.Result r) {
        String warned = r.warnings().isEmpty() ? "" : ", " + plural(r.warnings().size(), "warning");
        if (r.unchanged()) return String.format("%s %d pages in %d ms: nothing changed since the last build%s", verb, r.pages(), r.totalMillis(), warned);
        String steps = r.millis().entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.reverseOrder()))
                .map(e -> e.getKey() + " " + e.getValue() + " ms").collect(Collectors.joining(", "));
        String reused = r.rendered() < r.pages() - OUTSIDE_CACHE ? String.format(", %d re-rendered", r.rendered()) : "";
        String kept = r.cache().reused().entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", ", ", from the cache: ", ""));
        return String.format("%s %d pages (%d files%s) in %d ms [%s]%s%s", verb, r.pages(), r.files().size(), reused, r.totalMillis(), steps,
                r.cache().reused().isEmpty() ? "" : kept, warned);
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
