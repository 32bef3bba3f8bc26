package org.handbook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.handbook.Pipeline;
import org.handbook.Session;
import org.handbook.TestSites;
import org.handbook.output.BuildMode;

/**
 * What the warm JVM of `serve` does on a save, without the server: copies a content folder,
 * builds it once as `serve` does, then edits a chapter, a playbook, a term and a checklist in
 * turn and rebuilds after each edit, printing each rebuild's time and steps and the median.
 * For finding where a rebuild's time goes; bench/edit-loop.sh measures the whole save-to-reload.
 */
public final class WarmRebuilds {
    private WarmRebuilds() {
    }

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args.length > 0 ? args[0] : "content");
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path dir = Files.createTempDirectory("warm-rebuilds");
        Path content = dir.resolve("content");
        TestSites.copyTree(source, content);
        Path out = dir.resolve("site");
        Session session = new Session();
        session.onRefresh(line -> System.out.println("    " + line), e -> System.out.println("    refresh failed: " + e));
        Pipeline.Options o = new Pipeline.Options(content, Path.of("templates"), out, BuildMode.SERVE).in(session);
        System.out.println("first build: " + Pipeline.run(o).totalMillis() + " ms");
        session.awaitRefresh();
        List<Path> files = EditLoopFiles.of(content);
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < edits; i++) {
            Path f = files.get(i % files.size());
            EditLoopFiles.edit(f, i);
            long t = System.nanoTime();
            Pipeline.Result r = Pipeline.run(o);
            long ms = (System.nanoTime() - t) / 1_000_000;
            times.add(ms);
            System.out.printf("%-40s %5d ms, %d re-rendered %s%n", content.relativize(f), ms, r.rendered(), r.millis());
            // an author pauses between saves: the slow outputs are made meanwhile
            session.awaitRefresh();
        }
        Collections.sort(times);
        System.out.println("median " + times.get(times.size() / 2) + " ms, p95 " + times.get((int) Math.ceil(times.size() * 0.95) - 1) + " ms");
        session.close();
        TestSites.deleteTree(dir);
    }
}
