package org.handbook.offline;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.handbook.cache.Memo;
import org.handbook.model.SiteConfig;
import org.handbook.output.BuildContext;
import org.handbook.output.Output;
import org.handbook.render.Fingerprints;
import org.handbook.write.DeterministicZip;
import org.handbook.write.OutputFile;
import org.handbook.write.ZipEntries;

/**
 * The offline copy ({@link OfflineCopy}) as an output of the build, made after the others from their
 * files. Unchanged files give the last build's archive back, and a changed site takes the entries of its
 * unchanged files from that archive ({@link ZipEntries}); under the dev server the last archive is
 * carried over (out of date) rather than re-zipped on every save, and the next build makes it anew.
 * A warm process (the build daemon, the dev server) keeps each file's entry by what its bytes are,
 * so a rebuild reads back and deflates only the files an edit changed.
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
        // a warm process's unchanged pages hand the same arrays from build to build: their checksums are not taken again
        Memo<Held, Stamp> held = context.keeps().memo("offline-stamps");
        Memo<Stamp, DeterministicZip.Entry> kept = context.keeps().memo("offline-entries");
        // with no archive on record there is none to give back or take entries from: each file is read once (a spooled
        // page is read back from the new site), its stamp and its entry made together, side by side
        boolean fresh = context.lastBuild().recorded(OfflineCopy.PATH).isEmpty() && !context.draft() && !kept.holdsAny();
        List<OutputFile> files = context.files().stream().filter(f -> OfflineCopy.included(f.path())).sorted(Comparator.comparing(OutputFile::path)).toList();
        Map<OutputFile, Stamp> stamps = new IdentityHashMap<>();
        Map<OutputFile, DeterministicZip.Entry> made = new IdentityHashMap<>();
        for (Stamped s : (fresh ? files.parallelStream() : files.stream()).map(f -> stamped(folder, f, held, kept, fresh)).toList()) {
            stamps.put(s.file(), s.stamp());
            if (s.entry() != null) made.put(s.file(), s.entry());
            key.add(s.file().path() + " " + s.stamp().size() + " " + s.stamp().content());
        }
        Optional<byte[]> previous = context.lastBuild().reuse(OfflineCopy.PATH, Fingerprints.of(key));
        if (previous.isEmpty() && context.draft()) previous = context.lastBuild().stale(OfflineCopy.PATH);
        OutputFile zip = previous.map(b -> new OutputFile(OfflineCopy.PATH, b)).orElseGet(() -> {
            // a warm process deflates what it does not hold; its first build takes what it can from the last archive
            ZipEntries earlier = fresh || kept.holdsAny() ? ZipEntries.none()
                    : context.lastBuild().inSite(OfflineCopy.PATH).map(b -> earlier(context, b)).orElse(ZipEntries.none());
            return OfflineCopy.of(files, c.updated(), f -> made.containsKey(f) ? made.get(f)
                    : entry(folder, f.path(), f::bytes, stamps.get(f), kept, earlier));
        });
        context.lastBuild().record(MADE, made(zip.bytes()));
        return List.of(zip);
    }

    /**
     * A file's stamp, and with {@code fresh} its entry too, from one read of its bytes; a file linked from the last site
     * under a version its maker gives (a search file) is not read for its stamp.
     */
    private static Stamped stamped(String folder, OutputFile f, Memo<Held, Stamp> held, Memo<Stamp, DeterministicZip.Entry> kept, boolean fresh) {
        String name = folder + "/" + f.path();
        if (f.version() != null && !fresh) return new Stamped(f, new Stamp(name, f.length(), f.version()), null);
        byte[] bytes = f.bytes();
        Stamp stamp = f.version() != null ? new Stamp(name, f.length(), f.version()) : held.get(new Held(name, bytes), Held::stamp);
        return new Stamped(f, stamp, fresh ? entry(folder, f.path(), () -> bytes, stamp, kept, ZipEntries.none()) : null);
    }

    /**
     * A file's entry: stored as it is if it is compressed already, else deflated once a warm process (kept by its
     * stamp, its bytes not read when kept).
     */
    private static DeterministicZip.Entry entry(String folder, String path, Supplier<byte[]> bytes, Stamp stamp,
                                                Memo<Stamp, DeterministicZip.Entry> kept, ZipEntries earlier) {
        if (OfflineCopy.compressed(path)) return OfflineCopy.entry(folder, path, bytes.get(), earlier);
        return kept.get(stamp, s -> OfflineCopy.entry(folder, path, bytes.get(), earlier));
    }

    /** A file with its stamp and, where it was made with it, its entry. */
    private record Stamped(OutputFile file, Stamp stamp, DeterministicZip.Entry entry) {
    }

    /**
     * What a file's deflated entry is made from: its name in the archive (the folder and the file's path)
     * and its bytes, by their length and two checksums (CRC-32 and CRC-32C), or by their length and the
     * version the file's maker gave them ({@link OutputFile#version()}, which no pair of checksums reads as),
     * so a warm process keeps each entry under it ({@code context.keeps()}) and deflates again only files an
     * edit changed.
     */
    private record Stamp(String name, long size, String content) {
    }

    /**
     * A file's name in the archive and the very array holding its bytes: the same array is the same bytes
     * (no output changes an array it handed the writer), whatever they are. Compared by identity.
     */
    private record Held(String name, byte[] bytes) {
        /** The file's {@link Stamp}, by its two checksums. */
        Stamp stamp() {
            CRC32 crc = new CRC32();
            crc.update(bytes);
            CRC32C crcc = new CRC32C();
            crcc.update(bytes);
            return new Stamp(name, bytes.length, crc.getValue() + " " + crcc.getValue());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Held h && h.bytes == bytes && h.name.equals(name);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(bytes) * 31 + name.hashCode();
        }
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
