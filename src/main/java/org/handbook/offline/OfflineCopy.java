package org.handbook.offline;

import java.util.Comparator;
import java.util.List;
import org.handbook.write.DeterministicZip;
import org.handbook.write.OutputFile;
import org.handbook.write.ZipEntries;

/**
 * The whole site as one zip to download and open from disk: every page, asset, search file, PDF
 * and download under one folder, so unzipping gives {@code <folder>/index.html}. Every link in
 * the site is relative and search loads its files as scripts, so search, flowchart walks and
 * checklist ticks work from {@code file://}. Left out: the archive itself and the preview cards
 * (pictures for link previews on social sites, of no use on disk).
 */
public final class OfflineCopy {
    /** Where the archive goes in the site. */
    public static final String PATH = "handbook-offline.zip";

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
                    return f.path().matches(".*\\.(pdf|png|epub)$") ? DeterministicZip.stored(name, f.bytes()) : earlier.deflate(name, f.bytes());
                }).toList().forEach(zip::add);
        return new OutputFile(PATH, zip.finish());
    }

    /** Whether a site file goes into the offline copy. */
    static boolean included(String path) {
        return !path.equals(PATH) && !path.endsWith("/card.png") && !path.equals("card.png");
    }
}
