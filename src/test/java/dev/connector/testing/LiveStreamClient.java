package dev.connector.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A Server-Sent Events client for {@code GET /admin/v1/live}, reading on its own thread the way a browser's
 * EventSource does: every event it receives is kept with its name, id and parsed data. Close it to disconnect.
 */
public final class LiveStreamClient implements AutoCloseable {

    /** One SSE event: {@code event:} name, {@code id:} (null when absent) and the {@code data:} as JSON. */
    public record Received(String name, String id, JsonNode data) {
    }

    private final HttpResponse<Stream<String>> response;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Thread reader;
    private volatile boolean ended;

    private LiveStreamClient(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.reader = Thread.ofVirtual().start(this::read);
    }

    /** Opens the stream with the admin token as {@code ?token=} (as an EventSource would) and the given query. */
    public static LiveStreamClient open(String baseUrl, String query) {
        String separator = query.isEmpty() ? "" : "&";
        return connect(HttpRequest.newBuilder(URI.create(baseUrl + "/admin/v1/live?token="
                + RunningConnector.ADMIN_TOKEN + separator + query)));
    }

    /** Opens the stream and waits for its {@code Subscribed} event, after which every new happening is seen. */
    public static LiveStreamClient subscribed(String baseUrl, String query) {
        LiveStreamClient client = open(baseUrl, query);
        if (client.status() != 200) {
            throw new AssertionError("The live stream answered " + client.status());
        }
        client.await(event -> event.name().equals("Subscribed"));
        return client;
    }

    private static LiveStreamClient connect(HttpRequest.Builder request) {
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            return new LiveStreamClient(http.send(request.header("Accept", "text/event-stream").build(),
                    HttpResponse.BodyHandlers.ofLines()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int status() {
        return response.statusCode();
    }

    public String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private void read() {
        String name = null;
        String id = null;
        StringBuilder data = new StringBuilder();
        try (Stream<String> lines = response.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (name != null || !data.isEmpty()) {
                        JsonNode json = data.isEmpty() ? null : ApiClient.JSON.readTree(data.toString());
                        received.add(new Received(name == null ? "message" : name, id, json));
                    }
                    name = null;
                    id = null;
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).trim();
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).trim();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).trim());
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // The stream was closed (by the test or the server).
        } finally {
            ended = true;
        }
    }

    public List<Received> received() {
        return new ArrayList<>(received);
    }

    /** Waits until an event matching {@code condition} arrives (up to 20 s) and returns the first such one. */
    public Received await(Predicate<Received> condition) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> received.stream().anyMatch(condition));
        return received.stream().filter(condition).findFirst().orElseThrow();
    }

    /** True once the server ended the stream. */
    public boolean ended() {
        return ended;
    }

    @Override
    public void close() {
        response.body().close();
        reader.interrupt();
    }
}
