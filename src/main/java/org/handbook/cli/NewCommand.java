package org.handbook.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.handbook.types.ContentType;
import org.handbook.types.Registry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code handbook new TYPE ID}: writes a new content file from its type's scaffold, every required field in place. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Create a content file of a type, from its scaffold, with every required field.")
final class NewCommand implements Callable<Integer> {
    @Mixin
    PathOptions paths;

    @Parameters(index = "0", paramLabel = "TYPE", description = "The type: ${COMPLETION-CANDIDATES}.", completionCandidates = Types.class)
    String type;

    @Parameters(index = "1", paramLabel = "ID", description = "the new item's id: lower-case letters, digits and hyphens")
    String id;

    /** The types with a scaffold. */
    static final class Types extends java.util.ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Types() {
            super(scaffolded(Registry.standard()).stream().map(ContentType::name).toList());
        }
    }

    static List<ContentType<?>> scaffolded(Registry types) {
        return types.all().stream().filter(t -> t.scaffold() != null).toList();
    }

    @Override
    public Integer call() throws IOException {
        Registry types = Registry.standard();
        Optional<ContentType<?>> t = types.named(type.toLowerCase(Locale.ROOT)).filter(x -> x.scaffold() != null);
        if (t.isEmpty()) {
            System.err.println("error: unknown type '" + type + "'; use one of "
                    + String.join(", ", scaffolded(types).stream().map(ContentType::name).sorted().toList()));
            return Main.Exit.USAGE.code();
        }
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            System.err.println("error: '" + id + "' is not a valid id; use lower-case letters, digits and hyphens");
            return Main.Exit.USAGE.code();
        }
        ContentType<?> ct = t.get();
        Path file = paths.content.resolve(ct.folder()).resolve(id + ct.layout().extensions().get(0));
        if (Files.exists(file)) {
            System.err.println("error: " + file + " already exists");
            return Main.Exit.USAGE.code();
        }
        String text;
        try (InputStream in = NewCommand.class.getResourceAsStream("/scaffold/" + ct.scaffold())) {
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
