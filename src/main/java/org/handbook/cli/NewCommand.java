package org.handbook.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.handbook.load.Content;
import org.handbook.model.SiteConfig;
import org.handbook.load.ContentLoader;
import org.handbook.problem.Problems;
import org.handbook.types.ContentType;
import org.handbook.types.Registry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code handbook new TYPE ID}: writes a new content file from its type's scaffold, every required
 * field in place, a TODO where text is to be written, and a modeline that points editors at its schema.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Create a content file of a type, from its scaffold, with every required field.")
final class NewCommand implements Callable<Integer> {
    /** The modeline the YAML language server (VS Code, and JetBrains IDEs) reads a file's schema from. */
    static final String MODELINE = "# yaml-language-server: $schema=";

    @ParentCommand
    Main main;

    @Mixin
    PathOptions paths;

    @Parameters(index = "0", paramLabel = "TYPE", description = "The type: ${COMPLETION-CANDIDATES}.", completionCandidates = Types.class)
    String type;

    @Parameters(index = "1", paramLabel = "ID", description = "the new item's id: lower-case letters, digits and hyphens")
    String id;

    /** The types with a scaffold, as completion candidates. */
    static final class Types extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Types() {
            super(scaffolded(Registry.standard()));
        }
    }

    static List<String> scaffolded(Registry types) {
        return types.all().stream().filter(t -> t.scaffold() != null).map(ContentType::name).toList();
    }

    @Override
    public Integer call() throws IOException {
        Registry types = main.types();
        Optional<ContentType<?>> found = types.named(type.toLowerCase(Locale.ROOT)).filter(x -> x.scaffold() != null);
        if (found.isEmpty()) {
            System.err.println("error: unknown type '" + type + "'; use one of " + String.join(", ", scaffolded(types).stream().sorted().toList()));
            return Main.Exit.USAGE.code();
        }
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            System.err.println("error: '" + id + "' is not a valid id; use lower-case letters, digits and hyphens");
            return Main.Exit.USAGE.code();
        }
        ContentType<?> t = found.get();
        Path folder = paths.contentToWrite().resolve(t.folder());
        Optional<Path> taken = existing(folder, t, id);
        if (taken.isPresent()) {
            System.err.println("error: " + taken.get() + " already has the id '" + id + "'");
            System.err.println("    hint: pick another id, e.g. '" + free(folder, t, id) + "'");
            return Main.Exit.USAGE.code();
        }
        Path file = folder.resolve(id + t.layout().extensions().get(0));
        Path schema = paths.out.resolve("schemas").resolve(t.schema() + ".schema.json");
        Files.createDirectories(folder);
        Files.writeString(file, text(t, file, schema), StandardCharsets.UTF_8);
        System.out.println("Created " + file + "; write where it says TODO, then run ./handbook check");
        if (!Files.isRegularFile(schema)) {
            System.out.println("Editors find its schema at " + schema + " once ./handbook build or serve has run (docs/editors.md)");
        }
        return Main.Exit.OK.code();
    }

    /** The scaffold with its placeholders filled in and, first in its YAML, the schema modeline. */
    private String text(ContentType<?> t, Path file, Path schema) throws IOException {
        String text;
        try (InputStream in = NewCommand.class.getResourceAsStream("/scaffold/" + t.scaffold())) {
            if (in == null) throw new IOException("the scaffold " + t.scaffold() + " is missing from the generator");
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        text = text.replace("{{title}}", Character.toUpperCase(id.charAt(0)) + id.substring(1).replace('-', ' ')).replace("{{id}}", id);
        for (Map.Entry<String, String> v : t.scaffoldValues(lookup()).entrySet()) text = text.replace("{{" + v.getKey() + "}}", v.getValue());
        String relative = file.toAbsolutePath().getParent().relativize(schema.toAbsolutePath()).toString().replace('\\', '/');
        String modeline = MODELINE + relative + "\n";
        // in front matter, the modeline is the first line after the opening ---
        return t.layout() == ContentType.Layout.MARKDOWN && text.startsWith("---\n") ? "---\n" + modeline + text.substring(4) : modeline + text;
    }

    /** The content as it is, for placeholders that name what exists; problems in it are check's to report. */
    private ContentType.Lookup lookup() {
        Content content = new ContentLoader(paths.contentToWrite(), main.types(), new Problems()).load();
        return new ContentType.Lookup() {
            @Override
            public <T extends Record> List<T> items(ContentType<T> type) {
                return content.items(type);
            }

            @Override
            public SiteConfig config() {
                return content.config();
            }
        };
    }

    /** A file of the type that already has the id, in any of the type's extensions. */
    private static Optional<Path> existing(Path folder, ContentType<?> t, String id) {
        return t.layout().extensions().stream().map(e -> folder.resolve(id + e)).filter(Files::exists).findFirst();
    }

    /** The id with the first number after it that no file has: lora-2, lora-3, ... */
    static String free(Path folder, ContentType<?> t, String id) {
        int n = 2;
        while (existing(folder, t, id + "-" + n).isPresent()) n++;
        return id + "-" + n;
    }
}
