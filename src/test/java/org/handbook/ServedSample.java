package org.handbook;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.handbook.output.BuildMode;

/**
 * A copy of the sample content built by a dev-server session, its slow outputs made: where the
 * session tests start, before the save each of them makes.
 */
record ServedSample(Path content, Path out, Session session, Pipeline.Options options) implements AutoCloseable {

    /** The sample copied into {@code dir}, served into {@code dir/site}. */
    static ServedSample start(Path dir) throws Exception {
        return start(dir, session -> {
        });
    }

    /** As {@link #start(Path)}, with {@code setup} done to the session before its first build. */
    static ServedSample start(Path dir, Consumer<Session> setup) throws Exception {
        Path content = TestSites.copySample(dir);
        Path out = dir.resolve("site");
        Session session = new Session();
        setup.accept(session);
        Pipeline.Options o = new Pipeline.Options(content, TestSites.TEMPLATES, out, BuildMode.SERVE).in(session);
        Pipeline.run(o);
        session.awaitRefresh();
        return new ServedSample(content, out, session, o);
    }

    @Override
    public void close() {
        session.close();
    }
}
