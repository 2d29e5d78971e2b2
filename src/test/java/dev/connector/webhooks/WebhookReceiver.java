package dev.connector.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real webhook receiver on 127.0.0.1 for tests: records every request and answers as told per path (200 unless
 * a {@link Responder} says otherwise). Thread-safe.
 */
public final class WebhookReceiver implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as it arrived. Header names are lowercase. */
    public record Received(String method, String path, String query, Map<String, String> headers, String body, long receivedNanos) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** An answer: a status, after a delay, with an optional Location header. */
    record Answer(int status, Duration delay, String location) {

        static Answer status(int status) {
            return new Answer(status, Duration.ZERO, null);
        }

        static Answer redirect(int status, String location) {
            return new Answer(status, Duration.ZERO, location);
        }

        static Answer slow(int status, Duration delay) {
            return new Answer(status, delay, null);
        }
    }

    /** Decides the answer to the {@code number}-th request (1-based) to one path. */
    @FunctionalInterface
    interface Responder {
        Answer answer(int number, Received request);
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Responder> responders = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Map<String, AtomicInteger> inFlightByPath = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> mostInFlightByPath = new ConcurrentHashMap<>();

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    public static WebhookReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
            WebhookReceiver receiver = new WebhookReceiver(server);
            server.createContext("/", receiver::handle);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address of {@code path} on this receiver, e.g. {@code url("/hooks")}. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void answer(String path, Responder responder) {
        responders.put(path, responder);
    }

    public List<Received> received(String path) {
        return received.stream().filter(request -> request.path().equals(path)).toList();
    }

    public List<Received> all() {
        return new ArrayList<>(received);
    }

    int inFlight() {
        return inFlight.get();
    }

    /** The most requests to {@code path} that were being answered at the same time. */
    int mostInFlight(String path) {
        return mostInFlightByPath.getOrDefault(path, new AtomicInteger()).get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        inFlight.incrementAndGet();
        String requestPath = exchange.getRequestURI().getPath();
        int concurrent = inFlightByPath.computeIfAbsent(requestPath, p -> new AtomicInteger()).incrementAndGet();
        mostInFlightByPath.computeIfAbsent(requestPath, p -> new AtomicInteger()).accumulateAndGet(concurrent, Math::max);
        boolean answered = false;
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) ->
                    headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
            String path = exchange.getRequestURI().getPath();
            Received request = new Received(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(), headers,
                    new String(body, StandardCharsets.UTF_8), System.nanoTime());
            received.add(request);
            int number = counts.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            Answer answer = responders.getOrDefault(path, (n, r) -> Answer.status(200)).answer(number, request);
            if (!answer.delay().isZero()) {
                try {
                    Thread.sleep(answer.delay());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (answer.location() != null) {
                exchange.getResponseHeaders().add("Location", answer.location());
            }
            // No longer in flight once the answer leaves: the sender may start its next request as soon as it reads
            // the answer, before this thread gets past sendResponseHeaders.
            answered = true;
            inFlightByPath.get(requestPath).decrementAndGet();
            inFlight.decrementAndGet();
            exchange.sendResponseHeaders(answer.status(), -1);
        } finally {
            if (!answered) {
                inFlightByPath.get(requestPath).decrementAndGet();
                inFlight.decrementAndGet();
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
