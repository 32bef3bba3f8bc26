package org.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.handbook.serve.DevServer;
import org.handbook.serve.Watcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dev server's guards: loopback only, localhost only, nothing outside the site. */
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
    void refusesRequestsForOtherHostNames(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("index.html"), "home");
        try (DevServer server = new DevServer(dir, 0, "/")) {
            server.start();
            int port = server.port();
            assertTrue(get(port, "/", "evil.example:" + port)[0].contains("403"), "DNS rebinding guard");
            assertTrue(get(port, "/", "localhost.evil.example")[0].contains("403"));
            assertTrue(get(port, "/", "[::1]:" + port)[0].contains("200"));
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
    void watcherCallsBackOncePerBurstOfChanges(@TempDir Path dir) throws Exception {
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        Files.createDirectories(dir.resolve("chapters"));
        try (Watcher w = new Watcher(java.util.List.of(dir), calls::incrementAndGet)) {
            w.start();
            Thread.sleep(200);
            for (int i = 0; i < 5; i++) Files.writeString(dir.resolve("chapters/c" + i + ".md"), "x");
            long deadline = System.currentTimeMillis() + 10_000;
            while (calls.get() == 0 && System.currentTimeMillis() < deadline) Thread.sleep(50);
            Thread.sleep(600);
            assertTrue(calls.get() >= 1 && calls.get() <= 2, "one rebuild per burst, got " + calls.get());
            Files.createDirectories(dir.resolve("chapters/new"));
            Thread.sleep(400);
            int before = calls.get();
            Files.writeString(dir.resolve("chapters/new/deep.md"), "y");
            deadline = System.currentTimeMillis() + 10_000;
            while (calls.get() == before && System.currentTimeMillis() < deadline) Thread.sleep(50);
            assertTrue(calls.get() > before, "a folder created later is watched too");
        }
    }

}
