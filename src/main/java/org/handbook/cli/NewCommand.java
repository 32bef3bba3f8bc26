package org.handbook.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code handbook new TYPE ID}: writes a new content file with every required field in place. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Create a content file with every required field: chapter, playbook, term, technique, checklist or flowchart.")
final class NewCommand implements Callable<Integer> {
    /** Where each type lives and which skeleton it starts from. */
    private static final Map<String, String[]> TYPES = Map.of(
            "chapter", new String[] {"chapters", "chapter.md"}, "playbook", new String[] {"playbooks", "playbook.md"},
            "term", new String[] {"glossary", "term.md"}, "technique", new String[] {"techniques", "technique.md"},
            "checklist", new String[] {"checklists", "checklist.yaml"}, "flowchart", new String[] {"flowcharts", "flowchart.yaml"});

    @Mixin
    PathOptions paths;

    @Parameters(index = "0", paramLabel = "TYPE", description = "chapter, playbook, term, technique, checklist or flowchart")
    String type;

    @Parameters(index = "1", paramLabel = "ID", description = "the new item's id: lower-case letters, digits and hyphens")
    String id;

    @Override
    public Integer call() throws IOException {
        String[] spec = TYPES.get(type.toLowerCase(Locale.ROOT));
        if (spec == null) {
            System.err.println("error: unknown type '" + type + "'; use one of " + String.join(", ", new java.util.TreeSet<>(TYPES.keySet())));
            return Main.Exit.USAGE.code();
        }
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            System.err.println("error: '" + id + "' is not a valid id; use lower-case letters, digits and hyphens");
            return Main.Exit.USAGE.code();
        }
        String ext = spec[1].substring(spec[1].indexOf('.'));
        Path file = paths.content.resolve(spec[0]).resolve(id + ext);
        if (Files.exists(file)) {
            System.err.println("error: " + file + " already exists");
            return Main.Exit.USAGE.code();
        }
        String text;
        try (InputStream in = NewCommand.class.getResourceAsStream("/scaffold/" + spec[1])) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String title = Character.toUpperCase(id.charAt(0)) + id.substring(1).replace('-', ' ');
        text = text.replace("{{title}}", title).replace("{{number}}", "99");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        System.out.println("Created " + file + "; fill it in, then run ./handbook check");
        return Main.Exit.OK.code();
    }
}
