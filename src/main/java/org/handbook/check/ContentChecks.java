package org.handbook.check;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handbook.cache.Memo;
import org.handbook.load.Content;
import org.handbook.load.Reviews;
import org.handbook.markdown.ParsedContent;
import org.handbook.markdown.ValueUses;
import org.handbook.model.Review;
import org.handbook.model.SourceMap;
import org.handbook.problem.Problems;
import org.handbook.problem.Rule;
import org.handbook.types.Flowcharts;
import org.handbook.types.Playbooks;

/** Runs every content rule over the whole content, collecting all problems. */
public final class ContentChecks {
    private ContentChecks() {
    }

    /**
     * The checks that can only warn (lapsed review dates, repeated prose), left to run: a dev
     * server runs them after the pages it shows, a build at once.
     */
    @FunctionalInterface
    public interface WarningsOnly {
        /** Runs them, adding their warnings to {@code problems}. */
        void run(Problems problems);
    }

    /** Every check; {@code today} decides which review dates have passed. */
    public static void run(Content content, ParsedContent parsed, Problems problems, LocalDate today) {
        allButWarnings(content, parsed, problems, today).run(problems);
    }

    /**
     * What the checks found in each text and YAML file on their own, kept by a warm process (the
     * dev server) from one build to the next: a save scans only the texts it changed, and every
     * text's references, citations and values are resolved against the content of each build; the
     * repeated-prose check hashes only the files a save changed.
     */
    public static final class Kept {
        private final Memo<MarkdownChecks.Text, MarkdownChecks.Scan> texts;
        private final ValueUses.Kept values;
        private final KeptProse prose;

        private Kept(Memo<MarkdownChecks.Text, MarkdownChecks.Scan> texts, ValueUses.Kept values, KeptProse prose) {
            this.texts = texts;
            this.values = values;
            this.prose = prose;
        }

        /** Keeps nothing. */
        public static Kept none() {
            return new Kept(Memo.none(), ValueUses.Kept.none(), KeptProse.none());
        }

        /** Kept between builds, with the named values of each text kept in {@code values} (which the link shares). */
        public static Kept kept(ValueUses.Kept values) {
            return new Kept(Memo.kept(), values, KeptProse.kept());
        }

        /** Ends a build: see {@link Memo#next()} (the values' owner ends theirs). */
        public void next() {
            texts.next();
        }
    }

    /** Every check that may find an error, now; the ones that can only warn are returned, to run when the caller likes. */
    public static WarningsOnly allButWarnings(Content content, ParsedContent parsed, Problems problems, LocalDate today) {
        return allButWarnings(content, parsed, problems, today, Kept.none());
    }

    /** As the other, taking what a text or YAML file unchanged since the last build held from {@code kept}. */
    public static WarningsOnly allButWarnings(Content content, ParsedContent parsed, Problems problems, LocalDate today, Kept kept) {
        ReferenceResolver refs = new ReferenceResolver(content, parsed);
        MarkdownChecks markdown = new MarkdownChecks(content.types(), refs, problems, kept.texts);
        parsed.all().values().parallelStream().forEach(markdown::check);
        new EmbedChecks(content.types(), parsed, problems).check();
        new StructureChecks(refs, problems).check(content, parsed);
        FlowchartChecks flowcharts = new FlowchartChecks(content.types(), refs, problems);
        content.items(Flowcharts.TYPE).forEach(flowcharts::check);
        new RouteChecks(content, problems).check(content.items(Playbooks.TYPE), content.items(Flowcharts.TYPE));
        Map<String, SourceMap> yaml = content.sourceMaps();
        Map<String, SourceMap> shown = new LinkedHashMap<>(yaml);
        shown.remove(Content.VALUES);
        ValueUses.Found found = ValueUses.find(parsed, shown, kept.values);
        new ValueChecks(content, refs, problems).check(content.values(), found.uses(), found.unclosed());
        // reading the dates may find errors (a date not on the calendar); only their lapsing waits
        List<Review> reviews = Reviews.of(yaml, content.values(), problems);
        return later -> {
            lapsed(reviews, today, later);
            RepeatedProse.check(parsed, yaml, later, kept.prose);
        };
    }

    /** Warns about each review date that has passed by {@code today}. */
    private static void lapsed(List<Review> reviews, LocalDate today, Problems problems) {
        for (Review r : reviews) {
            if (r.reviewBy() == null || !r.reviewBy().isBefore(today)) continue;
            problems.warning(Rule.REVIEW_DUE, r.at(), r.item() + " was due for review on " + r.reviewBy()
                            + (r.reviewed() == null ? "" : " (last reviewed " + r.reviewed() + ")"),
                    "check it against its sources, then update 'reviewed' and 'review-by' (handbook stale lists what is due)");
        }
    }
}
