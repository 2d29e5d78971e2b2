package dev.connector.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes to one chain: 16 clients call {@code customers/add} for the UK chain as fast as the server answers
 * (closed loop, kept-alive connections), each with an e-mail of its own. Events/s counts the outbox rows the run
 * committed (CustomerAdded and CustomerUpdated per customer).
 */
final class CustomerAddScenario implements Scenario {

    private static final int CLIENTS = 16;

    @Override
    public String name() {
        return "customers-add";
    }

    @Override
    public List<Section> run(Settings settings) throws Exception {
        Section section = new Section(name(), "customers/add: 16 concurrent clients, one chain");
        int seconds = settings.seconds(20, 5);
        for (String kind : settings.stores(section)) {
            try (Store store = Store.of(kind)) {
                Path data = settings.scratch().resolve("customers-add-" + kind);
                measure(section, kind, seconds, store, data);
            }
        }
        section.note("Target on PostgreSQL: >= 3,000 customers/add per second for one chain with 16 concurrent clients."
                + " The clients, the server and the database share the machine's cores. The server is first warmed up"
                + " with the same load until its rate settles (3 s rounds until three in a row do not beat the best by"
                + " more than 5%, at most 60 s).");
        return List.of(section);
    }

    private static void measure(Section section, String kind, int seconds, Store store, Path data) throws Exception {
        try (ServerProcess server = ServerProcess.start(data, store, ServerProcess.freePort(), List.of())) {
            server.awaitHealthy(Duration.ofSeconds(60));
            String run = "add" + kind;
            // Until the rate settles, so that the figure is not the JIT's (about a minute of load on two cores).
            AtomicLong round = new AtomicLong();
            WarmUp.untilSteady(roundSeconds -> (double) closedLoop(server.baseUrl(),
                    run + "warm" + round.incrementAndGet(), roundSeconds)[0] / roundSeconds);
            int before = Outboxes.commitTimes(store, data, "CustomerAdded", "CustomerUpdated").size();
            double cpuBefore = Metrics.cpuSeconds(server.pid());
            long started = System.nanoTime();
            long[] outcome = closedLoop(server.baseUrl(), run, seconds);
            double elapsed = (System.nanoTime() - started) / 1e9;
            double cpu = Metrics.cpuSeconds(server.pid()) - cpuBefore;
            int events = Outboxes.commitTimes(store, data, "CustomerAdded", "CustomerUpdated").size() - before;
            var row = section.row();
            row.put("store", kind);
            row.put("clients", CLIENTS);
            row.put("requests_per_s", Math.round(outcome[0] / elapsed));
            row.put("events_per_s", Math.round(events / elapsed));
            row.put("failed", outcome[1]);
            row.put("server_cpu_cores", Math.round(100 * cpu / elapsed) / 100.0);
        }
    }

    /** Every client adds customers until {@code seconds} have passed; returns {ok, failed}. */
    private static long[] closedLoop(String baseUrl, String run, int seconds) throws InterruptedException {
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong next = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(Thread.ofVirtual().start(() -> {
                try (RawConnection connection = new RawConnection(baseUrl)) {
                    while (System.nanoTime() < end) {
                        String body = WebhookScenario.customer(run, next.getAndIncrement()).toString();
                        try {
                            (connection.post("/api/connector/v1/customers/add", body) == 200 ? ok : failed)
                                    .incrementAndGet();
                        } catch (IOException e) {
                            failed.incrementAndGet();
                        }
                    }
                }
            }));
        }
        for (Thread client : clients) {
            client.join();
        }
        return new long[] {ok.get(), failed.get()};
    }
}
