package org.handbook.offline;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import org.handbook.model.SiteConfig;
import org.handbook.output.BuildContext;
import org.handbook.output.Output;
import org.handbook.render.Fingerprints;
import org.handbook.write.OutputFile;
import org.handbook.write.ZipEntries;

/**
 * The offline copy ({@link OfflineCopy}) as an output of the build, made after the others from their
 * files. Unchanged files give the last build's archive back, and a changed site takes the entries of its
 * unchanged files from that archive ({@link ZipEntries}); under the dev server the last archive is
 * carried over (out of date) rather than re-zipped on every save, and the next build makes it anew.
 */
public final class OfflineOutput implements Output {
    @Override
    public String name() {
        return "offline";
    }

    @Override
    public Needs needs() {
        return Needs.FILES;
    }

    @Override
    public boolean slow() {
        return true;
    }

    @Override
    public List<OutputFile> produce(BuildContext context) {
        SiteConfig c = context.library().config();
        String folder = folder(c.baseUrl());
        List<String> key = new ArrayList<>(List.of(OfflineCopy.PATH, folder, String.valueOf(c.updated()), "level " + OfflineCopy.LEVEL));
        CRC32 crc = new CRC32();
        context.files().stream().filter(f -> OfflineCopy.included(f.path())).sorted(java.util.Comparator.comparing(OutputFile::path)).forEach(f -> {
            byte[] bytes = f.bytes();
            crc.reset();
            crc.update(bytes);
            key.add(f.path() + " " + bytes.length + " " + crc.getValue());
        });
        Optional<byte[]> previous = context.lastBuild().reuse(OfflineCopy.PATH, Fingerprints.of(key));
        if (previous.isEmpty() && context.draft()) previous = context.lastBuild().stale(OfflineCopy.PATH);
        OutputFile zip = previous.map(b -> new OutputFile(OfflineCopy.PATH, b))
                .orElseGet(() -> OfflineCopy.of(context.files(), folder, c.updated(),
                        context.lastBuild().inSite(OfflineCopy.PATH).map(b -> earlier(context, b)).orElse(ZipEntries.none())));
        context.lastBuild().record(MADE, made(zip.bytes()));
        return List.of(zip);
    }

    /** Under this key the render cache holds the checksum of the archive the last build put in the site, and its level. */
    private static final String MADE = OfflineCopy.PATH + "#made";

    private static String made(byte[] zip) {
        return ZipEntries.checksum(zip) + "/" + OfflineCopy.LEVEL; // no space: the render cache's lines are "value key"
    }

    /**
     * The last archive's entries: taken by size and CRC-32 if it is the one the last build made at this level;
     * none if the last build made it at another (its entries are not the bytes a clean build makes now);
     * else each inflated to compare.
     */
    private static ZipEntries earlier(BuildContext context, byte[] zip) {
        Optional<String> made = context.lastBuild().recorded(MADE);
        if (made.filter(made(zip)::equals).isPresent()) return ZipEntries.ours(zip);
        String checksum = ZipEntries.checksum(zip);
        if (made.filter(m -> m.equals(checksum) || m.startsWith(checksum + "/")).isPresent()) return ZipEntries.none();
        return ZipEntries.of(zip);
    }

    /** The folder the archive unzips to: the last segment of the site's address ("fine-tune-or-dont"), or "handbook". */
    static String folder(String baseUrl) {
        try {
            String path = URI.create(baseUrl).getPath();
            String[] parts = path == null ? new String[0] : path.split("/");
            String last = parts.length == 0 ? "" : parts[parts.length - 1];
            return last.matches("[A-Za-z0-9._-]+") ? last : "handbook";
        } catch (IllegalArgumentException e) {
            return "handbook";
        }
    }
}
