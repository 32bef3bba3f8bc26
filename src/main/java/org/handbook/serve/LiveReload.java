package org.handbook.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Server-sent events to open pages: "reload" after a good build, "problems" after a failed one
 * (also to a page that connects while the last build stands failed). A page's stream is kept open
 * without holding a thread: the request's thread returns at once, events are written from the
 * builder's thread, and one heartbeat thread finds the pages that went away.
 */
final class LiveReload implements AutoCloseable {
    /** Long enough to cost nothing, short enough that closed tabs do not pile up over a session. */
    static final long HEARTBEAT_SECONDS = 15;

    private final Set<Client> clients = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "handbook-livereload");
        t.setDaemon(true);
        return t;
    });
    /** The last failed build's problems, or null after a good build. */
    private String problems;

    /** One open page: its event stream, written by one thread at a time. */
    private record Client(HttpExchange exchange, OutputStream out) {
        boolean write(byte[] bytes) {
            synchronized (this) {
                try {
                    out.write(bytes);
                    out.flush();
                    return true;
                } catch (IOException e) {
                    return false;
                }
            }
        }

        void close() {
            exchange.close();
        }
    }

    LiveReload() {
        heartbeat.scheduleAtFixedRate(() -> broadcast(": ping\n\n"), HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    /** Opens a page's event stream and keeps it; the caller returns without closing the exchange. */
    synchronized void connect(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, 0);
        Client c = new Client(ex, ex.getResponseBody());
        if (c.write((": connected\n\n" + (problems == null ? "" : event("problems", problems))).getBytes(StandardCharsets.UTF_8))) {
            clients.add(c);
        } else {
            c.close();
        }
    }

    synchronized void reload() {
        problems = null;
        broadcast(event("reload", "ok"));
    }

    synchronized void problems(String text) {
        problems = text;
        broadcast(event("problems", text));
    }

    private static String event(String name, String data) {
        StringBuilder sb = new StringBuilder("event: ").append(name).append('\n');
        data.lines().forEach(l -> sb.append("data: ").append(l).append('\n'));
        return sb.append('\n').toString();
    }

    private void broadcast(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (Client c : clients) {
            if (!c.write(bytes)) {
                clients.remove(c);
                c.close();
            }
        }
    }

    int clientCount() {
        return clients.size();
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        clients.forEach(Client::close);
        clients.clear();
    }
}
