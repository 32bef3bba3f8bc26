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
            Files.writeString(content.resolve("a.md"), "one");
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
            Files.writeString(content.resolve("a.md"), "two");
            page.await("event: reload");
            other.await("event: reload");
        }
        assertTrue(keptClosed.get(), "what the builds kept is closed with the session");
    }

    private static String saved(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
