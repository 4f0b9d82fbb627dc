package mjc.compiler.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP server on 127.0.0.1 for the examples and the tests of webread and fetch:
 * <ul>
 * <li>{@code /item/N} - JSON {"id": N, "name": "item N", "price": N*1.5} after the default delay
 *     (or {@code ?delay=MS});</li>
 * <li>{@code /text} - plain text; {@code /slow?ms=MS} - plain text after MS;</li>
 * <li>{@code /status/CODE} - that status; {@code /bad-json} - JSON content type, malformed body.</li>
 * </ul>
 */
public final class DemoServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService pool;
    private final long defaultDelayMs;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger abandoned = new AtomicInteger();

    public DemoServer(int port, long defaultDelayMs) throws IOException {
        this.defaultDelayMs = defaultDelayMs;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
        pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "demo-server");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    /** Requests received so far. */
    public int requests() {
        return requests.get();
    }

    /** Requests being handled now (a cancelled client's request ends when its delay does). */
    public int inFlight() {
        return inFlight.get();
    }

    /** Responses that could not be written because the client had gone (a cancelled fetch). */
    public int abandoned() {
        return abandoned.get();
    }

    private void handle(HttpExchange ex) throws IOException {
        requests.incrementAndGet();
        inFlight.incrementAndGet();
        try {
            URI uri = ex.getRequestURI();
            String path = uri.getPath();
            String query = uri.getQuery() == null ? "" : uri.getQuery();
            if (path.startsWith("/item/")) {
                sleep(param(query, "delay", defaultDelayMs));
                String id = path.substring("/item/".length());
                long n = Long.parseLong(id.replaceAll("[^0-9]", "").isEmpty() ? "0" : id.replaceAll("[^0-9]", ""));
                send(ex, 200, "application/json", "{\"id\": " + n + ", \"name\": \"item " + n + "\", \"price\": "
                    + (n * 1.5) + "}");
            } else if (path.equals("/text")) {
                send(ex, 200, "text/plain; charset=utf-8", "hello from the demo server");
            } else if (path.equals("/slow")) {
                sleep(param(query, "ms", 5000));
                send(ex, 200, "text/plain", "finally");
            } else if (path.startsWith("/status/")) {
                int code = Integer.parseInt(path.substring("/status/".length()));
                send(ex, code, "text/plain", "status " + code);
            } else if (path.equals("/bad-json")) {
                send(ex, 200, "application/json", "{\"a\": [1, 2");
            } else if (path.equals("/echo-header")) {
                String v = ex.getRequestHeaders().getFirst("X-Demo");
                send(ex, 200, "text/plain", v == null ? "" : v);
            } else {
                send(ex, 404, "text/plain", "no such page");
            }
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private static long param(String query, String name, long dflt) {
        for (String kv : query.split("&")) {
            if (kv.startsWith(name + "=")) {
                return Long.parseLong(kv.substring(name.length() + 1));
            }
        }
        return dflt;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void send(HttpExchange ex, int status, String type, String body) {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        try {
            ex.getResponseHeaders().set("Content-Type", type);
            ex.sendResponseHeaders(status, b.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(b);
            }
        } catch (IOException e) {
            abandoned.incrementAndGet();
        } finally {
            ex.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
