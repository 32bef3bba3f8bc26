package org.handbook.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.handbook.problem.Position;
import org.handbook.problem.Problem;
import org.handbook.problem.Rule;
import org.handbook.problem.Severity;
import org.handbook.write.SiteWriter;

/**
 * What the last successful build into an output folder leaves for the next: the folder it swapped
 * in (its identity on disk), its warnings and counts, under the digest of every file it read. A
 * build whose inputs have the same digest, into the same untouched folder (its identity, and
 * its files' count, bytes and newest time: {@link #shape}), on the same day (review dates lapse:
 * {@link BuildDay}), has nothing to do: it repeats the warnings and stops.
 */
public record LastBuild(String site, long dayFrom, long dayUntil, List<Problem> warnings, int pages, int files, String baseUrl) {
    private static final String NAME = "last-build";

    /** A build's inputs as its scan saw them: their key, and the time of the scan (epoch milliseconds), which fixes its day. */
    public record Scan(String key, long at) {
    }

    /**
     * The record the last build into {@code out} left under {@code key}, if {@code out} is still the
     * folder it wrote; {@code shape} gives its {@link #shape} now (a caller may walk it beside other work).
     */
    public static Optional<LastBuild> unchanged(BuildCache cache, Path out, Scan scan, java.util.function.Supplier<String> shape) {
        return cache.state(out, NAME, scan.key()).flatMap(LastBuild::decode)
                .filter(last -> last.dayFrom() <= scan.at() && scan.at() <= last.dayUntil() && last.site().equals(identity(out) + " " + shape.get()));
    }

    /** Whether a build into {@code out} left a record at all (current or not). */
    public static boolean recorded(BuildCache cache, Path out) {
        return cache.hasState(out, NAME);
    }

    /** Drops the record: the folder is about to change in place, and until a build records it again, nothing is known of it. */
    public static void forget(BuildCache cache, Path out) {
        cache.dropState(out, NAME);
    }

    /** Keeps this build's record for the next; {@code out} is the site just changed in place (walked for its {@link #shape}). */
    public static void keep(BuildCache cache, Path out, Scan scan, List<Problem> warnings, int pages, int files, String baseUrl) {
        keep(cache, out, scan, warnings, pages, files, baseUrl, shape(out));
    }

    /** As {@link #keep(BuildCache, Path, Scan, List, int, int, String)}, for the site a writer just swapped in, whose shape it knows. */
    public static void keep(BuildCache cache, Path out, Scan scan, List<Problem> warnings, int pages, int files, String baseUrl,
                            SiteWriter.Shape written) {
        keep(cache, out, scan, warnings, pages, files, baseUrl, shape(written.files(), written.bytes(), written.newest()));
    }

    private static void keep(BuildCache cache, Path out, Scan scan, List<Problem> warnings, int pages, int files, String baseUrl, String shape) {
        long[] day = BuildDay.span(scan.at());
        cache.keepState(out, NAME, scan.key(), new LastBuild(identity(out) + " " + shape, day[0], day[1], warnings, pages, files, baseUrl).encode());
    }

    /**
     * What is inside the output folder, in brief: how many files, their bytes, and the newest time of
     * any file or folder in it. A file deleted, added or written anywhere in the site moves one of
     * them (a folder's time moves when an entry comes or goes), where the folder's own identity moves
     * only for its top level. Some 4,000 entries read at 1,000 pages.
     */
    public static String shape(Path out) {
        try (java.util.stream.Stream<Path> top = Files.list(out)) {
            // the top level's folders walked side by side: a 4,000-page site has some 15,000 entries
            long[] seen = top.toList().parallelStream().map(LastBuild::walk).reduce(walk(out, 0), LastBuild::sum);
            return shape(seen[0], seen[1], seen[2]);
        } catch (IOException | RuntimeException e) {
            // changing while read, or unreadable: not the folder the last build recorded
            return "unread " + System.nanoTime();
        }
    }

    private static String shape(long files, long bytes, long newest) {
        return files + " files " + bytes + " bytes " + newest;
    }

    /** Files, bytes and the newest time under {@code p}, a file or a folder walked whole. */
    private static long[] walk(Path p) {
        return walk(p, Integer.MAX_VALUE);
    }

    /** As {@link #walk(Path)}, {@code depth} folders down ({@code 0}: {@code p} alone). */
    private static long[] walk(Path p, int depth) {
        long[] seen = new long[3];
        try {
            Files.walkFileTree(p, java.util.Set.of(), depth, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a) {
                    seen[2] = Math.max(seen[2], a.lastModifiedTime().toMillis());
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                    // at depth 0 the folder itself comes here: its time counts, not as a file
                    if (!a.isDirectory()) {
                        seen[0]++;
                        seen[1] += a.size();
                    }
                    seen[2] = Math.max(seen[2], a.lastModifiedTime().toMillis());
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return seen;
    }

    private static long[] sum(long[] a, long[] b) {
        return new long[]{a[0] + b[0], a[1] + b[1], Math.max(a[2], b[2])};
    }

    /** The output folder as the file system knows it: replaced by every build's swap, so another build's or a deleted one reads differently. */
    public static String identity(Path out) {
        try {
            BasicFileAttributes a = Files.readAttributes(out, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isDirectory() ? a.fileKey() + "@" + a.lastModifiedTime().toMillis() + "@" + a.creationTime().toMillis() : "not a folder";
        } catch (IOException e) {
            return "missing";
        }
    }

    private byte[] encode() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buf)) {
            out.writeUTF(site);
            out.writeLong(dayFrom);
            out.writeLong(dayUntil);
            out.writeInt(pages);
            out.writeInt(files);
            out.writeUTF(baseUrl);
            out.writeInt(warnings.size());
            for (Problem p : warnings) {
                out.writeUTF(p.severity().name());
                out.writeUTF(p.rule().name());
                out.writeUTF(p.position().path());
                out.writeInt(p.position().line());
                out.writeInt(p.position().column());
                out.writeUTF(p.message());
                out.writeBoolean(p.hint() != null);
                if (p.hint() != null) out.writeUTF(p.hint());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buf.toByteArray();
    }

    private static Optional<LastBuild> decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes))) {
            String site = in.readUTF();
            long dayFrom = in.readLong();
            long dayUntil = in.readLong();
            int pages = in.readInt();
            int files = in.readInt();
            String baseUrl = in.readUTF();
            int n = in.readInt();
            List<Problem> warnings = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Severity severity = Severity.valueOf(in.readUTF());
                Rule rule = Rule.valueOf(in.readUTF());
                Position at = new Position(in.readUTF(), in.readInt(), in.readInt());
                String message = in.readUTF();
                String hint = in.readBoolean() ? in.readUTF() : null;
                warnings.add(new Problem(severity, rule, at, message, hint));
            }
            return Optional.of(new LastBuild(site, dayFrom, dayUntil, List.copyOf(warnings), pages, files, baseUrl));
        } catch (IOException | IllegalArgumentException e) {
            // a rule this generator no longer has: the record is from another build of the code
            return Optional.empty();
        }
    }
}
