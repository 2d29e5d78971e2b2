package dev.connector.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * API Operations throughput: 100-item pages of customers/getAll and reservations/getAll/2023-06-06 at rising
 * concurrency (wrk), against a bare Javalin handler returning the same bytes (the ceiling).
 */
final class ApiScenario implements Scenario {

    private static final List<Integer> CONCURRENCY = List.of(1, 8, 32, 64);

    @Override
    public String name() {
        return "api";
    }

    @Override
    public List<Section> run(Settings settings) throws Exception {
        Section section = new Section(name(), "API Operations: 100-item pages, requests/s and latency (wrk, keep-alive)");
        if (!Wrk.available()) {
            section.note("wrk is not installed and could not be installed: nothing measured.");
            return List.of(section);
        }
        int seconds = settings.seconds(5, 3);
        for (String kind : settings.stores(section)) {
            try (Store store = Store.of(kind);
                 ServerProcess server = ServerProcess.start(settings.scratch().resolve("api-" + kind), store,
                         ServerProcess.freePort(), List.of())) {
                server.awaitHealthy(Duration.ofSeconds(60));
                BenchClient client = new BenchClient(server.baseUrl());
                seedCustomers(client, 150);
                for (Map.Entry<String, ObjectNode> operation : operations().entrySet()) {
                    String expected = client.operationBytes(operation.getKey(), operation.getValue());
                    Path file = Files.createTempFile(settings.scratch(), "bare-", ".json");
                    Files.writeString(file, expected);
                    try (BareProcess bare = BareProcess.start("http", file)) {
                        for (int connections : CONCURRENCY) {
                            Map<String, Object> ours = Wrk.post(server.baseUrl() + "/api/connector/v1/" + operation.getKey(),
                                    operation.getValue().toString(), connections, seconds);
                            Map<String, Object> ceiling = Wrk.post(bare.url("/api/connector/v1/" + operation.getKey()),
                                    operation.getValue().toString(), connections, seconds);
                            var row = section.row();
                            row.put("store", kind);
                            row.put("operation", operation.getKey());
                            row.put("concurrency", connections);
                            row.put("page_bytes", expected.length());
                            row.put("req_per_s", ours.get("requests_per_s"));
                            row.put("p50_ms", ours.get("p50_ms"));
                            row.put("p95_ms", ours.get("p95_ms"));
                            row.put("p99_ms", ours.get("p99_ms"));
                            row.put("max_ms", ours.get("max_ms"));
                            row.put("errors", ours.get("errors"));
                            row.put("bare_req_per_s", ceiling.get("requests_per_s"));
                            row.put("fraction_of_bare", Math.round(100.0 * ((Number) ours.get("requests_per_s")).doubleValue()
                                    / Math.max(1, ((Number) ceiling.get("requests_per_s")).doubleValue())) + "%");
                        }
                    }
                }
            }
        }
        section.note("Target: a 100-item page at >= 30% of the bare handler's requests/s. Load generator and servers share the machine's cores.");
        return List.of(section);
    }

    private static Map<String, ObjectNode> operations() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ObjectNode customers = BenchClient.body(BenchClient.UK_ACCESS_TOKEN);
        ObjectNode updated = customers.putObject("UpdatedUtc");
        updated.put("StartUtc", now.minus(Duration.ofDays(90)).toString());
        updated.put("EndUtc", now.plus(Duration.ofDays(1)).toString());
        customers.putObject("Extent").put("Customers", true).put("Addresses", true);
        customers.putObject("Limitation").put("Count", 100);
        ObjectNode reservations = BenchClient.body(BenchClient.PORTFOLIO_ACCESS_TOKEN);
        ObjectNode colliding = reservations.putObject("CollidingUtc");
        colliding.put("StartUtc", now.minus(Duration.ofDays(30)).toString());
        colliding.put("EndUtc", now.plus(Duration.ofDays(60)).toString());
        reservations.putObject("Limitation").put("Count", 100);
        return Map.of("customers/getAll", customers, "reservations/getAll/2023-06-06", reservations);
    }

    private static void seedCustomers(BenchClient client, int count) {
        for (int i = 0; i < count; i++) {
            ObjectNode body = BenchClient.body(BenchClient.UK_ACCESS_TOKEN);
            body.put("FirstName", "Bench");
            body.put("LastName", "Guest " + i);
            body.put("Email", "bench.guest." + i + "@example.com");
            body.put("OverwriteExisting", false);
            client.operation("customers/add", body);
        }
    }
}
