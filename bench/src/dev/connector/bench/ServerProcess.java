package dev.connector.bench;

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
import java.util.ArrayList;
import java.util.List;

/** The real server as a separate process ({@code java -jar target/connector.jar serve}), on 127.0.0.1 only. */
final class ServerProcess implements AutoCloseable {

    static final String ADMIN_TOKEN = "bench-admin-token-0123456789";

    private final Process process;
    private final int port;
    private final long startedNanos;

    private ServerProcess(Process process, int port, long startedNanos) {
        this.process = process;
        this.port = port;
        this.startedNanos = startedNanos;
    }

    static ServerProcess start(Path dataDir, Store store, int port, List<String> extra) {
        // Exactly what users run; the launcher execs java, so the process is the server itself.
        List<String> command = new ArrayList<>(List.of("./connector", "serve",
                "--host", "127.0.0.1", "--port", Integer.toString(port), "--data", dataDir.toString(),
                "--admin-token", ADMIN_TOKEN, "--rate-limit", "off"));
        if (store.databaseUrl() != null) {
            command.add("--database-url");
            command.add(store.databaseUrl());
        }
        command.addAll(extra);
        try {
            Files.createDirectories(dataDir);
            Path log = dataDir.resolve("server.log");
            long started = System.nanoTime();
            ProcessBuilder builder = new ProcessBuilder(command);
            String options = "-Xmx2g";
            String profiles = System.getenv("BENCH_JFR");
            if (profiles != null && !profiles.isBlank()) {
                Path recording = Path.of(profiles).toAbsolutePath().resolve(dataDir.getFileName() + "-" + started + ".jfr");
                Files.createDirectories(recording.getParent());
                options += " -XX:StartFlightRecording=settings=profile,filename=" + recording;
            }
            builder.environment().put("CONNECTOR_JAVA_OPTS", options);
            Process process = builder
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            return new ServerProcess(process, port, started);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the first 200 on /health and returns the milliseconds since the process was started. */
    double awaitHealthy(Duration timeout) {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server exited with " + process.exitValue() + " before it was healthy");
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/health"))
                        .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return (System.nanoTime() - startedNanos) / 1_000_000.0;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(5);
        }
        throw new IllegalStateException("The server was not healthy within " + timeout);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hook runs. */
    void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            waitForExit();
        }
    }

    private void waitForExit() {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
