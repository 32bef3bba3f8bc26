package org.handbook.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Archives made entry by entry read back whole, and an earlier archive's entries give the same bytes as deflating anew. */
class DeterministicZipTest {
    private static final LocalDateTime DATE = LocalDateTime.of(2026, 12, 6, 0, 0);
    private static final int LEVEL = Deflater.DEFAULT_COMPRESSION;

    private static Map<String, byte[]> files(String changed) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("mimetype", "application/epub+zip".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < 40; i++) files.put("site/page-" + i + ".html", ("<p>page " + i + " ".repeat(i) + "text ".repeat(50 * i)).getBytes(StandardCharsets.UTF_8));
        files.put("site/é-unicode.html", ("<p>" + changed + "</p>").getBytes(StandardCharsets.UTF_8));
        files.put("site/empty.txt", new byte[0]);
        return files;
    }

    private static byte[] zip(Map<String, byte[]> files, ZipEntries earlier) {
        DeterministicZip zip = new DeterministicZip(DATE);
        files.forEach((name, bytes) -> zip.add(name.equals("mimetype") ? DeterministicZip.stored(name, bytes) : earlier.deflate(name, bytes, LEVEL)));
        return zip.finish();
    }

    @Test
    void javaUtilZipReadsBackEveryEntryWithItsDate(@TempDir Path dir) throws Exception {
        Map<String, byte[]> files = files("one");
        byte[] archive = zip(files, ZipEntries.none());
        Map<String, byte[]> read = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                assertEquals(DATE, e.getTimeLocal(), e.getName());
                assertEquals(e.getName().equals("mimetype") ? ZipEntry.STORED : ZipEntry.DEFLATED, e.getMethod(), e.getName());
                read.put(e.getName(), in.readAllBytes());
            }
        }
        assertEquals(files.keySet(), read.keySet());
        files.forEach((name, bytes) -> assertArrayEquals(bytes, read.get(name), name));
        // the central directory, as unzip and browsers read an archive
        Path file = Files.write(dir.resolve("a.zip"), archive);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertEquals(java.util.List.copyOf(files.keySet()), zip.stream().map(ZipEntry::getName).toList());
            for (var e : files.entrySet()) assertArrayEquals(e.getValue(), zip.getInputStream(zip.getEntry(e.getKey())).readAllBytes(), e.getKey());
        }
    }

    @Test
    void anArchiveMadeWithTheLastOnesEntriesIsTheArchiveMadeAnew() {
        byte[] last = zip(files("one"), ZipEntries.none());
        ZipEntries earlier = ZipEntries.of(last);
        byte[] unchanged = files("one").get("site/page-7.html");
        DeterministicZip.Entry kept = earlier.deflate("site/page-7.html", unchanged, LEVEL);
        assertSame(kept, earlier.deflate("site/page-7.html", unchanged, LEVEL), "an unchanged entry comes from the last archive");
        assertArrayEquals(zip(files("two"), ZipEntries.none()), zip(files("two"), earlier));
    }

    @Test
    void aCorruptOrForeignEarlierArchiveIsNeverTrusted() {
        Map<String, byte[]> files = files("one");
        byte[] clean = zip(files, ZipEntries.none());
        for (int at = 0; at < clean.length; at += 97) {
            byte[] corrupt = clean.clone();
            corrupt[at] ^= 0x5A;
            assertArrayEquals(clean, zip(files, ZipEntries.of(corrupt)), "byte " + at + " flipped");
        }
        assertArrayEquals(clean, zip(files, ZipEntries.of(java.util.Arrays.copyOf(clean, clean.length / 2))), "cut short");
        assertArrayEquals(clean, zip(files, ZipEntries.of("not a zip".getBytes(StandardCharsets.US_ASCII))), "not an archive");
        byte[] other = "other bytes".getBytes(StandardCharsets.US_ASCII);
        assertArrayEquals(DeterministicZip.deflate("site/page-3.html", other).data(), ZipEntries.of(clean).deflate("site/page-3.html", other, LEVEL).data(),
                "other content under an old name is deflated anew");
    }

    @Test
    void theLastArchiveKnownAsOursIsTakenByItsChecksumsAndGivesTheArchiveMadeAnew() {
        byte[] last = zip(files("one"), ZipEntries.none());
        ZipEntries ours = ZipEntries.ours(last);
        byte[] unchanged = files("one").get("site/page-7.html");
        assertSame(ours.deflate("site/page-7.html", unchanged, LEVEL), ours.deflate("site/page-7.html", unchanged, LEVEL), "taken from the last archive");
        assertArrayEquals(zip(files("two"), ZipEntries.none()), zip(files("two"), ours));
        byte[] corrupt = last.clone();
        corrupt[last.length / 3] ^= 0x01;
        org.junit.jupiter.api.Assertions.assertNotEquals(ZipEntries.checksum(last), ZipEntries.checksum(corrupt), "a changed archive is not known as ours");
    }
}
