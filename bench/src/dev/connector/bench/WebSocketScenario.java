package dev.connector.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * WebSockets: many open sockets (half portfolio, half single-enterprise tokens) while resources/update commits
 * events at a fixed rate; commit-to-frame from the outbox commit time to the client's clock, on a sample of
 * sockets. The ceiling is a bare Javalin WebSocket push on the same machine.
 */
final class WebSocketScenario implements Scenario {

    private static final int SAMPLED = 200;

    @Override
    public String name() {
        return "websockets";
    }

    @Override
    public List<Section> run(Settings settings) throws Exception {
        Section section = new Section(name(), "WebSockets: commit-to-frame with many open sockets over 100 hotels, 500 events/s");
        int seconds = settings.seconds(30, 8);
        List<Integer> socketCounts = settings.quick() ? List.of(1000) : List.of(1000, 10000);
        for (String kind : List.of("sqlite", "postgresql")) {
            if (kind.equals("postgresql") && !Store.postgresqlReachable()) {
                section.note("PostgreSQL unreachable: skipped.");
                continue;
            }
            for (int sockets : socketCounts) {
                try (Store store = Store.of(kind)) {
                    measure(section, kind, sockets, seconds, store, settings);
                }
            }
        }
        for (int sockets : socketCounts) {
            bare(section, sockets, seconds);
        }
        section.note("Target: commit-to-frame p99 < 20 ms with 10,000 sockets. The clients run in the benchmark's JVM on the same 2 cores.");
        return List.of(section);
    }

    private static void measure(Section section, String kind, int sockets, int seconds, Store store, Settings settings) throws Exception {
        var data = settings.scratch().resolve("ws-" + kind + "-" + sockets);
        try (ServerProcess server = ServerProcess.start(data, store, ServerProcess.freePort(), List.of())) {
            server.awaitHealthy(Duration.ofSeconds(60));
            BenchClient client = new BenchClient(server.baseUrl());
            List<Hotel> hotels = hotels(client);
            gc(server.pid());
            double heapBefore = Metrics.heapMiB(client);
            HttpClient http = HttpClient.newHttpClient();
            Map<Long, Long> frameReceipts = new ConcurrentHashMap<>();
            AtomicLong frames = new AtomicLong();
            List<WebSocket> open = new ArrayList<>();
            for (int i = 0; i < sockets; i++) {
                // One socket in ten uses the portfolio token (both demo hotels); the rest watch one hotel each.
                String token = i % 10 == 0 ? BenchClient.PORTFOLIO_ACCESS_TOKEN : hotels.get(i % hotels.size()).accessToken();
                boolean sampled = i % 10 == 1 && i / 10 < SAMPLED;
                open.add(http.newWebSocketBuilder()
                        .header("Cookie", "ClientToken=" + BenchClient.CLIENT_TOKEN + "; AccessToken=" + token)
                        .buildAsync(URI.create(server.baseUrl().replace("http", "ws") + "/ws/connector"),
                                new Listener(sampled, frameReceipts, frames))
                        .get(30, TimeUnit.SECONDS));
            }
            gc(server.pid());
            double heapAfter = Metrics.heapMiB(client);
            LoadGenerator.Outcome load = LoadGenerator.run(server.baseUrl(), "resources/update",
                    n -> roomUpdate(hotels.get((int) (n % hotels.size())), n), 500, seconds, 32);
            ServerProcess.sleep(2000);
            Map<Long, Long> commits = positions(store, data);
            Latencies latency = new Latencies();
            frameReceipts.forEach((position, receipt) -> {
                Long commit = commits.get(position);
                if (commit != null) {
                    latency.recordMicros(receipt - commit);
                }
            });
            open.forEach(WebSocket::abort);
            var row = section.row();
            row.put("server", "connector/" + kind);
            row.put("sockets", sockets);
            row.put("hotels", hotels.size());
            row.put("events_per_s", Math.round(load.ok() / load.seconds()));
            row.putAll(latency.summary("commit_to_frame"));
            row.put("frames_received", frames.get());
            row.put("heap_per_socket_kib", Math.round((heapAfter - heapBefore) * 1024 / sockets * 10) / 10.0);
        }
    }

