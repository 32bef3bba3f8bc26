package org.handbook.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.handbook.model.Review;
import org.handbook.model.SourceMap;
import org.handbook.model.Value;
import org.handbook.problem.Problems;

/**
 * The review dates of a handbook: {@code reviewed} and {@code review-by} at the top of any
 * item's YAML (front matter included) and on each named value. Reads them from the items' source
 * maps, so every content type has them without a field of its own.
 */
public final class Reviews {
    private Reviews() {
    }

    /** Every item and value with a review date, in file order; a date that is not on the calendar is an error. */
    public static List<Review> of(Map<String, SourceMap> items, List<Value> values, Problems problems) {
        List<Review> out = new ArrayList<>();
        items.forEach((item, map) -> {
            if (item.endsWith(":index")) return;
            LocalDate reviewed = Dates.parse(map.strings().get("/reviewed"), map, "/reviewed", problems);
            LocalDate reviewBy = Dates.parse(map.strings().get("/review-by"), map, "/review-by", problems);
            if (reviewed != null || reviewBy != null) out.add(new Review(item, map.at(reviewBy != null ? "/review-by" : "/reviewed"), reviewed, reviewBy));
        });
        for (Value v : values) {
            String at = v.pointer() + (v.reviewBy() != null ? "/review-by" : "/reviewed");
            out.add(new Review("{{" + v.name() + "}}", v.map().at(at), v.reviewed(), v.reviewBy()));
        }
        return List.copyOf(out);
    }

    /** The reviews due by {@code until}, soonest first; undated ones are not due. */
    public static List<Review> due(List<Review> reviews, LocalDate until) {
        return reviews.stream().filter(r -> r.reviewBy() != null && !r.reviewBy().isAfter(until))
                .sorted(Comparator.comparing(Review::reviewBy).thenComparing(Review::at)).toList();
    }
}
