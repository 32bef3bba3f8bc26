package org.handbook.offline;

import java.util.Comparator;
import java.util.List;
import org.handbook.write.DeterministicZip;
import org.handbook.write.OutputFile;

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
        DeterministicZip zip = DeterministicZip.dated(date);
        files.stream().filter(f -> included(f.path())).sorted(Comparator.comparing(OutputFile::path))
                .forEach(f -> {
                    // PDFs, pictures and the e-book are compressed already: deflating them again gains nothing
                    if (f.path().matches(".*\\.(pdf|png|epub)$")) zip.addStored(folder + "/" + f.path(), f.bytes());
                    else zip.add(folder + "/" + f.path(), f.bytes());
                });
        return new OutputFile(PATH, zip.finish());
    }

    /** Whether a site file goes into the offline copy. */
    static boolean included(String path) {
        return !path.equals(PATH) && !path.endsWith("/card.png") && !path.equals("card.png");
    }
}