    private static void bare(Section section, int sockets, int seconds) throws Exception {
        try (BareProcess bare = BareProcess.start("ws", null)) {
            HttpClient http = HttpClient.newHttpClient();
            Map<Long, Long> receipts = new ConcurrentHashMap<>();
            AtomicLong frames = new AtomicLong();
            List<WebSocket> open = new ArrayList<>();
            for (int i = 0; i < sockets; i++) {
                open.add(http.newWebSocketBuilder()
                        .buildAsync(URI.create("ws://127.0.0.1:" + bare.port + "/ws?group=" + (i % HOTELS)),
                                new Listener(i % 10 == 1 && i / 10 < SAMPLED, receipts, frames))
                        .get(30, TimeUnit.SECONDS));
            }
            Map<Long, Long> sent = new ConcurrentHashMap<>();
            long started = System.nanoTime();
            long n = 0;
            while (System.nanoTime() - started < seconds * 1_000_000_000L) {
                long due = (long) ((System.nanoTime() - started) / 1e9 * 500);
                while (n < due) {
                    String frame = "{\"Events\":[{\"Type\":\"Resource\",\"Id\":\"00000000-0000-0000-0000-000000000001\",\"State\":\"Dirty\"}],\"Cursor\":\"" + n + "\"}";
                    sent.put(n, Receiver.micros(Instant.now()));
                    http.sendAsync(HttpRequest.newBuilder(URI.create(bare.url("/push?group=" + (n % HOTELS)))).POST(HttpRequest.BodyPublishers.ofString(frame)).build(),
                            HttpResponse.BodyHandlers.discarding());
                    n++;
                }
                ServerProcess.sleep(1);
            }
            ServerProcess.sleep(2000);
            Latencies latency = new Latencies();
            receipts.forEach((position, receipt) -> {
                Long at = sent.get(position);
                if (at != null) {
                    latency.recordMicros(receipt - at);
                }
            });
            open.forEach(WebSocket::abort);
            var row = section.row();
            row.put("server", "bare javalin push");
            row.put("sockets", sockets);
            row.put("hotels", HOTELS);
            row.put("events_per_s", Math.round(n / (double) seconds));
            row.putAll(latency.summary("commit_to_frame"));
            row.put("frames_received", frames.get());
        }
    }

    /** Keeps the receipt time of each frame's cursor on sampled sockets; counts frames on all. */
    private record Listener(boolean sampled, Map<Long, Long> receipts, AtomicLong frames) implements WebSocket.Listener {
        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            frames.incrementAndGet();
            if (sampled) {
                long now = Receiver.micros(Instant.now());
                try {
                    JsonNode frame = BenchClient.JSON.readTree(data.toString());
                    long position = Long.parseLong(frame.path("Cursor").asText());
                    receipts.putIfAbsent(position, now);
                } catch (Exception e) {
                    // A frame without a numeric cursor is counted but not timed.
                }
            }
            socket.request(1);
            return null;
        }
    }

    /** A hotel the load writes to: its token and one of its rooms. */
    private record Hotel(String accessToken, String roomId) {
    }

    private static final int HOTELS = 100;
    private static final String FIRST_APPLICATION_ID = "812934a7-b9bd-3e44-a1fa-ceedefce7d6d";

    /**
     * The UK demo hotel and {@value #HOTELS} more created through the admin API, each with its own integration of the
     * first demo application, so that sockets spread over hotels as they would on a real platform.
     */
    private static List<Hotel> hotels(BenchClient client) {
        List<Hotel> hotels = new ArrayList<>();
        hotels.add(new Hotel(BenchClient.UK_ACCESS_TOKEN, firstRoom(client, BenchClient.UK_ACCESS_TOKEN)));
        for (int i = 1; i < HOTELS; i++) {
            ObjectNode enterprise = BenchClient.JSON.createObjectNode();
            enterprise.put("Name", "Bench Hotel " + i).put("CurrencyCode", "EUR").put("TimeZoneIdentifier", "Europe/Berlin")
                    .put("PricingMode", "Gross").put("CountryCode", "DE");
            String enterpriseId = client.admin("POST", "/admin/v1/enterprises", enterprise).path("Id").asText();
            ObjectNode integration = BenchClient.JSON.createObjectNode();
            integration.put("ApplicationId", FIRST_APPLICATION_ID).put("Name", "Bench link " + i);
            integration.putArray("EnterpriseIds").add(enterpriseId);
            String token = client.admin("POST", "/admin/v1/integrations", integration).path("AccessToken").asText();
            hotels.add(new Hotel(token, firstRoom(client, token)));
        }
        return hotels;
    }

    private static String firstRoom(BenchClient client, String accessToken) {
        ObjectNode body = BenchClient.body(accessToken);
        body.putObject("Limitation").put("Count", 1);
        return client.operation("resources/getAll", body).path("Resources").path(0).path("Id").asText();
    }

    private static ObjectNode roomUpdate(Hotel hotel, long n) {
        ObjectNode body = BenchClient.body(hotel.accessToken());
        ObjectNode update = body.putArray("ResourceUpdates").addObject();
        update.put("ResourceId", hotel.roomId());
        update.putObject("State").put("Value", (n / HOTELS) % 2 == 0 ? "Dirty" : "Clean");
        return body;
    }

    private static Map<Long, Long> positions(Store store, java.nio.file.Path data) throws Exception {
        String url = store.databaseUrl() != null ? store.databaseUrl() : "jdbc:sqlite:" + data.resolve("connector.db").toAbsolutePath();
        Map<Long, Long> commits = new java.util.HashMap<>();
        try (var connection = java.sql.DriverManager.getConnection(url); var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT position, created_utc FROM events")) {
            while (rows.next()) {
                commits.put(rows.getLong(1), rows.getLong(2) * 1000L);
            }
        }
        return commits;
    }

    private static void gc(long pid) {
        try {
            new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(pid), "GC.run").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor();
        } catch (Exception e) {
            // Without a GC the per-socket figure is noisier, not wrong.
        }
    }

    static CompletableFuture<Void> done() {
        return CompletableFuture.completedFuture(null);
    }
}
