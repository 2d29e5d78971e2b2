package dev.connector.websockets;

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
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;

/**
 * A real WebSocket client for tests (the JDK's): keeps every frame it receives, parsed, and how it was closed.
 * It reads as fast as frames come, answering pings as every client library does.
 */
public final class WsClient implements WebSocket.Listener, AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** How the server closed the socket. */
    record Closed(int code, String reason) {
    }

    private final List<JsonNode> frames = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Closed> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    /** Connects with the tokens as cookies, the way the reference describes; {@code query} may be empty. */
    public static WsClient withCookies(String baseUrl, ApiClient.Tokens tokens, String query) {
        return connect(HTTP, baseUrl, query, Map.of("Cookie",
                "ClientToken=" + tokens.clientToken() + "; AccessToken=" + tokens.accessToken()));
    }

    /** Connects with the tokens as query parameters (for clients that cannot set cookies). */
    static WsClient withQuery(String baseUrl, ApiClient.Tokens tokens, String extraQuery) {
        String query = "ClientToken=" + tokens.clientToken() + "&AccessToken=" + tokens.accessToken()
                + (extraQuery.isEmpty() ? "" : "&" + extraQuery);
        return connect(HTTP, baseUrl, query, Map.of());
    }

    static WsClient secure(SSLContext ssl, String baseUrl, ApiClient.Tokens tokens) {
        HttpClient client = HttpClient.newBuilder().sslContext(ssl).connectTimeout(Duration.ofSeconds(5)).build();
        return connect(client, baseUrl, "", Map.of("Cookie",
                "ClientToken=" + tokens.clientToken() + "; AccessToken=" + tokens.accessToken()));
    }

    private static WsClient connect(HttpClient http, String baseUrl, String query, Map<String, String> headers) {
        WsClient client = new WsClient();
        String url = baseUrl.replaceFirst("^http", "ws") + "/ws/connector" + (query.isEmpty() ? "" : "?" + query);
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        headers.forEach(builder::header);
        client.socket = builder.buildAsync(URI.create(url), client).orTimeout(10, TimeUnit.SECONDS).join();
        return client;
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        synchronized (partial) {
            partial.append(data);
            if (last) {
                try {
                    frames.add(JSON.readTree(partial.toString()));
                } catch (JsonProcessingException e) {
                    closed.completeExceptionally(e);
                }
                partial.setLength(0);
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

    List<JsonNode> frames() {
        return List.copyOf(frames);
    }

    /** Every event received so far, frame after frame. */
    public List<JsonNode> events() {
        List<JsonNode> events = new ArrayList<>();
        for (JsonNode frame : frames) {
            frame.get("Events").forEach(events::add);
        }
        return events;
    }

    public List<JsonNode> awaitEvents(int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> events().size() >= count);
        return events();
    }

    /** The Cursor of the last frame received. */
    String cursor() {
        List<JsonNode> received = frames();
        return received.get(received.size() - 1).get("Cursor").asText();
    }

    Closed awaitClosed() {
        return closed.orTimeout(20, TimeUnit.SECONDS).join();
    }

    boolean isClosed() {
        return closed.isDone();
    }

    void send(String text) {
        socket.sendText(text, true).join();
    }

    @Override
    public void close() {
        if (!closed.isDone()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(5, TimeUnit.SECONDS)
                    .exceptionally(error -> null).join();
            socket.abort();
        }
    }
}
