package org.handbook.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A loopback-only HTTP server for the built site, with live reload. */
public final class DevServer implements AutoCloseable {
    private final HttpServer server;
    private final Path site;
    private final String basePath;
    private final LiveReload live = new LiveReload();
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "handbook-http");
        t.setDaemon(true);
        return t;
    });

    public DevServer(Path site, int port, String basePath) throws IOException {
        this.site = site;
        this.basePath = basePath.endsWith("/") ? basePath : basePath + "/";
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        server.createContext("/", this::handle);
        server.setExecutor(pool);
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void reload() {
        live.reload();
    }

    /** Pages currently listening for reloads. */
    public int liveClients() {
        return live.clientCount();
    }

    public void problems(String text) {
        live.problems(text);
    }

    private void handle(HttpExchange ex) throws IOException {
        boolean keepOpen = false;
        try {
            HostCheck host = HostCheck.of(ex.getRequestHeaders().getFirst("Host"), port());
            if (host != HostCheck.OURS) {
                send(ex, host.status, "text/plain; charset=utf-8", host.message.getBytes(StandardCharsets.UTF_8));
                return;
            }
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                send(ex, 405, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            String raw = ex.getRequestURI().getRawPath();
            if (raw.equals("/__livereload")) {
                live.connect(ex);
                keepOpen = true;
                return;
            }
            if (raw.equals("/__livereload.js")) {
                try (InputStream in = DevServer.class.getResourceAsStream("/livereload.js")) {
                    send(ex, 200, "text/javascript; charset=utf-8", in.readAllBytes());
                }
                return;
            }
            Optional<Path> file = StaticFiles.resolve(site, raw, basePath);
            if (file.isPresent()) {
                send(ex, 200, StaticFiles.contentType(file.get()), Files.readAllBytes(file.get()));
            } else {
                Path notFound = site.resolve("404.html");
                byte[] body = Files.isRegularFile(notFound) ? Files.readAllBytes(notFound) : "Not found\n".getBytes(StandardCharsets.UTF_8);
                send(ex, 404, "text/html; charset=utf-8", body);
            }
        } finally {
            // a live-reload stream stays open, held by LiveReload, not by this thread
            if (!keepOpen) ex.close();
        }
    }

    /**
     * What a request's Host header says (DNS-rebinding guard): addressed to this server, that is
     * exactly {@code localhost}, {@code 127.0.0.1} or {@code [::1]}, then nothing or a colon and this
     * server's port in digits; not a Host at all (missing, a port that is not a number up to 65535,
     * user info, a path, anything past the port): 400; a well-formed Host of another server or
     * port: 421.
     */
    enum HostCheck {
        OURS(200, ""),
        MALFORMED(400, "Bad Request: the Host header is not a host name and a numeric port.\n"),
        ELSEWHERE(421, "Misdirected Request: this server only answers to localhost, 127.0.0.1 and [::1] on its own port.\n");

        final int status;
        final String message;

        HostCheck(int status, String message) {
            this.status = status;
            this.message = message;
        }

        private static final Pattern FORM = Pattern.compile("([A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+])(?::([0-9]{1,5}))?");
        private static final Pattern LOOPBACK = Pattern.compile("(?i)localhost|127\\.0\\.0\\.1|\\[::1]");

        static HostCheck of(String header, int port) {
            Matcher m = header == null ? null : FORM.matcher(header);
            if (m == null || !m.matches() || m.group(2) != null && Integer.parseInt(m.group(2)) > 65_535) return MALFORMED;
            boolean ours = LOOPBACK.matcher(m.group(1)).matches() && (m.group(2) == null || Integer.parseInt(m.group(2)) == port);
            return ours ? OURS : ELSEWHERE;
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-cache");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) ex.getResponseBody().write(body);
    }

    @Override
    public void close() {
        live.close();
        server.stop(0);
        pool.shutdownNow();
    }
}
