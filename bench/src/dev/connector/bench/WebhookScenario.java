package dev.connector.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * General Webhooks: customers added through API Operations at a fixed event rate (each add commits
 * CustomerAdded and CustomerUpdated), delivered to a local receiver; commit-to-receipt from the outbox's commit
 * time to the receiver's clock.
 */
final class WebhookScenario implements Scenario {

    @Override
    public String name() {
        return "webhooks";
    }

    @Override
    public List<Section> run(Settings settings) throws Exception {
        Section section = new Section(name(), "General Webhooks: commit-to-receipt on a local receiver");
        int seconds = settings.seconds(60, 10);
        for (String kind : settings.stores(section)) {
            for (int eventsPerSecond : List.of(1000, 5000)) {
                // The default batch max; one-event messages are measured for throughput by webhooks-drain.
                String batchMax = "500";
                try (Receiver receiver = new Receiver(); Store store = Store.of(kind)) {
                    Path data = settings.scratch().resolve("webhooks-" + kind + "-" + eventsPerSecond);
                    measure(section, kind, eventsPerSecond, batchMax, seconds, receiver, store, data);
                }
            }
        }
        section.note("Target: commit-to-receipt p99 < 250 ms at 5,000 events/s with SQLite on 2 cores. Delivery throughput against the bare-HTTP ceiling is measured by webhooks-drain.");
        section.note("Latency includes the default 100 ms batch window, in which events committed close together are gathered into one message.");
        section.note("The demo application has a portfolio integration beside the UK one, so each UK event is delivered in two messages; latency counts the first.");
        return List.of(section);
    }

    private static void measure(Section section, String kind, int eventsPerSecond, String batchMax, int seconds,
                                Receiver receiver, Store store, Path data) throws Exception {
        try (ServerProcess server = ServerProcess.start(data, store, ServerProcess.freePort(),
                List.of("--webhook-url", receiver.url(), "--webhook-batch-max", batchMax))) {
            server.awaitHealthy(Duration.ofSeconds(60));
            BenchClient client = new BenchClient(server.baseUrl());
            double cpuBefore = Metrics.cpuSeconds(server.pid());
            List<Double> heap = new ArrayList<>();
            Thread sampler = Thread.ofVirtual().start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        heap.add(Metrics.heapMiB(client));
                        Thread.sleep(1000);
                    } catch (InterruptedException e) {
                        return;
                    } catch (RuntimeException e) {
                        // a missed sample is fine
                    }
                }
            });
            String run = kind + eventsPerSecond + batchMax;
            LoadGenerator.Outcome load = LoadGenerator.run(server.baseUrl(), "customers/add", n -> customer(run, n),
                    eventsPerSecond / 2.0, seconds, 64);
            double cpu = Metrics.cpuSeconds(server.pid()) - cpuBefore;
            Map<String, Long> commits = Outboxes.commitTimes(store, data, "CustomerAdded", "CustomerUpdated");
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline && !receiver.firstReceiptMicros.keySet().containsAll(commits.keySet())) {
                ServerProcess.sleep(50);
            }
            sampler.interrupt();
            Latencies latency = new Latencies();
            long lost = 0;
            for (Map.Entry<String, Long> commit : commits.entrySet()) {
                Long receipt = receiver.firstReceiptMicros.get(commit.getKey());
                if (receipt == null) {
                    lost++;
                } else {
                    latency.recordMicros(receipt - commit.getValue());
                }
            }
            var row = section.row();
            row.put("store", kind);
            row.put("target_events_per_s", eventsPerSecond);
            row.put("batch_max", batchMax);
            row.put("committed_events_per_s", Math.round(commits.size() / load.seconds()));
            row.putAll(latency.summary("commit_to_receipt"));
            row.remove("commit_to_receipt_count");
            row.put("delivered_events_per_s", Math.round(receiver.events.get() / load.seconds()));
            row.put("messages_per_s", Math.round(receiver.messages.get() / load.seconds()));
            row.put("events_per_message", Math.round(10.0 * receiver.events.get() / Math.max(1, receiver.messages.get())) / 10.0);
            row.put("not_delivered", lost);
            row.put("api_failures", load.failed());
            row.put("server_cpu_cores", Math.round(100 * cpu / load.seconds()) / 100.0);
            row.put("server_heap_max_mib", heap.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN));
        }
    }

    /** Messages per second wrk gets from the receiver with the dispatcher's 4 connections, one-event bodies. */
    static double bareCeiling(Receiver receiver, Settings settings) throws Exception {
        String sample = "{\"EnterpriseId\":\"00000000-0000-0000-0000-000000000001\",\"IntegrationId\":"
                + "\"00000000-0000-0000-0000-000000000002\",\"Events\":[{\"Discriminator\":\"CustomerAdded\","
                + "\"Value\":{\"Id\":\"00000000-0000-0000-0000-000000000003\"}}]}";
        return ((Number) Wrk.post(receiver.url(), sample, 4, settings.seconds(10, 3)).get("requests_per_s")).doubleValue();
    }

    static ObjectNode customer(String run, long n) {
        ObjectNode body = BenchClient.body(BenchClient.UK_ACCESS_TOKEN);
        body.put("FirstName", "Load");
        body.put("LastName", "Guest " + n);
        body.put("Email", "load." + run + "." + n + "@example.com");
        body.put("OverwriteExisting", false);
        return body;
    }
}
