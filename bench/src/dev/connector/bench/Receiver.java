package dev.connector.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/** A webhook receiver on 127.0.0.1 that notes when each event id first arrives, and how often. Thread-safe. */
final class Receiver implements AutoCloseable {

    private final HttpServer server;
    final Map<String, Long> firstReceiptMicros = new ConcurrentHashMap<>();
    /** Receipts per integration and event, to count duplicates (the same event for two integrations is not one). */
    final Map<String, Integer> receipts = new ConcurrentHashMap<>();
    final AtomicLong messages = new AtomicLong();
    final AtomicLong events = new AtomicLong();
    /** While held, requests wait here before they are answered (so that a backlog builds up). */
    private volatile CountDownLatch gate = new CountDownLatch(0);

    Receiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            long now = micros(Instant.now());
            try {
                JsonNode message = BenchClient.JSON.readTree(body);
                messages.incrementAndGet();
                String integration = message.path("IntegrationId").asText();
                for (JsonNode event : message.path("Events")) {
                    String key = event.path("Discriminator").asText() + "/" + event.path("Value").path("Id").asText();
                    events.incrementAndGet();
                    firstReceiptMicros.putIfAbsent(key, now);
                    receipts.merge(integration + "/" + key, 1, Integer::sum);
                }
            } catch (IOException e) {
                // A body we cannot read still gets a 200: the point here is timing, not validation.
            }
            exchange.sendResponseHeaders(200, -1);
            try (OutputStream out = exchange.getResponseBody()) {
                out.flush();
            }
        });
        server.start();
    }

    /** Makes requests wait until {@link #release()}. */
    void hold() {
        gate = new CountDownLatch(1);
    }

    void release() {
        gate.countDown();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    static long micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
