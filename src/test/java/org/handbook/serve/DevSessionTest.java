package org.handbook.serve;

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
            if (builds.incrementAndGet() == 2) throw new StackOverflowError("a rebuild's bug");
            return new DevSession.Built("https://example.org/book/");
        }, () -> keptClosed.set(true)); EventStream page = new EventStream(session.port())) {
            Files.writeString(content.resolve("a.md"), "one");
            String shown = page.await("event: problems");
            assertTrue(shown.contains("data: internal error: java.lang.StackOverflowError: a rebuild's bug"), shown);
            Files.writeString(content.resolve("a.md"), "two");
            page.await("event: reload");
            assertTrue(builds.get() >= 3);
        }
        assertTrue(keptClosed.get(), "what the builds kept is closed with the session");
    }
}
