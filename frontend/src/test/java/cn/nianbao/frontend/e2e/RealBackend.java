package cn.nianbao.frontend.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;

import cn.nianbao.frontend.backend.BackendJson;
import tools.jackson.databind.JsonNode;

/**
 * The product's backend as a user gets it: the real backend jar in its own process, with its embedded PostgreSQL in a
 * temporary directory and the demo profile (the demo data and one user per role, password {@value #DEMO_PASSWORD}).
 * The browser tests start one per class and ask it straight for the figures the page must show.
 */
final class RealBackend {

    static final String DEMO_PASSWORD = "nianbao-demo";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Process process;
    private final Path directory;
    private final int port;
    private final HttpClient client = HttpClient.newHttpClient();

    private RealBackend(Process process, Path directory, int port) {
        this.process = process;
        this.directory = directory;
        this.port = port;
    }

    /** Starts the jar built by the backend module (or {@code -Dnianbao.backend.jar}) and waits until it is ready. */
    static RealBackend start(String maxHeap) throws Exception {
        Path jar = Path.of(System.getProperty("nianbao.backend.jar", "../backend/target/backend.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("the backend jar is missing at " + jar.toAbsolutePath()
                    + ": build the whole project (./test.sh or ./mvnw verify) so that it exists");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path directory = Files.createTempDirectory("nianbao-e2e-");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap, "-jar", jar.toString(), "--server.port=" + port, "--nianbao.database.url=",
                "--nianbao.database.embedded.data-dir=" + directory.resolve("data"), "--spring.profiles.active=demo")
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("backend.log").toFile())
                .start();
        RealBackend backend = new RealBackend(process, directory, port);
        backend.waitUntilReady();
        return backend;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** A directory of this backend's that goes with it, for what a test writes (an archive to upload). */
    Path directory() {
        return directory;
    }

    /** A GET as a demo user, straight at the backend; anything but 200 fails the test. */
    JsonNode get(String username, String path) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(url() + path))
                .header("Authorization", "Bearer " + token(username)).build());
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return BackendJson.MAPPER.readTree(answer.body());
    }

    /** A POST with no body as a demo user; anything but 200 fails the test. */
    void post(String username, String path) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(url() + path))
                .header("Authorization", "Bearer " + token(username))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
    }

    void stop() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

    /** Stops the backend and deletes its database and log. */
    void stopAndForget() throws Exception {
        stop();
        try (var paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private String token(String username) {
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(url() + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\""
                        + DEMO_PASSWORD + "\"}"))
                .build());
        assertThat(login.statusCode()).as("sign-in of " + username).isEqualTo(200);
        return BackendJson.MAPPER.readTree(login.body()).get("token").asString();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void waitUntilReady() throws Exception {
        URI health = URI.create(url() + "/actuator/health/readiness");
        HttpClient probe = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the backend stopped while starting:\n"
                        + Files.readString(directory.resolve("backend.log")));
            }
            try {
                if (probe.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        stop();
        throw new IllegalStateException("the backend was not ready within " + START_TIMEOUT.toMinutes() + " minutes");
    }
}
