package org.handbook.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A change to the content folder's files themselves, beside what is in them. */
sealed interface TreeChange {
    void apply(Path content, Path file) throws IOException;

    /** The file again under another name: a duplicate id ("gate.yml" beside "gate.yaml") or an ignored extension. */
    record Copy(String suffix) implements TreeChange {
        public void apply(Path content, Path file) throws IOException {
            String name = file.getFileName().toString();
            Files.copy(file, file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + suffix));
        }
    }

    /** The file gone, so everything that refers to it dangles. */
    record Remove() implements TreeChange {
        public void apply(Path content, Path file) throws IOException {
            Files.delete(file);
        }
    }

    /** Links in the file's folder: 0 a loop, 1 to a missing file, 2 to a file outside the content, 3 to a folder. */
    record Link(int kind) implements TreeChange {
        public void apply(Path content, Path file) throws IOException {
            Path dir = file.getParent();
            switch (kind % 4) {
                case 0 -> {
                    Files.createSymbolicLink(dir.resolve("loop-a.md"), dir.resolve("loop-b.md"));
                    Files.createSymbolicLink(dir.resolve("loop-b.md"), dir.resolve("loop-a.md"));
                }
                case 1 -> Files.createSymbolicLink(dir.resolve("gone.md"), dir.resolve("missing.md"));
                case 2 -> Files.createSymbolicLink(dir.resolve("outside.md"), Files.writeString(content.resolveSibling("outside.md"),
                        "---\nterm: Outside\n---\nRead from outside.\n"));
                default -> Files.createSymbolicLink(dir.resolve("folder.md"), content);
            }
        }
    }

    /** Not a regular file: a named pipe (reading it would block for ever) or a folder named like a file. */
    record Special(boolean pipe) implements TreeChange {
        public void apply(Path content, Path file) throws IOException {
            Path p = file.resolveSibling("special.md");
            if (!pipe) {
                Files.createDirectories(p);
                return;
            }
            try {
                if (new ProcessBuilder("mkfifo", p.toString()).start().waitFor() != 0) throw new IOException("mkfifo failed");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
    }
}
