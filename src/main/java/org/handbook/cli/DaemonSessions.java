package org.handbook.cli;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handbook.Pipeline;
import org.handbook.Session;

/**
 * The warm sessions of a build daemon, one for each site it builds (content, templates, output
 * folder, build or check), so a rebuild takes what the last build made of each unchanged file,
 * text and page from memory ({@link Session#forBuilds()}): in a fresh process each step passes over
 * every page again. The two sites built last are kept; outside a daemon there are none, and every
 * build runs as it always has.
 */
final class DaemonSessions {
    /** How many sites' sessions a daemon keeps: one's build and check, or two folders. */
    private static final int KEPT = 2;
    private static volatile DaemonSessions daemon;

    private final Map<List<Object>, Session> sessions = new LinkedHashMap<>(4, 0.75f, true);

    private DaemonSessions() {
    }

    /** Makes this process keep sessions: the build daemon calls it once, before its first build. */
    static void keepInThisProcess() {
        daemon = new DaemonSessions();
    }

    /** {@code o} with this process's session for its site, if this is a build daemon; else {@code o} as it is. */
    static Pipeline.Options warm(Pipeline.Options o) {
        DaemonSessions d = daemon;
        return d == null ? o : o.in(d.session(o));
    }

    private synchronized Session session(Pipeline.Options o) {
        List<Object> site = List.of(absolute(o.content()), absolute(o.templates()), absolute(o.out()), o.mode());
        Session s = sessions.computeIfAbsent(site, k -> Session.forBuilds());
        for (Iterator<Session> older = sessions.values().iterator(); sessions.size() > KEPT; ) {
            older.next().close();
            older.remove();
        }
        return s;
    }

    private static Path absolute(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
