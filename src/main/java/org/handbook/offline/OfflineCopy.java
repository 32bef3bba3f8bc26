package org.handbook.offline;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.handbook.write.DeterministicZip;
import org.handbook.write.OutputFile;
import org.handbook.write.ZipEntries;

/**
 * The whole site as one zip to download and open from disk: every page, asset, search file, PDF
 * and download under one folder, so unzipping gives {@code <folder>/index.html}. Every link in
 * the site is relative and search loads its files as scripts, so search, flowchart walks and
 * checklist ticks work from {@code file://}. Left out: the archive itself, the preview cards
 * (pictures for link previews on social sites, of no use on disk), and from its pages what the
 * templates mark {@value #ONLINE_ONLY} (the home page's link to this archive, which is not in it).
 */
public final class OfflineCopy {
    /** Where the archive goes in the site. */
    public static final String PATH = "handbook-offline.zip";
    /** The attribute that marks an element of a page as left out of the offline copy (it holds no element of its own kind). */
    static final String ONLINE_ONLY = "data-online-only";
    /**
     * zlib's level for the archive's entries: its fastest. The default level (6) deflated a 4,000-page site's
     * pages and search files in 1.6 s of CPU, level 1 in 0.85 s, for an archive 7.6% larger (docs/performance.md).
     */
    static final int LEVEL = 1;

    private OfflineCopy() {
    }

    /** The archive of {@code files}, entries sorted by path under {@code folder}/, all dated {@code date} (or 1980-01-01). */
    public static OutputFile of(List<OutputFile> files, String folder, String date) {
        return of(files, folder, date, ZipEntries.none());
    }

    /**
     * As {@link #of(List, String, String)}, entries compressed side by side, and an unchanged file's
     * taken from {@code earlier} (the last archive) instead of deflated again.
     */
    public static OutputFile of(List<OutputFile> files, String folder, String date, ZipEntries earlier) {
        DeterministicZip zip = DeterministicZip.dated(date);
        files.stream().filter(f -> included(f.path())).sorted(Comparator.comparing(OutputFile::path)).toList().parallelStream()
                .map(f -> {
                    String name = folder + "/" + f.path();
                    // PDFs, pictures and the e-book are compressed already: deflating them again gains nothing
                    return f.path().matches(".*\\.(pdf|png|epub)$") ? DeterministicZip.stored(name, f.bytes())
                            : earlier.deflate(name, onDisk(f.path(), f.bytes()), LEVEL);
                }).toList().forEach(zip::add);
        return new OutputFile(PATH, zip.finish());
    }

    /**
     * A file as the offline copy holds it: a page without the elements marked {@value #ONLINE_ONLY},
     * anything else as it is. An element runs from its start tag to the next end tag of its name.
     */
    static byte[] onDisk(String path, byte[] bytes) {
        if (!path.endsWith(".html")) return bytes;
        String page = new String(bytes, StandardCharsets.UTF_8);
        int mark = page.indexOf(" " + ONLINE_ONLY);
        if (mark < 0) return bytes;
        StringBuilder out = new StringBuilder(page.length());
        int from = 0;
        for (; mark >= 0; mark = page.indexOf(" " + ONLINE_ONLY, from)) {
            int start = page.lastIndexOf('<', mark);
            String tag = page.substring(start + 1, page.indexOf(' ', start));
            int end = page.indexOf("</" + tag + ">", mark);
            if (start < from || end < 0) throw new IllegalStateException(path + ": an element marked " + ONLINE_ONLY + " without its end tag");
            out.append(page, from, start);
            from = end + tag.length() + 3;
        }
        return out.append(page, from, page.length()).toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Whether a site file goes into the offline copy. */
    static boolean included(String path) {
        return !path.equals(PATH) && !path.endsWith("/card.png") && !path.equals("card.png");
    }
}
