package org.handbook.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbook.problem.Position;
import org.handbook.problem.Problems;
import org.handbook.problem.Rule;

/**
 * Finds the {@code TODO} marks {@code handbook new} leaves where its scaffold wants real text, so a
 * new file checks clean but for a warning at each thing still to write.
 */
final class Placeholders {
    /** The mark scaffolds use; a word on its own, in capitals. */
    static final String MARK = "TODO";
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}])" + MARK + "(?![\\p{L}\\p{N}])");

    private Placeholders() {
    }

    /** A warning at each line holding the mark, quoting the line. */
    static void report(TextFile file, Problems problems) {
        if (!file.text().contains(MARK)) return;
        String[] lines = file.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = WORD.matcher(lines[i]);
            if (!m.find()) continue;
            String line = lines[i].strip();
            if (line.length() > 60) line = line.substring(0, 57) + "...";
            problems.warning(Rule.PLACEHOLDER, new Position(file.path(), i + 1, m.start() + 1), "placeholder to fill in: " + line,
                    "replace the " + MARK + " with the real text");
        }
    }
}
