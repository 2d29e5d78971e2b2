package dev.connector.guestjourney;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connector.testing.ApiClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** A real WebSocket client of {@code /ws/connector}, authenticated with cookies, keeping every event. */
final class WsEvents implements WebSocket.Listener, AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    static WsEvents connect(String baseUrl, ApiClient.Tokens tokens) {
        WsEvents client = new WsEvents();
        client.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .header("Cookie", "ClientToken=" + tokens.clientToken() + "; AccessToken=" + tokens.accessToken())
                .buildAsync(URI.create(baseUrl.replaceFirst("^http", "ws") + "/ws/connector"), client)
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
        partial.append(data);
        if (last) {
            try {
                JSON.readTree(partial.toString()).path("Events").forEach(events::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    /** The states of the Reservation events received for the reservation, in order. */
    List<String> reservationStates(Object reservationId) {
        List<String> states = new ArrayList<>();
        for (JsonNode event : events) {
            if ("Reservation".equals(event.path("Type").asText())
                    && event.path("Id").asText().equals(reservationId.toString())) {
                states.add(event.path("State").asText());
            }
        }
        return states;
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null)
                .join();
    }
}
