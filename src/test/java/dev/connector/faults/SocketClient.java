package dev.connector.faults;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connector.testing.ApiClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** A real WebSocket client (the JDK's) that keeps the frames it gets and how the server closed it. */
final class SocketClient implements WebSocket.Listener, AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The close frame the server sent. */
    record Closed(int code, String reason) {
    }

    private final List<JsonNode> frames = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Closed> closed = new CompletableFuture<>();
    private final StringBuilder text = new StringBuilder();
    private WebSocket socket;

    /** Connects with the tokens as cookies, resuming after {@code cursor} unless it is null. */
    static SocketClient connect(String baseUrl, ApiClient.Tokens tokens, String cursor) {
        SocketClient client = new SocketClient();
        String url = baseUrl.replaceFirst("^http", "ws") + "/ws/connector" + (cursor == null ? "" : "?Cursor=" + cursor);
        client.socket = HTTP.newWebSocketBuilder()
                .header("Cookie", "ClientToken=" + tokens.clientToken() + "; AccessToken=" + tokens.accessToken())
                .buildAsync(URI.create(url), client)
                .orTimeout(10, TimeUnit.SECONDS)
                .join();
        return client;
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        synchronized (text) {
            text.append(data);
            if (last) {
                try {
                    frames.add(JSON.readTree(text.toString()));
                } catch (JsonProcessingException e) {
                    closed.completeExceptionally(e);
                }
                text.setLength(0);
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(new Closed(statusCode, reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(new Closed(1006, String.valueOf(error)));
    }

    /** The ids of the events received so far, in order. */
    List<String> eventIds() {
        List<String> ids = new ArrayList<>();
        for (JsonNode frame : frames) {
            frame.get("Events").forEach(event -> ids.add(event.get("Id").asText()));
        }
        return ids;
    }

    List<String> awaitEventIds(int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> eventIds().size() >= count);
        return eventIds();
    }

    String lastCursor() {
        return frames.get(frames.size() - 1).get("Cursor").asText();
    }

    Closed awaitClosed() {
        return closed.orTimeout(20, TimeUnit.SECONDS).join();
    }

    boolean isClosed() {
        return closed.isDone();
    }

    @Override
    public void close() {
        if (!closed.isDone()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(5, TimeUnit.SECONDS)
                    .exceptionally(error -> null).join();
            socket.abort();
        }
    }
}
