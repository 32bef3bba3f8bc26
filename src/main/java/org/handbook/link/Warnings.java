package org.handbook.link;

import java.util.HashSet;
import java.util.Set;
import org.handbook.model.Chapter;
import org.handbook.model.Flowchart;
import org.handbook.model.Source;
import org.handbook.model.Term;
import org.handbook.problem.Position;
import org.handbook.problem.Problems;
import org.handbook.problem.Rule;
import org.handbook.types.Chapters;
import org.handbook.types.Flowcharts;
import org.handbook.types.Sources;
import org.handbook.types.Terms;

/**
 * The warnings only a linked library can give: terms no text uses, sources no text cites, and
 * chapters whose listed reading time is far from their length.
 */
final class Warnings {
    private Warnings() {
    }

    static void report(Library lib, Problems problems) {
        unused(lib, problems);
        readingTime(lib, problems);
    }

    private static void unused(Library lib, Problems problems) {
        Set<String> usedTerms = new HashSet<>();
        Set<String> cited = new HashSet<>();
        lib.parsed().all().keySet().forEach(key -> {
            usedTerms.addAll(lib.mentions(key).terms());
            cited.addAll(lib.citations(key));
            lib.linkedTerms(key).stream().filter(id -> !key.equals(Terms.TYPE.textKey(id))).forEach(usedTerms::add);
        });
        for (Flowchart f : lib.items(Flowcharts.TYPE)) {
            f.nodes().values().forEach(n -> n.links().forEach(l -> lib.types().ref(l)
                    .filter(r -> r.type() == Terms.TYPE && !r.index()).ifPresent(r -> usedTerms.add(r.id()))));
        }
        for (Term t : lib.items(Terms.TYPE)) {
            if (!usedTerms.contains(t.id())) {
                problems.warning(Rule.UNUSED_TERM, Position.file(t.source().path()), "term '" + t.term() + "' is defined but never used",
                        "mention it in a chapter or playbook, link it with [" + t.term() + "](term:" + t.id() + "), or remove it");
            }
        }
        for (Source s : lib.items(Sources.TYPE)) {
            if (!cited.contains(s.id())) {
                problems.warning(Rule.UNCITED_SOURCE, s.source().at(s.pointer() + "/id"), "source '" + s.id() + "' is never cited",
                        "cite it with [@" + s.id() + "] where the text relies on it, or remove it from the register");
            }
        }
    }

    private static void readingTime(Library lib, Problems problems) {
        int wpm = lib.config().wordsPerMinute();
        for (Chapter c : lib.items(Chapters.TYPE)) {
            if (c.minutes() == null) continue;
            int words = lib.parsed().text(Chapters.TYPE.textKey(c.id())).words();
            double minutes = (double) words / wpm;
            if (minutes < c.minutes() * 0.75 || minutes > c.minutes() * 1.25) {
                problems.warning(Rule.READING_TIME, c.source().at("/minutes"), String.format("'%s' reads in %.1f minutes (%d words), not the listed %d",
                        c.title(), minutes, words, c.minutes()), String.format("aim for %d–%d words, or change 'minutes'",
                        (int) Math.ceil(c.minutes() * 0.75 * wpm), (int) (c.minutes() * 1.25 * wpm)));
            }
        }
    }
}
