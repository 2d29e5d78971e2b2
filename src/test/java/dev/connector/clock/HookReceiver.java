package dev.connector.clock;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.connector.testing.ApiClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real HTTP receiver of General Webhooks on a random local port: it answers 200 and keeps every event it got. */
final class HookReceiver implements AutoCloseable {

    /** One event of a webhook message. */
    record Event(String discriminator, String id) {
    }

    private final HttpServer server;
    private final List<Event> events = new CopyOnWriteArrayList<>();

    private HookReceiver(HttpServer server) {
        this.server = server;
    }

    static HookReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            HookReceiver receiver = new HookReceiver(server);
            server.createContext("/hooks", exchange -> {
                JsonNode message = ApiClient.JSON.readTree(exchange.getRequestBody().readAllBytes());
                List<Event> got = new ArrayList<>();
                for (JsonNode event : message.path("Events")) {
                    got.add(new Event(event.path("Discriminator").asText(), event.path("Value").path("Id").asText()));
                }
                receiver.events.addAll(got);
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    boolean got(String discriminator, String id) {
        return events.contains(new Event(discriminator, id));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
