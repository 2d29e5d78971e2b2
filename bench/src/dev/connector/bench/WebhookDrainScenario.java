package dev.connector.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Webhook delivery throughput on its own: the receiver holds its answers while customers are added through the
 * API, so that one-event messages pile up; then it lets go, and the backlog's arrival rate is compared with wrk
 * driving the same receiver over the same number of connections.
 */
final class WebhookDrainScenario implements Scenario {

    @Override
    public String name() {
        return "webhooks-drain";
    }

    @Override
    public List<Section> run(Settings settings) throws Exception {
        Section section = new Section(name(), "General Webhooks: delivery throughput draining a backlog (batch max 1)");
        for (String kind : settings.stores(section)) {
            try (Receiver receiver = new Receiver(); Store store = Store.of(kind)) {
                drain(section, kind, settings.seconds(15, 3), receiver, store, settings.scratch().resolve("webhooks-drain-" + kind));
                if (Wrk.available()) {
                    double ceiling = WebhookScenario.bareCeiling(receiver, settings);
                    Map<String, Object> row = section.rows.getLast();
                    row.put("bare_http_messages_per_s", Math.round(ceiling));
                    row.put("fraction_of_bare", Math.round(100 * ((Number) row.get("messages_per_s")).doubleValue() / ceiling) + "%");
                }
            }
        }
        section.note("Customers are added through the API while the receiver holds its answers; then it lets go and the "
                + "backlog's arrival rate is measured, with no API load competing for the cores.");
        section.note("Before the measured backlog a smaller one is drained unmeasured, so that the JIT has compiled the delivery code.");
        section.note("Target: >= 40% of the bare-HTTP ceiling on SQLite, >= 30% on PostgreSQL (wrk with the same 4 connections posting one-event messages to the same receiver).");
        return List.of(section);
    }

    private static void drain(Section section, String kind, int seconds, Receiver receiver, Store store, Path data)
            throws Exception {
        receiver.hold();
        try (ServerProcess server = ServerProcess.start(data, store, ServerProcess.freePort(),
                List.of("--webhook-url", receiver.url(), "--webhook-batch-max", "1", "--webhook-timeout", "5m"))) {
            server.awaitHealthy(Duration.ofSeconds(60));
            // A first, smaller backlog drained unmeasured: delivery code that the API load never ran is compiled by
            // the JIT then, not during the measured drain (a long-running server has long compiled it).
            backlogThenDrain(server, store, data, receiver, "drainwarm" + kind, Math.max(2, seconds / 3));
            receiver.hold();
            Drained drained = backlogThenDrain(server, store, data, receiver, "drain" + kind, seconds);
            var row = section.row();
            row.put("store", kind);
            row.put("api_adds_ok", drained.adds());
            row.put("backlog_messages", drained.backlog());
            row.put("received_messages", drained.received());
            row.put("drain_s", Math.round(drained.seconds() * 100) / 100.0);
            row.put("messages_per_s", Math.round(drained.received() / drained.seconds()));
            row.put("server_cpu_cores", Math.round(100 * drained.cpuSeconds() / drained.seconds()) / 100.0);
        }
    }

    /** What one drain measured: customers added, messages stored and received, and the drain's time and CPU. */
    private record Drained(long adds, long backlog, long received, double seconds, double cpuSeconds) {
    }

    /** With the receiver holding, adds customers for {@code seconds}, waits for routing, then lets the backlog go. */
    private static Drained backlogThenDrain(ServerProcess server, Store store, Path data, Receiver receiver, String run,
                                            int seconds) throws Exception {
        long storedBefore = Outboxes.webhookMessages(store, data);
        long receivedBefore = receiver.messages.get();
        LoadGenerator.Outcome load = LoadGenerator.run(server.baseUrl(), "customers/add", n -> WebhookScenario.customer(run, n),
                5_000, seconds, 64);
        // Routing is done when the number of stored messages stops growing.
        long stored = -1;
        for (long now = Outboxes.webhookMessages(store, data); now != stored; now = Outboxes.webhookMessages(store, data)) {
            stored = now;
            ServerProcess.sleep(1000);
        }
        long backlog = stored - storedBefore;
        double cpuBefore = Metrics.cpuSeconds(server.pid());
        long started = System.nanoTime();
        receiver.release();
        long deadline = started + Duration.ofMinutes(3).toNanos();
        while (receiver.messages.get() - receivedBefore < backlog && System.nanoTime() < deadline) {
            ServerProcess.sleep(5);
        }
        double took = (System.nanoTime() - started) / 1e9;
        return new Drained(load.ok(), backlog, receiver.messages.get() - receivedBefore, took,
                Metrics.cpuSeconds(server.pid()) - cpuBefore);
    }
}
