package org.handbook.load;

import java.util.Optional;
import org.handbook.model.Markdown;
import org.handbook.problem.Position;
import org.handbook.problem.Problems;
import org.handbook.problem.Rule;

/** Splits a Markdown file into its YAML front matter and its body, keeping line numbers. */
public record FrontMatter(String yaml, int yamlFirstLine, Markdown body) {

    public static Optional<FrontMatter> split(String path, String text, Problems problems) {
        if (text.isBlank()) {
            problems.error(Rule.EMPTY_FILE, Position.file(path), "file is empty",
                    "start with front matter between '---' lines, then the Markdown body");
            return Optional.empty();
        }
        if (!text.startsWith("---\n")) {
            problems.error(Rule.FRONT_MATTER, Position.file(path), "missing front matter",
                    "the file must start with a line '---', the YAML fields, and a closing '---' line");
            return Optional.empty();
        }
        int line = 2;
        int pos = 4;
        while (pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            String l = end < 0 ? text.substring(pos) : text.substring(pos, end);
            if (l.equals("---") || l.equals("...")) {
                String yaml = text.substring(4, pos);
                String body = end < 0 ? "" : text.substring(end + 1);
                return Optional.of(new FrontMatter(yaml, 2, new Markdown(body, path, line + 1, 1)));
            }
            if (end < 0) break;
            pos = end + 1;
            line++;
        }
        problems.error(Rule.FRONT_MATTER, new Position(path, 1, 1), "front matter is not closed",
                "add a line '---' after the last front-matter field");
        return Optional.empty();
    }
}
