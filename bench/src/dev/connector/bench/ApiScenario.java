package dev.connector.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * API Operations throughput: six reads (configuration/get and 100-item pages of customers, reservations, services,
 * resources and rates) at rising concurrency (wrk), each against a bare Javalin handler returning the same bytes,
 * measured right after it in the same run (the ceiling), as a ratio.
 */
final class ApiScenario implements Scenario {

    private static final List<Integer> CONCURRENCY = List.of(1, 16, 64);

    @Override
    public String name() {
        return "api";
    }

    @Override
    public List<Section> run(Settings settings) throws Exception {
        Section section = new Section(name(), "API Operations: reads against a bare handler serving the same bytes, requests/s and latency (wrk, keep-alive)");
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
                for (Map.Entry<String, ObjectNode> operation : operations(client).entrySet()) {
                    String expected = client.operationBytes(operation.getKey(), operation.getValue());
                    Path file = Files.createTempFile(settings.scratch(), "bare-", ".json");
                    Files.writeString(file, expected);
                    try (BareProcess bare = BareProcess.start("http", file)) {
                        String path = "/api/connector/v1/" + operation.getKey();
                        String body = operation.getValue().toString();
                        String oursUrl = server.baseUrl() + path;
                        String bareUrl = bare.url(path);
                        // Both servers are warmed up before anything counts, until the JIT has compiled what the
                        // operation runs: a server that has run for a while answers at its steady rate, which a few
                        // seconds of warm-up fall far short of (a third of it for some reads).
                        WarmUp.untilSteady(round -> rate(Wrk.post(oursUrl, body, 16, round)));
                        WarmUp.untilSteady(round -> rate(Wrk.post(bareUrl, body, 16, round)));
                        for (int connections : CONCURRENCY) {
                            // Connector, bare, bare, Connector: on a machine whose load drifts, the drift weighs on
                            // both sides alike.
                            Map<String, Object> ours1 = Wrk.post(oursUrl, body, connections, seconds);
                            Map<String, Object> bare1 = Wrk.post(bareUrl, body, connections, seconds);
                            Map<String, Object> bare2 = Wrk.post(bareUrl, body, connections, seconds);
                            Map<String, Object> ours2 = Wrk.post(oursUrl, body, connections, seconds);
                            double oursRate = mean(ours1, ours2, "requests_per_s");
                            double bareRate = mean(bare1, bare2, "requests_per_s");
                            var row = section.row();
                            row.put("store", kind);
                            row.put("operation", operation.getKey());
                            row.put("concurrency", connections);
                            row.put("page_bytes", expected.length());
                            row.put("req_per_s", Math.round(oursRate));
                            for (String latency : List.of("p50_ms", "p95_ms", "p99_ms", "max_ms")) {
                                row.put(latency, Math.round(100 * mean(ours1, ours2, latency)) / 100.0);
                            }
                            row.put("errors", ((Number) ours1.get("errors")).longValue() + ((Number) ours2.get("errors")).longValue());
                            row.put("bare_req_per_s", Math.round(bareRate));
                            row.put("ratio_to_bare", Math.round(100.0 * oursRate / Math.max(1, bareRate)) / 100.0);
                        }
                    }
                }
            }
        }
        section.note("Target: every read at >= 0.3 of the bare handler's requests/s (ratio_to_bare). Each row is the mean"
                + " of two wrk runs against Connector and two against the bare handler, in the order Connector, bare, bare,"
                + " Connector, after warming both up until their rates settle (3 s wrk rounds until three in a row do not beat the"
                + " best by more than 5%, at most 60 s); load generator and servers share the machine's cores.");
        return List.of(section);
    }

    private static double rate(Map<String, Object> wrk) {
        return ((Number) wrk.get("requests_per_s")).doubleValue();
    }

    private static double mean(Map<String, Object> first, Map<String, Object> second, String key) {
        return (((Number) first.get(key)).doubleValue() + ((Number) second.get(key)).doubleValue()) / 2;
    }

    /** The six reads, in the order measured; rates/getAll needs the id of the UK hotel's stay service. */
    private static Map<String, ObjectNode> operations(BenchClient client) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, ObjectNode> operations = new LinkedHashMap<>();
        operations.put("configuration/get", BenchClient.body(BenchClient.UK_ACCESS_TOKEN));
        ObjectNode customers = BenchClient.body(BenchClient.UK_ACCESS_TOKEN);
        ObjectNode updated = customers.putObject("UpdatedUtc");
        updated.put("StartUtc", now.minus(Duration.ofDays(90)).toString());
        updated.put("EndUtc", now.plus(Duration.ofDays(1)).toString());
        customers.putObject("Extent").put("Customers", true).put("Addresses", true);
        customers.putObject("Limitation").put("Count", 100);
        operations.put("customers/getAll", customers);
        ObjectNode reservations = BenchClient.body(BenchClient.PORTFOLIO_ACCESS_TOKEN);
        ObjectNode colliding = reservations.putObject("CollidingUtc");
        colliding.put("StartUtc", now.minus(Duration.ofDays(30)).toString());
        colliding.put("EndUtc", now.plus(Duration.ofDays(60)).toString());
        reservations.putObject("Limitation").put("Count", 100);
        operations.put("reservations/getAll/2023-06-06", reservations);
        ObjectNode services = BenchClient.body(BenchClient.UK_ACCESS_TOKEN);
        services.putObject("Limitation").put("Count", 100);
        operations.put("services/getAll", services);
        ObjectNode resources = BenchClient.body(BenchClient.UK_ACCESS_TOKEN);
        resources.putObject("Extent").put("Resources", true);
        resources.putObject("Limitation").put("Count", 100);
        operations.put("resources/getAll", resources);
        ObjectNode rates = BenchClient.body(BenchClient.UK_ACCESS_TOKEN);
        ArrayNode serviceIds = rates.putArray("ServiceIds");
        for (JsonNode service : client.operation("services/getAll", services).path("Services")) {
            serviceIds.add(service.path("Id").asText());
        }
        rates.putObject("Limitation").put("Count", 100);
        operations.put("rates/getAll", rates);
        return operations;
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
