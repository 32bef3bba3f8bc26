package org.handbook;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** An open live-reload stream of the dev server, its events read by a thread of its own. */
public final class EventStream implements AutoCloseable {
    private final Socket socket;
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    public EventStream(int port) throws Exception {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.getOutputStream().write(("GET /__livereload HTTP/1.1\r\nHost: localhost:" + port + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        Thread t = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
                StringBuilder event = new StringBuilder();
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("event: ") || line.startsWith("data: ")) event.append(line).append('\n');
                    else if (line.isEmpty() && event.length() > 0) {
                        events.add(event.toString());
                        event.setLength(0);
                    }
                }
            } catch (IOException closed) {
                // the test closed it
            }
        }, "test-sse");
        t.setDaemon(true);
        t.start();
    }

    /** The next event (its "event:" and "data:" lines) within 60 seconds. */
public String next() throws InterruptedException {
        String e = events.poll(60, TimeUnit.SECONDS);
        if (e == null) throw new AssertionError("no event within 60 s");
        return e;
    }

    /** The first event from now on that contains {@code text}, skipping others (a change saved in two steps builds twice). */
    public String await(String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        List<String> skipped = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            String e = events.poll(1, TimeUnit.SECONDS);
            if (e == null) continue;
            if (e.contains(text)) return e;
            skipped.add(e);
        }
        throw new AssertionError("no event with '" + text + "' within 120 s; got " + skipped);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
