package org.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import org.handbook.output.BuildMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build daemon's session ({@link Session#forBuilds()}) gives each build the last one's pages
 * from memory instead of reading the site back: an unchanged page's file is linked into the new
 * site, and one changed by hand since is written again, so the site is still a clean build's.
 */
class BuildSessionTest {
    @TempDir
    Path dir;
    private Path content;
    private Path site;

    @org.junit.jupiter.api.BeforeEach
    void copySample() {
        content = TestSites.copySample(dir);
        site = dir.resolve("site");
    }

    /** A build of the sample into site/ keeping its work in {@code session}. */
    private Pipeline.Options options(Session session) {
        return new Pipeline.Options(content, TestSites.TEMPLATES, site, BuildMode.BUILD).in(session);
    }
    @Test
    void unchangedPagesAreLinkedAndAPageChangedByHandIsWrittenAgain() throws Exception {
        try (Session session = Session.forBuilds()) {
            Pipeline.Options o = options(session);
            Pipeline.run(o);
            Path untouched = site.resolve("chapters/first/index.html");
            Path handEdited = site.resolve("glossary/index.html");
            // as old as a site from an earlier day: older than the session's last swap by more than a file system's rounding
            FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
            try (java.util.stream.Stream<Path> pages = Files.walk(site.resolve("chapters"))) {
                for (Path p : pages.filter(Files::isRegularFile).toList()) Files.setLastModifiedTime(p, old);
            }
            Files.setLastModifiedTime(handEdited, old);
            Pipeline.run(o.in(session));
            Object inode = Files.getAttribute(untouched, "unix:ino");
            byte[] page = Files.readAllBytes(handEdited);
            Files.write(handEdited, new byte[page.length]);
            Files.writeString(content.resolve("chapters/second.md"), "\nA line added.\n", StandardOpenOption.APPEND);
            Pipeline.run(o.in(session));
            assertEquals(inode, Files.getAttribute(untouched, "unix:ino"), "an unchanged page is the last site's file, linked");
            assertNotEquals(0, Files.readAllBytes(handEdited)[0], "the page changed by hand is written again");
            TestSites.assertSameAsClean(content, site, dir.resolve("clean/site"));
        }
        try (java.util.stream.Stream<Path> beside = Files.list(dir)) {
            assertEquals(java.util.List.of(), beside.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\.site\\.(old|gone|new)-.*")).toList(),
                    "the old sites, deleted after their builds, are gone once the session is closed");
        }
    }
    /**
     * A warm build reads again only the files its scan finds changed: a file rewritten with the same
     * size and time (which no scan can tell from an unchanged one; a fresh build would call the whole
     * site unchanged) keeps the text read before, while the edited file's new text is read.
     */
    @Test
    void aWarmBuildReadsOnlyTheFilesItsScanFindsChanged() throws Exception {
        Path hidden = content.resolve("chapters/second.md");
        FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
        Files.setLastModifiedTime(hidden, old);
        try (Session session = Session.forBuilds()) {
            Pipeline.Options o = options(session);
            Pipeline.run(o);
            Files.writeString(hidden, Files.readString(hidden).replace("beats a hunch", "beats a HUNCH"));
            Files.setLastModifiedTime(hidden, old);
            Files.writeString(content.resolve("chapters/first.md"), "\nA line added.\n", StandardOpenOption.APPEND);
            Pipeline.run(o);
            String page = Files.readString(site.resolve("chapters/second/index.html"));
            assertTrue(page.contains("beats a hunch"), "the unchanged-looking file's text as read before");
            assertTrue(Files.readString(site.resolve("chapters/first/index.html")).contains("A line added."), "the edited file read again");
        }
    }
    /**
     * A daemon's first build keeps the build cache for later processes; its later builds, which take
     * unchanged texts and files from memory, keep nothing more: a fresh process after them parses and
     * loads what changed since that first build (the file edited under the daemon, the one edited after).
     */
    @Test
    void aFreshProcessAfterDaemonBuildsParsesWhatChangedSinceTheFirst() throws Exception {
        try (Session session = Session.forBuilds()) {
            Pipeline.Options o = options(session);
            Pipeline.run(o);
            for (int i = 0; i < 2; i++) {
                Files.writeString(content.resolve("chapters/first.md"), "\nA line added.\n", StandardOpenOption.APPEND);
                Pipeline.run(o);
            }
        }
        Files.writeString(content.resolve("chapters/second.md"), "\nAnother line.\n", StandardOpenOption.APPEND);
        Pipeline.Result fresh = Pipeline.run(new Pipeline.Options(content, TestSites.TEMPLATES, site, BuildMode.BUILD));
        assertEquals(2, TestSites.made(fresh, "text"), "only the two edited texts parsed: " + fresh.cache());
        assertTrue(TestSites.reused(fresh, "text") > 0, "the others' facts from the cache: " + fresh.cache());
        assertEquals(2, TestSites.made(fresh, "file"), "only the two edited files loaded: " + fresh.cache());
        TestSites.assertSameAsClean(content, site, dir.resolve("clean/site"));
    }
}
