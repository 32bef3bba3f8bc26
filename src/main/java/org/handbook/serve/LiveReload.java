package org.handbook.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Server-sent events to open pages: "reload" after a good build, "problems" after a failed one. */
final class LiveReload {
    private final List<OutputStream> clients = new CopyOnWriteArrayList<>();

    void connect(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        clients.add(out);
    }

    void reload() {
        send("reload", "ok");
    }

    void problems(String text) {
        send("problems", text);
    }

    private void send(String event, String data) {
        StringBuilder sb = new StringBuilder("event: ").append(event).append('\n');
        data.lines().forEach(l -> sb.append("data: ").append(l).append('\n'));
        byte[] bytes = sb.append('\n').toString().getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : clients) {
            try {
                out.write(bytes);
                out.flush();
            } catch (IOException e) {
                clients.remove(out);
                try {
                    out.close();
                } catch (IOException ignored) {
                    // the page went away; nothing to tell it
                }
            }
        }
    }

    int clientCount() {
        return clients.size();
    }
}
