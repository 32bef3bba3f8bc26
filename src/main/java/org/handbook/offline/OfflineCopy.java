package org.handbook.offline;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
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
    private static final String MARK = " " + ONLINE_ONLY;
    private static final AsciiNeedle MARK_BYTES = new AsciiNeedle(MARK);
    private static final Pattern COMPRESSED = Pattern.compile(".*\\.(pdf|png|epub)$");

    private OfflineCopy() {
    }

    /**
     * The archive of {@code files}, entries sorted by path, all dated {@code date} (or 1980-01-01), each
     * file's entry made by {@code entries} ({@link #entry}, or one made so before), side by side.
     */
    public static OutputFile of(List<OutputFile> files, String date, Function<OutputFile, DeterministicZip.Entry> entries) {
        DeterministicZip zip = DeterministicZip.dated(date);
        files.stream().filter(f -> included(f.path())).sorted(Comparator.comparing(OutputFile::path)).toList().parallelStream()
                .map(entries).toList().forEach(zip::add);
        return new OutputFile(PATH, zip.finish());
    }

    /**
     * A file's entry under {@code folder}/: stored if {@link #compressed}, else as it is {@link #onDisk},
     * deflated, or taken from {@code earlier} (the last archive) when it holds those bytes.
     */
    static DeterministicZip.Entry entry(String folder, String path, byte[] bytes, ZipEntries earlier) {
        String name = folder + "/" + path;
        return compressed(path) ? DeterministicZip.stored(name, bytes) : earlier.deflate(name, onDisk(path, bytes), LEVEL);
    }

    /** Whether a file is compressed already (PDFs, pictures, the e-book): deflating it again gains nothing. */
    static boolean compressed(String path) {
        return COMPRESSED.matcher(path).matches();
    }

    /**
     * A file as the offline copy holds it: a page without the elements marked {@value #ONLINE_ONLY},
     * anything else as it is. An element runs from its start tag to the next end tag of its name.
     */
    static byte[] onDisk(String path, byte[] bytes) {
        // the mark is ASCII, and no byte of a character past ASCII is one in UTF-8: looked for in the bytes, a page
        // without it is neither copied nor decoded
        if (!path.endsWith(".html") || MARK_BYTES.in(bytes, 0) < 0) return bytes;
        String page = new String(bytes, StandardCharsets.UTF_8);
        int mark = page.indexOf(MARK);
        StringBuilder out = new StringBuilder(page.length());
        int from = 0;
        for (; mark >= 0; mark = page.indexOf(MARK, from)) {
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
