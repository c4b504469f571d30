package cn.nianbao.frontend;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for the backend: a real HTTP server on a random loopback port answering with the JSON files under
 * {@code src/test/resources/api/}, so the tests go through the real {@code BackendClient}. One per test JVM.
 */
public final class BackendStub {

    /** "METHOD path?query" → payload file; what is not listed answers 404 with a problem detail. */
    private static final Map<String, String> ROUTES = Map.of(
            "GET /api/agencies", "agencies.json",
            "GET /api/analytics/new-requests?region=demo-city&kind=TOWNSHIP", "new-requests-township.json",
            "GET /api/analytics/new-requests?region=demo-city", "new-requests-all.json",
            "GET /api/reports?region=demo-city&year=2024", "reports-2024.json",
            "GET /api/reports/demo-city.t01/2023", "report-t01-2023.json");

    /** A document containing this text is one the stub's parser "cannot read". */
    public static final String UNPARSABLE = "这不是年报";

    private static final BackendStub SHARED = new BackendStub();

    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    private BackendStub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.setExecutor(Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "backend-stub");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    public static BackendStub shared() {
        return SHARED;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The requests answered so far, as "METHOD path?query". */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** A loopback URL where nothing listens: the port was free a moment ago. */
    public static String deadUrl() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        String key = exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
                + (query == null ? "" : "?" + query);
        requests.add(key);
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (key.equals("POST /api/parse")) {
            boolean unreadable = new String(body, StandardCharsets.UTF_8).contains(UNPARSABLE);
            send(exchange, unreadable ? 422 : 200, unreadable ? "problem-parse.json" : "parse-shizui-zhen.json");
        } else if (ROUTES.containsKey(key)) {
            send(exchange, 200, ROUTES.get(key));
        } else {
            send(exchange, 404, "problem-report-not-found.json");
        }
    }

    private static void send(HttpExchange exchange, int status, String payload) throws IOException {
        byte[] bytes = TestData.bytes(payload);
        exchange.getResponseHeaders().set("Content-Type",
                status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
