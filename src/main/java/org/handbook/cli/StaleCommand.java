package org.handbook.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.handbook.Pipeline;
import org.handbook.cache.BuildDay;
import org.handbook.link.Library;
import org.handbook.load.Reviews;
import org.handbook.model.Review;
import org.handbook.problem.BuildFailed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code handbook stale}: what to check against its sources next, soonest review date first. */
@Command(name = "stale", mixinStandardHelpOptions = true,
        description = "List the items and named values to review next, soonest review-by date first.")
final class StaleCommand implements Callable<Integer> {
    @Mixin
    PathOptions paths;

    @Option(names = "--within", paramLabel = "DAYS",
            description = "Only what is due within DAYS days from today, overdue included (default: everything with a review-by date).")
    Integer within;

    @Override
    public Integer call() {
        if (within != null && within < 0) {
            System.err.println("error: --within takes a number of days, 0 or more");
            return Main.Exit.USAGE.code();
        }
        Library lib;
        try {
            lib = Pipeline.library(paths.content());
        } catch (BuildFailed e) {
            Report.problems(System.err, e.problems());
            System.err.println("The review list needs content that loads; fix the errors above.");
            return Main.Exit.PROBLEMS.code();
        }
        LocalDate today = BuildDay.today();
        List<Review> due = Reviews.due(lib.reviews(), within == null ? LocalDate.MAX : today.plusDays(within));
        if (due.isEmpty()) {
            System.out.println(within == null ? "Nothing has a review-by date." : "Nothing is due for review within " + within + " days.");
            return Main.Exit.OK.code();
        }
        System.out.printf("%-10s  %-10s  %-40s  %s%n", "review by", "reviewed", "item", "file");
        for (Review r : due) {
            String mark = r.reviewBy().isBefore(today) ? "  (overdue)" : "";
            System.out.printf("%-10s  %-10s  %-40s  %s%s%n", r.reviewBy(), r.reviewed() == null ? "-" : r.reviewed(), r.item(), r.at(), mark);
        }
        System.out.println(Report.plural(due.size(), "item") + " to review" + (within == null ? "" : " within " + within + " days")
                + ", soonest first (as of " + today + ").");
        return Main.Exit.OK.code();
    }
}
