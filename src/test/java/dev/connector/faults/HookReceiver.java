package dev.connector.faults;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A real webhook receiver on 127.0.0.1 that answers 200 and keeps, in arrival order, what each request carried. */
final class HookReceiver implements AutoCloseable {

    /** One request: its path, its webhook-id header and its body. */
    record Hook(String path, String webhookId, String body) {
    }

    private final HttpServer server;
    private final List<Hook> hooks = new CopyOnWriteArrayList<>();

    private HookReceiver(HttpServer server) {
        this.server = server;
    }

    static HookReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            HookReceiver receiver = new HookReceiver(server);
            server.createContext("/", receiver::handle);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** What arrived at {@code path}, in arrival order. */
    List<Hook> at(String path) {
        return hooks.stream().filter(hook -> hook.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            hooks.add(new Hook(exchange.getRequestURI().getPath(), exchange.getRequestHeaders().getFirst("webhook-id"),
                    body));
            exchange.sendResponseHeaders(200, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
