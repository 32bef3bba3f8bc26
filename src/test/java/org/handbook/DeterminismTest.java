package org.handbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input gives a byte-identical site, however the parallel render was scheduled. */
class DeterminismTest {

    @Test
    void buildingTwiceGivesIdenticalBytes(@TempDir Path dir) throws Exception {
        TestSites.build(TestSites.SAMPLE, dir.resolve("a"));
        TestSites.build(TestSites.SAMPLE, dir.resolve("b"));
        Map<String, byte[]> a = TestSites.snapshot(dir.resolve("a"));
        Map<String, byte[]> b = TestSites.snapshot(dir.resolve("b"));
        assertFalse(a.isEmpty());
        assertEquals(a.keySet(), b.keySet());
        a.forEach((path, bytes) -> assertArrayEquals(bytes, b.get(path), path));
    }

    @Test
    void bundledHandbookBuildsIdenticallyToo(@TempDir Path dir) throws Exception {
        TestSites.build(TestSites.CONTENT, dir.resolve("a"));
        TestSites.build(TestSites.CONTENT, dir.resolve("b"));
        Map<String, byte[]> a = TestSites.snapshot(dir.resolve("a"));
        Map<String, byte[]> b = TestSites.snapshot(dir.resolve("b"));
        assertEquals(a.keySet(), b.keySet());
        a.forEach((path, bytes) -> assertArrayEquals(bytes, b.get(path), path));
    }
}
