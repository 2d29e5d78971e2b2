package dev.connector.guestjourney;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A real General Webhooks endpoint on 127.0.0.1 that keeps every event it receives. Thread-safe. */
final class WebhookSink implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One event as delivered: its discriminator and the entity id. */
    record Event(String discriminator, String id) {
    }

    private final HttpServer server;
    private final List<Event> events = new CopyOnWriteArrayList<>();

    private WebhookSink(HttpServer server) {
        this.server = server;
    }

    static WebhookSink start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            WebhookSink sink = new WebhookSink(server);
            server.createContext("/hooks", exchange -> {
                JsonNode body = JSON.readTree(exchange.getRequestBody());
                body.path("Events").forEach(event -> sink.events.add(new Event(event.path("Discriminator").asText(),
                        event.path("Value").path("Id").asText())));
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.setExecutor(Executors.newFixedThreadPool(2));
            server.start();
            return sink;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    /** The discriminators delivered for the entity so far, in order of arrival. */
    List<String> eventsOf(Object entityId) {
        return eventsOf(entityId, 0);
    }

    /** How many events have arrived so far: a mark for {@link #eventsOf(Object, int)}. */
    int mark() {
        return events.size();
    }

    /** The discriminators delivered for the entity after {@code mark}, in order of arrival. */
    List<String> eventsOf(Object entityId, int mark) {
        List<String> found = new ArrayList<>();
        List<Event> arrived = List.copyOf(events);
        for (Event event : arrived.subList(Math.min(mark, arrived.size()), arrived.size())) {
            if (event.id().equals(entityId.toString())) {
                found.add(event.discriminator());
            }
        }
        return found;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
