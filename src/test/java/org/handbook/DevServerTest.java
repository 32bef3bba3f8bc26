package org.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.handbook.serve.DevServer;
import org.handbook.serve.Watcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dev server's guards (loopback only, localhost only, nothing outside the site), its watcher and its live reload. */
class DevServerTest {

    /** Sends a raw request (so the path and Host are exactly as written) and returns the status line and body. */
    static String[] get(int port, String path, String host) throws Exception {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String all = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String status = all.substring(0, all.indexOf("\r\n"));
            return new String[] {status, all.substring(all.indexOf("\r\n\r\n") + 4)};
        }
    }

    @Test
    void servesPagesAndRefusesEverythingOutsideTheSite(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("chapters/a"));
        Files.writeString(site.resolve("index.html"), "home");
        Files.writeString(site.resolve("chapters/a/index.html"), "chapter a");
        Files.writeString(site.resolve("404.html"), "not found page");
        Files.writeString(dir.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(site.resolve("link.txt"), dir.resolve("secret.txt"));
        try (DevServer server = new DevServer(site, 0, "/book/")) {
            server.start();
            int port = server.port();
            assertEquals("HTTP/1.1 200 OK", get(port, "/", "localhost:" + port)[0]);
            assertEquals("chapter a", get(port, "/chapters/a/", "127.0.0.1:" + port)[1]);
            assertEquals("chapter a", get(port, "/book/chapters/a/index.html", "localhost")[1], "the base path is served too");
            for (String evil : new String[] {"/../secret.txt", "/..%2fsecret.txt", "/%2e%2e/secret.txt", "/%2e%2e%2fsecret.txt",
                    "/chapters/..%2f..%2fsecret.txt", "/..%5csecret.txt", "/%252e%252e/secret.txt", "/link.txt",
                    "/chapters/%00/index.html", "/%c0%ae%c0%ae/secret.txt"}) {
                String[] r = get(port, evil, "localhost");
                assertFalse(r[1].contains("secret"), evil + " leaked the file: " + r[0]);
                assertTrue(r[0].contains("404") || r[0].contains("400"), evil + " -> " + r[0]);
            }
            assertEquals("not found page", get(port, "/nope/", "localhost")[1]);
        }
    }

    @Test
    void refusesOtherHostsWith421AndMalformedHostHeadersWith400(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("index.html"), "home");
        try (DevServer server = new DevServer(dir, 0, "/")) {
            server.start();
            int port = server.port();
            for (String ok : new String[] {"localhost", "localhost:" + port, "LOCALHOST:" + port, "127.0.0.1:" + port, "[::1]:" + port, "[::1]"}) {
                assertTrue(get(port, "/", ok)[0].contains("200"), ok);
            }
            for (String evil : new String[] {"evil.example:" + port, "localhost.evil.example", "localhost:" + (port == 1 ? 2 : port - 1),
                    "localhost.:" + port, "127.0.0.1.evil.example", "[::2]:" + port, "127.0.0.2"}) {
                assertTrue(get(port, "/", evil)[0].startsWith("HTTP/1.1 421"), "DNS rebinding guard, another server: " + evil);
            }
            for (String malformed : new String[] {"localhost:" + port + "abc", "localhost:", "localhost:" + port + ":" + port, "user@localhost:" + port,
                    "[::1]x", "[::1]:" + port + "/", "127.0.0.1:99999999999", "127.0.0.1:65536", "localhost:+" + port, "localhost :" + port, ""}) {
                assertTrue(get(port, "/", malformed)[0].startsWith("HTTP/1.1 400"), "a Host that is not host[:port]: " + malformed);
            }
        }
    }

    @Test
    void bindsToLoopbackOnly(@TempDir Path dir) throws Exception {
        try (DevServer server = new DevServer(dir, 0, "/")) {
            server.start();
            for (var nif : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
                for (var addr : java.util.Collections.list(nif.getInetAddresses())) {
                    if (addr.isLoopbackAddress()) continue;
                    try (Socket s = new Socket()) {
                        s.connect(new java.net.InetSocketAddress(addr, server.port()), 500);
                        throw new AssertionError("reachable on " + addr);
                    } catch (java.io.IOException expected) {
                        // refused: good
                    }
                }
            }
        }
    }

    @Test
    void watcherCallsBackOncePerBurstOfChangesAndWatchesNewFolders(@TempDir Path dir) throws Exception {
        BlockingQueue<Set<Path>> calls = new LinkedBlockingQueue<>();
        Path chapters = Files.createDirectories(dir.resolve("chapters"));
        // a long pause ends a burst here, so five quick writes are one burst however busy the machine
        try (Watcher w = new Watcher(List.of(dir), Duration.ofSeconds(1), Duration.ofSeconds(1), b -> calls.add(b.paths()))) {
            w.start();
            List<Path> written = new ArrayList<>();
            for (int i = 0; i < 5; i++) written.add(Files.writeString(chapters.resolve("c" + i + ".md"), "x"));
            Set<Path> first = calls.poll(30, TimeUnit.SECONDS);
            assertTrue(first != null && first.containsAll(written), "all five in one call: " + first);
            Path created = Files.createDirectories(chapters.resolve("new"));
            Set<Path> next;
            do next = calls.poll(30, TimeUnit.SECONDS); while (next != null && !next.contains(created));
            assertTrue(next != null, "the new folder is reported");
            Path deep = Files.writeString(created.resolve("deep.md"), "y");
            do next = calls.poll(30, TimeUnit.SECONDS); while (next != null && !next.contains(deep));
            assertTrue(next != null, "a folder created later is watched too");
        }
    }

    @Test
    void aSaveCaughtHalfWayIsReportedOnceTheFileIsWritten(@TempDir Path dir) throws Exception {
        BlockingQueue<String> read = new LinkedBlockingQueue<>();
        Path a = dir.resolve("a.md");
        // a short pause ends a burst, a long one is allowed while a changed file is empty
        try (Watcher w = new Watcher(List.of(dir), Duration.ofMillis(20), Duration.ofSeconds(60), b -> read.add(saved(a)))) {
            w.start();
            Files.writeString(a, "");
            Thread.sleep(500);
            Files.writeString(a, "the whole save");
            assertEquals("the whole save", read.poll(30, TimeUnit.SECONDS), "the rebuild reads the file written, not truncated");
        }
    }

    @Test
    void aFileLeftEmptyIsStillReported(@TempDir Path dir) throws Exception {
        BlockingQueue<Set<Path>> calls = new LinkedBlockingQueue<>();
        try (Watcher w = new Watcher(List.of(dir), Duration.ofMillis(20), Duration.ofMillis(200), b -> calls.add(b.paths()))) {
            w.start();
            Path a = Files.writeString(dir.resolve("a.md"), "");
            Set<Path> first = calls.poll(30, TimeUnit.SECONDS);
            assertTrue(first != null && first.contains(a), "an emptied file is built, only later: " + first);
        }
    }

    private static String saved(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "unreadable: " + e;
        }
    }

    @Test
    void aCallbackThatThrowsDoesNotEndTheWatching(@TempDir Path dir) throws Exception {
        BlockingQueue<Set<Path>> calls = new LinkedBlockingQueue<>();
        try (Watcher w = new Watcher(List.of(dir), Duration.ofMillis(50), Duration.ofMillis(50), b -> {
            calls.add(b.paths());
            if (calls.size() == 1) throw new StackOverflowError("a rebuild's bug");
        })) {
            w.start();
            Files.writeString(dir.resolve("a.md"), "x");
            assertTrue(calls.poll(30, TimeUnit.SECONDS) != null);
            Path b = Files.writeString(dir.resolve("b.md"), "y");
            Set<Path> next;
            do next = calls.poll(30, TimeUnit.SECONDS); while (next != null && !next.contains(b));
            assertTrue(next != null, "the watcher is still watching");
        }
    }

    /** Threads inside the server's request handler: an open page must not keep one there. */
    private static long threadsInHandler() {
        return Thread.getAllStackTraces().values().stream().filter(stack -> java.util.Arrays.stream(stack)
                .anyMatch(f -> f.getClassName().equals(DevServer.class.getName()) && f.getMethodName().equals("handle"))).count();
    }

    @Test
    void liveReloadStreamsHoldNoThreadAndReachEveryOpenPage(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("index.html"), "home");
        try (DevServer server = new DevServer(dir, 0, "/")) {
            server.start();
            List<EventStream> pages = new ArrayList<>();
            for (int i = 0; i < 30; i++) pages.add(new EventStream(server.port()));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (server.liveClients() < 30 && System.nanoTime() < deadline) Thread.sleep(10);
            assertEquals(30, server.liveClients());
            deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (threadsInHandler() > 0 && System.nanoTime() < deadline) Thread.sleep(10);
            assertEquals(0, threadsInHandler(), "a thread held per open page");
            assertEquals("200", get(server.port(), "/", "localhost")[0].split(" ")[1], "the server still answers");
            server.problems("chapters/a.md:1:1: error: x\n    hint: y");
            for (EventStream p : pages) assertEquals("event: problems\ndata: chapters/a.md:1:1: error: x\ndata:     hint: y\n", p.next());
            try (EventStream late = new EventStream(server.port())) {
                assertEquals("event: problems\ndata: chapters/a.md:1:1: error: x\ndata:     hint: y\n", late.next(),
                        "a page opened after the failure sees it too");
            }
            for (EventStream p : pages.subList(0, 10)) p.close();
            server.reload();
            for (EventStream p : pages.subList(10, 30)) assertEquals("event: reload\ndata: ok\n", p.next());
            deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (server.liveClients() > 20 && System.nanoTime() < deadline) {
                server.reload();
                Thread.sleep(20);
            }
            assertEquals(20, server.liveClients(), "closed pages are dropped");
            for (EventStream p : pages) p.close();
        }
    }
}
