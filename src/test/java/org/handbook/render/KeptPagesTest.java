package org.handbook.render;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.handbook.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild takes an unchanged page from the site as it is: the site's file, checked against what
 * the last build gave, is linked into the new site, not written again; a changed page is written.
 * Either way the site is the one a clean build makes.
 */
class KeptPagesTest {
    @TempDir
    Path dir;

    private static Map<String, Object> files(Path site) throws Exception {
        Map<String, Object> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(site)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) out.put(site.relativize(p).toString(), Files.getAttribute(p, "unix:ino"));
        }
        return out;
    }

    @Test
    void unchangedPagesAreTheSitesOwnFilesLinked() throws Exception {
        Path content = TestSites.copySample(dir);
        Path out = dir.resolve("work/site");
        TestSites.build(content, out);
        Map<String, Object> before = files(out);
        Path chapter = content.resolve("chapters/second.md");
        Files.writeString(chapter, Files.readString(chapter) + "\nA closing line the test adds.\n");
        TestSites.build(content, out);
        Map<String, Object> after = files(out);
        String edited = before.keySet().stream().filter(p -> p.startsWith("chapters/second") && p.endsWith(".html")).findFirst().orElseThrow();
        assertNotEquals(before.get(edited), after.get(edited), "the edited chapter's page is written");
        long linked = before.keySet().stream().filter(p -> p.endsWith(".html") && before.get(p).equals(after.get(p))).count();
        long pages = before.keySet().stream().filter(p -> p.endsWith(".html")).count();
        assertTrue(linked > pages / 2, linked + " of " + pages + " pages linked");
        TestSites.assertSameAsClean(content, out, dir.resolve("clean/site"));
    }
}
