package org.handbook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The files the edit-loop benchmarks save, a chapter, a playbook, a term and a checklist, and the edit they make. */
final class EditLoopFiles {
    private EditLoopFiles() {
    }

    /** The first file of each of the four kinds, in that order. */
    static List<Path> of(Path content) throws IOException {
        List<Path> out = new ArrayList<>();
        for (String folder : List.of("chapters", "playbooks", "glossary", "checklists")) {
            try (Stream<Path> s = Files.list(content.resolve(folder))) {
                s.sorted().findFirst().ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * A save that changes what the page shows: a sentence added to the end of a Markdown body, or
     * to the text of a checklist's first item.
     */
    static void edit(Path file, int n) throws IOException {
        String text = Files.readString(file);
        String edited = file.toString().endsWith(".md")
                ? text.stripTrailing() + "\n\nEdit number " + n + " of the loop.\n"
                : text.replaceFirst("(?m)^(\\s*text: )(.*?)(\"?)$", "$1$2 Edit " + n + ".$3");
        Files.writeString(file, edited);
    }
}
