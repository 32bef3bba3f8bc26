package org.handbook.offline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.handbook.Browser;
import org.handbook.Pipeline;
import org.handbook.TestSites;
import org.handbook.link.Library;
import org.handbook.types.Checklists;
import org.handbook.types.Flowcharts;
import org.handbook.write.DeterministicZip;
import org.handbook.write.ZipEntries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The offline copy of the bundled handbook: the whole site in one folder, and it works opened from disk. */
class OfflineCopyTest {

    @Test
    void theZipHoldsTheWholeSiteButItselfAndTheCardsInOneFolderSortedAndDated() throws Exception {
        Path site = TestSites.handbookSite();
        Map<String, byte[]> files = TestSites.snapshot(site);
        Library lib = Pipeline.library(TestSites.CONTENT);
        java.time.LocalDateTime date = java.time.LocalDate.parse(lib.config().updated()).atStartOfDay();
        String folder = OfflineOutput.folder(lib.config().baseUrl()) + "/";
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(files.get(OfflineCopy.PATH)))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                assertEquals(date, e.getTimeLocal(), e.getName());
                String path = e.getName().substring(folder.length());
                byte[] bytes = zip.readAllBytes();
                assertArrayEquals(OfflineCopy.onDisk(path, files.get(path)), bytes, path);
                if (path.endsWith(".html")) {
                    assertFalse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8).contains(OfflineCopy.PATH), path + " links the archive, which is not in it");
                }
            }
        }
        List<String> expected = files.keySet().stream().filter(OfflineCopy::included).map(p -> folder + p).sorted().toList();
        assertEquals(expected, names);
        assertFalse(names.contains(folder + OfflineCopy.PATH));
        assertTrue(names.contains(folder + "handbook.epub") && names.contains(folder + "handbook.pdf"));
        assertFalse(names.stream().anyMatch(n -> n.endsWith("card.png")));
    }

    @Test
    void aRebuildAfterAnEditMakesTheArchiveACleanBuildMakesAlsoFromATamperedOne(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Path out = dir.resolve("work/site");
        TestSites.build(content, out);
        Path chapter = content.resolve("chapters/second.md");
        Path zip = out.resolve("handbook-offline.zip");
        for (String tamper : List.of("no", "a byte in the middle")) {
            if (!tamper.equals("no")) {
                byte[] bytes = Files.readAllBytes(zip);
                bytes[bytes.length / 3] ^= 0x01;
                Files.write(zip, bytes);
            }
            Files.writeString(chapter, Files.readString(chapter) + "\nA line added after " + tamper + " tampering.\n");
            TestSites.build(content, out);
            Path clean = dir.resolve("clean-" + tamper.length() + "/site");
            TestSites.build(content, clean);
            assertArrayEquals(Files.readAllBytes(clean.resolve("handbook-offline.zip")), Files.readAllBytes(zip), tamper + " tampering");
        }
    }

    @Test
    void anArchiveMadeAtAnotherLevelGivesARebuildNoEntries(@TempDir Path dir) throws Exception {
        Path content = TestSites.copySample(dir);
        Path out = dir.resolve("work/site");
        TestSites.build(content, out);
        // the archive as a generator deflating at zlib's default level made it, and recorded it (checksum only)
        Path zip = out.resolve(OfflineCopy.PATH);
        DeterministicZip older = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(zip)))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (older == null) older = new DeterministicZip(e.getTimeLocal());
                byte[] bytes = in.readAllBytes();
                older.add(e.getMethod() == ZipEntry.STORED ? DeterministicZip.stored(e.getName(), bytes) : DeterministicZip.deflate(e.getName(), bytes));
            }
        }
        byte[] olderBytes = older.finish();
        Files.write(zip, olderBytes);
        Path manifest = dir.resolve("work/.site.render-cache");
        String made = " " + OfflineCopy.PATH + "#made";
        List<String> lines = Files.readAllLines(manifest).stream().map(l -> l.endsWith(made) ? ZipEntries.checksum(olderBytes) + made : l).toList();
        assertTrue(lines.stream().anyMatch(l -> l.endsWith(made)), "the last build recorded its archive");
        Files.write(manifest, lines);

        Path chapter = content.resolve("chapters/second.md");
        Files.writeString(chapter, Files.readString(chapter) + "\nA line added.\n");
        TestSites.build(content, out);
        Path clean = dir.resolve("clean/site");
        TestSites.build(content, clean);
        assertArrayEquals(Files.readAllBytes(clean.resolve(OfflineCopy.PATH)), Files.readAllBytes(zip));
    }

    @Test
    void theOnlineHomeLinksTheArchiveAndTheCopysHomeDoesNotButKeepsTheOtherDownloads() throws Exception {
        Map<String, byte[]> files = TestSites.snapshot(TestSites.handbookSite());
        String online = new String(files.get("index.html"), java.nio.charset.StandardCharsets.UTF_8);
        String onDisk = new String(OfflineCopy.onDisk("index.html", files.get("index.html")), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(online.contains("href=\"" + OfflineCopy.PATH + "\""), "the site's home links the archive");
        assertFalse(onDisk.contains(OfflineCopy.PATH) || onDisk.contains(OfflineCopy.ONLINE_ONLY), "the copy's home neither links nor mentions it");
        assertTrue(onDisk.contains("Take it with you: <a href=\"handbook.epub\" download>"), "the EPUB and PDF are still offered");
        assertEquals(online.length() - onDisk.length(), online.indexOf("href=\"handbook.epub\"") - onDisk.indexOf("href=\"handbook.epub\""),
                "only the marked part is cut");
    }

    @Test
    void unzippedAndOpenedFromDiskItSearchesWalksATreeAndTicksAnItem(@TempDir Path dir) throws Exception {
        Library lib = Pipeline.library(TestSites.CONTENT);
        Path root = unzip(Files.readAllBytes(TestSites.handbookSite().resolve(OfflineCopy.PATH)), dir).resolve(OfflineOutput.folder(lib.config().baseUrl()));
        ChromeDriver d = Browser.start(1280, 900);
        try {
            WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(20));
            d.get(root.resolve("index.html").toUri().toString());
            for (WebElement a : d.findElements(By.cssSelector("a[href]"))) {
                String href = a.getAttribute("href");
                if (href.startsWith("file:")) {
                    Path target = Path.of(java.net.URI.create(href.replaceAll("[#?].*", "")));
                    assertTrue(Files.exists(target), "the copy's home links " + href + ", which is not in it");
                }
            }
            WebElement box = d.findElement(By.id("site-search-input"));
            box.sendKeys("rollback plan");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#site-search-results [role=option]")));
            assertTrue(d.findElement(By.id("site-search-results")).getText().toLowerCase().contains("rollback"), "a result about rollback");

            d.get(root.resolve(Flowcharts.TYPE.path(lib.items(Flowcharts.TYPE).get(0).id())).toUri().toString());
            WebElement first = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".walk-options .walk-option")));
            String question = d.findElement(By.cssSelector(".walk-question")).getText();
            first.click();
            wait.until(d2 -> d2.getCurrentUrl().endsWith("#walk=1"));
            wait.until(d2 -> !d2.findElement(By.cssSelector(".walk-question")).getText().equals(question));
            assertEquals(1, d.findElements(By.cssSelector(".walk-trail li")).size(), "the answer is on the trail");

            d.get(root.resolve(Checklists.TYPE.path(lib.items(Checklists.TYPE).get(0).id())).toUri().toString());
            WebElement check = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".item-check")));
            String id = check.getAttribute("id");
            check.click();
            d.navigate().refresh();
            assertTrue(wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id))).isSelected(), "the tick is kept from disk");
            assertTrue(Browser.problems(d).isEmpty(), String.valueOf(Browser.problems(d)));
        } finally {
            d.quit();
        }
    }

    private static Path unzip(byte[] zip, Path to) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Path target = to.resolve(e.getName()).normalize();
                if (!target.startsWith(to)) throw new IllegalStateException("entry outside the folder: " + e.getName());
                Files.createDirectories(target.getParent());
                Files.write(target, in.readAllBytes());
            }
        }
        return to;
    }
}
