package org.handbook.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.handbook.EventStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dev server's loop survives whatever a rebuild throws, and shows it. */
class DevSessionTest {

    @Test
    void anErrorInARebuildShowsInTheOpenPagesAndTheNextSaveBuildsAgain(@TempDir Path dir) throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("index.html"), "home");
        Path content = Files.createDirectories(dir.resolve("content"));
        AtomicInteger builds = new AtomicInteger();
        AtomicBoolean keptClosed = new AtomicBoolean();
        try (DevSession session = DevSession.start(site, 0, List.of(content), () -> {
            builds.incrementAndGet();
            if (saved(content.resolve("a.md")).equals("one")) throw new StackOverflowError("a rebuild's bug");
            return new DevSession.Built("https://example.org/book/");
        }, () -> keptClosed.set(true)); EventStream page = new EventStream(session.port()); EventStream other = new EventStream(session.port())) {
            save(dir, content.resolve("a.md"), "one");
            for (EventStream open : List.of(page, other)) {
                String shown = open.await("event: problems");
                assertTrue(shown.contains("data: internal error: java.lang.StackOverflowError: a rebuild's bug"), "every open page: " + shown);
            }
            try (EventStream later = new EventStream(session.port())) {
                assertTrue(later.await("event: problems").contains("a rebuild's bug"), "a page opened while the build stands failed");
            }
            int failedAt = builds.get();
            Thread.sleep(2000);
            assertEquals(failedAt, builds.get(), "the server waits for the next save: no rebuild of its own after a failure");
            save(dir, content.resolve("a.md"), "two");
            page.await("event: reload");
            other.await("event: reload");
        }
        assertTrue(keptClosed.get(), "what the builds kept is closed with the session");
    }

    /**
     * Saves {@code text} to {@code file} in one step the watcher sees as one change (written beside, in
     * {@code dir}, which it does not watch, then moved in), as editors save: a file created and then
     * written could reach a loaded watcher as two changes, a build after each, and the second came
     * after the count the test takes once the failure shows.
     */
    private static void save(Path dir, Path file, String text) throws java.io.IOException {
        Path written = Files.writeString(dir.resolve("saving.tmp"), text);
        Files.move(written, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static String saved(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
