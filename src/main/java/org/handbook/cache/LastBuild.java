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

/**
 * What the last successful build into an output folder leaves for the next: the folder it swapped
 * in (its identity on disk), its warnings and counts, under the digest of every file it read. A
 * build whose inputs have the same digest, into the same untouched folder, has nothing to do: it
 * repeats the warnings and stops.
 */
public record LastBuild(String site, List<Problem> warnings, int pages, int files, String baseUrl) {
    private static final String NAME = "last-build";

    /** The record the last build into {@code out} left under {@code key}, if {@code out} is still the folder it wrote. */
    public static Optional<LastBuild> unchanged(BuildCache cache, Path out, String key) {
        return cache.state(out, NAME, key).flatMap(LastBuild::decode).filter(last -> last.site().equals(identity(out)));
    }

    /** Whether a build into {@code out} left a record at all (current or not). */
    public static boolean recorded(BuildCache cache, Path out) {
        return cache.hasState(out, NAME);
    }

    /** Drops the record: the folder is about to change in place, and until a build records it again, nothing is known of it. */
    public static void forget(BuildCache cache, Path out) {
        cache.dropState(out, NAME);
    }

    /** Keeps this build's record for the next; {@code out} is the site just swapped in. */
    public static void keep(BuildCache cache, Path out, String key, List<Problem> warnings, int pages, int files, String baseUrl) {
        cache.keepState(out, NAME, key, new LastBuild(identity(out), warnings, pages, files, baseUrl).encode());
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
            return Optional.of(new LastBuild(site, List.copyOf(warnings), pages, files, baseUrl));
        } catch (IOException | IllegalArgumentException e) {
            // a rule this generator no longer has: the record is from another build of the code
            return Optional.empty();
        }
    }
}
