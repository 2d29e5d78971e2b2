package dev.connector.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Durability: webhook load running while the server is killed with SIGKILL five times at random moments and
 * restarted on the same store. Every event committed to the outbox must reach the receiver (duplicates allowed).
 */
final class CrashScenario implements Scenario {

    @Override
    public String name() {
        return "crash";
    }

    @Override
    public List<Section> run(Settings settings) throws Exception {
        Section section = new Section(name(), "Crash: SIGKILL x5 under webhook load, then restart");
        for (String kind : settings.stores(section)) {
            try (Receiver receiver = new Receiver(); Store store = Store.of(kind)) {
                measure(section, kind, settings, receiver, store);
            }
        }
        section.note("Lost must be 0. Duplicates are events delivered more than once to the same integration (at-least-once delivery).");
        return List.of(section);
    }

    private static void measure(Section section, String kind, Settings settings, Receiver receiver, Store store) throws Exception {
        Path data = settings.scratch().resolve("crash-" + kind);
        Random random = new Random(7);
        int kills = 5;
        int phaseSeconds = settings.seconds(8, 3);
        int port = ServerProcess.freePort();
        List<String> options = List.of("--webhook-url", receiver.url(), "--webhook-retry-delays", "200ms,500ms,1s,2s,5s");
        long apiOk = 0;
        long apiFailed = 0;
        for (int round = 0; round <= kills; round++) {
            ServerProcess server = ServerProcess.start(data, store, port, options);
            server.awaitHealthy(Duration.ofSeconds(60));
            BenchClient client = new BenchClient(server.baseUrl());
            AtomicBoolean killed = new AtomicBoolean();
            int lifetimeMillis = phaseSeconds * 1000 / 2 + random.nextInt(phaseSeconds * 1000);
            Thread killer = null;
            if (round < kills) {
                killer = Thread.ofVirtual().start(() -> {
                    ServerProcess.sleep(lifetimeMillis);
                    killed.set(true);
                    server.kill();
                });
            }
            int thisRound = round;
            LoadGenerator.Outcome load = LoadGenerator.run(server.baseUrl(), "customers/add", n -> customer(kind, thisRound, n),
                    250, round < kills ? phaseSeconds * 2 : phaseSeconds, 32);
            apiOk += load.ok();
            apiFailed += load.failed();
            if (killer != null) {
                killer.join();
            } else {
                // Last round: let delivery drain, then stop cleanly.
                Map<String, Long> committed = Outboxes.commitTimes(store, data, "CustomerAdded", "CustomerUpdated");
                long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
                while (System.nanoTime() < deadline && !receiver.firstReceiptMicros.keySet().containsAll(committed.keySet())) {
                    ServerProcess.sleep(100);
                }
                server.close();
            }
        }
        Map<String, Long> committed = Outboxes.commitTimes(store, data, "CustomerAdded", "CustomerUpdated");
        long lost = committed.keySet().stream().filter(key -> !receiver.firstReceiptMicros.containsKey(key)).count();
        long duplicates = receiver.receipts.values().stream().mapToLong(count -> count - 1).sum();
        var row = section.row();
        row.put("store", kind);
        row.put("kills", kills);
        row.put("api_calls_ok", apiOk);
        row.put("api_calls_failed_by_kills", apiFailed);
        row.put("committed_events", committed.size());
        row.put("delivered_distinct_events", committed.size() - lost);
        row.put("lost", lost);
        row.put("duplicates", duplicates);
    }

    private static ObjectNode customer(String kind, int round, long n) {
        ObjectNode body = BenchClient.body(BenchClient.UK_ACCESS_TOKEN);
        body.put("FirstName", "Crash");
        body.put("LastName", "Guest " + round + "-" + n);
        body.put("Email", "crash." + kind + "." + round + "." + n + "@example.com");
        body.put("OverwriteExisting", false);
        return body;
    }
}
