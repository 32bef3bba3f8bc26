package org.handbook.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.handbook.Pipeline;
import org.handbook.RandomTries;
import org.handbook.Session;
import org.handbook.TestSites;
import org.handbook.output.BuildMode;
import org.handbook.problem.BuildFailed;
import org.handbook.problem.Problem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The render cache cannot go stale: after any edit (a word in any field of any content type,
 * nested Markdown such as a checklist item's "why" included, a term's definition, a flowchart
 * option, a source's title, handbook.yaml, a named value, a heading, a number, a template, an
 * asset), a rebuild over the last build's site and cache gives a site byte-identical to a clean
 * build of the same files, made in a folder of its own with a cache of its own. Edits pile up
 * from one try to the next, so each rebuild starts from a site that was itself a rebuild; an edit
 * that breaks the content must fail both builds alike, and is then taken back.
 */
class RebuildPropertyTest {
    private static final List<String> WORDS = List.of("revised", "Quietly", "LoRA", "retrieval", "adapters");
    private static Workspace shared;
    private static Workspace served;
    private static Workspace daemon;

    /**
     * A copy of the sample content, in which a chapter embeds the checklist, and of the templates,
     * with a site built from them: by {@code build}, or by {@code serve} with the state it keeps
     * between builds (a {@link Session}), which the clean build does not have.
     */
    private static final class Workspace {
        final Path dir;
        final Path content;
        final Path templates;
        final Path site;
        final Edits edits;
        final BuildMode mode;
        final Session session;
        int clean;

        Workspace(BuildMode mode) throws Exception {
            this(mode, mode == BuildMode.SERVE ? new Session() : null);
        }

        Workspace(BuildMode mode, Session session) throws Exception {
            this.mode = mode;
            this.session = session;
            dir = Files.createTempDirectory("rebuild-property");
            content = TestSites.copySample(dir);
            Path chapter = content.resolve("chapters/first.md");
            Files.writeString(chapter, Files.readString(chapter) + "\nThe gate, to tick:\n\n![](checklist:gate)\n");
            templates = dir.resolve("templates");
            TestSites.copyTree(TestSites.TEMPLATES, templates);
            site = dir.resolve("work/site");
            edits = new Edits(content, templates);
            rebuild();
        }

        Pipeline.Result build(Path out) throws Exception {
            return Pipeline.run(new Pipeline.Options(content, templates, out, mode));
        }

        /** A rebuild over the last: by serve, the slow outputs too, which it makes after the pages. */
        Pipeline.Result rebuild() throws Exception {
            Pipeline.Options o = new Pipeline.Options(content, templates, site, mode);
            if (session == null) return Pipeline.run(o);
            Pipeline.Result r = Pipeline.run(o.in(session));
            session.awaitRefresh();
            return r;
        }

        /** Applies an edit, then holds the rebuild to a clean build; takes the edit back if the content no longer builds. */
        void check(Edits.Target target, int where, int at, String word) throws Exception {
            Map<Path, byte[]> before = snapshot();
            String edit = edits.apply(target, where, at, word);
            Path cleanSite = dir.resolve("clean-" + clean++).resolve("site");
            List<String> cleanProblems = problems(() -> build(cleanSite));
            List<String> rebuildProblems = problems(this::rebuild);
            if (!cleanProblems.isEmpty() || !rebuildProblems.isEmpty()) {
                assertEquals(cleanProblems, rebuildProblems, edit + ": the rebuild fails as the clean build does");
                restore(before);
            } else {
                assertSameSite(edit, TestSites.snapshot(cleanSite), TestSites.snapshot(site));
            }
            TestSites.deleteTree(cleanSite.getParent());
        }

        private Map<Path, byte[]> snapshot() throws IOException {
            Map<Path, byte[]> files = new java.util.HashMap<>();
            for (Path root : List.of(content, templates)) for (Path f : Edits.files(root)) files.put(f, Files.readAllBytes(f));
            return files;
        }

        private static void restore(Map<Path, byte[]> files) throws IOException {
            for (Map.Entry<Path, byte[]> e : files.entrySet()) Files.write(e.getKey(), e.getValue());
        }
    }

    private interface Build {
        Pipeline.Result run() throws Exception;
    }

    /** The problems a build reports, or none when it succeeds. */
    private static List<String> problems(Build build) throws Exception {
        try {
            build.run();
            return List.of();
        } catch (BuildFailed e) {
            return e.problems().stream().map(Problem::format).toList();
        }
    }

    private static void assertSameSite(String edit, Map<String, byte[]> clean, Map<String, byte[]> rebuilt) {
        List<String> differ = new ArrayList<>();
        for (String path : new TreeSet<>(clean.keySet())) {
            if (!rebuilt.containsKey(path)) differ.add(path + " (missing from the rebuild)");
            else if (!Arrays.equals(clean.get(path), rebuilt.get(path))) differ.add(path);
        }
        rebuilt.keySet().stream().filter(p -> !clean.containsKey(p)).forEach(p -> differ.add(p + " (only in the rebuild)"));
        if (!differ.isEmpty()) fail(edit + ": the rebuild differs from a clean build in " + differ.size() + " files: " + differ);
    }

    @Test
    void aRebuildAfterAnyEditEqualsACleanBuild() {
        RandomTries.run("rebuild after an edit", 12, r -> {
            if (shared == null) shared = new Workspace(BuildMode.BUILD);
            shared.check(RandomTries.pick(r, List.of(Edits.Target.values())), r.nextInt(1 << 20), r.nextInt(1 << 20), RandomTries.pick(r, WORDS));
        });
    }

    /** The same, for the dev server's rebuilds, which keep loaded files, parsed texts, term mentions and templates in memory. */
    @Test
    void aServeRebuildAfterAnyEditEqualsACleanOne() {
        RandomTries.run("serve rebuild after an edit", 8, r -> {
            if (served == null) served = new Workspace(BuildMode.SERVE);
            served.check(RandomTries.pick(r, List.of(Edits.Target.values())), r.nextInt(1 << 20), r.nextInt(1 << 20), RandomTries.pick(r, WORDS));
        });
    }

    /** The same, for the build daemon's builds, which keep what the last build made of each file and text in memory. */
    @Test
    void aDaemonRebuildAfterAnyEditEqualsACleanOne() {
        RandomTries.run("daemon rebuild after an edit", 8, r -> {
            if (daemon == null) daemon = new Workspace(BuildMode.BUILD, Session.forBuilds());
            daemon.check(RandomTries.pick(r, List.of(Edits.Target.values())), r.nextInt(1 << 20), r.nextInt(1 << 20), RandomTries.pick(r, WORDS));
        });
    }

    /** Finding 1 of the code review: an edited "why" showed in the checklist's PDFs and downloads, not in pages that embed it. */
    @Test
    void aRebuildAfterEditingAChecklistItemsWhyEqualsACleanBuild() throws Exception {
        Workspace w = new Workspace(BuildMode.BUILD);
        try {
            w.check(Edits.Target.WHY, 0, 1, "revised");
        } finally {
            TestSites.deleteTree(w.dir);
        }
    }

    @AfterAll
    static void cleanUp() throws IOException {
        if (shared != null) TestSites.deleteTree(shared.dir);
        if (served != null) TestSites.deleteTree(served.dir);
        if (daemon != null) TestSites.deleteTree(daemon.dir);
        shared = null;
        served = null;
        daemon = null;
    }
}
