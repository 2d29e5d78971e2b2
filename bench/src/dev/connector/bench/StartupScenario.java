package dev.connector.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Cold start of the built server to its first 200 on /health: a fresh store (migrations and demo data), then a reused one. */
final class StartupScenario implements Scenario {

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public List<Section> run(Settings settings) {
        Section section = new Section(name(), "Startup: process start to first 200 on /health");
        int runs = settings.quick() ? 2 : 5;
        for (String kind : settings.stores(section)) {
            Latencies fresh = new Latencies();
            Latencies reused = new Latencies();
            for (int run = 0; run < runs; run++) {
                Path data = settings.scratch().resolve("startup-" + kind + "-" + run);
                try (Store store = Store.of(kind)) {
                    for (Latencies target : List.of(fresh, reused)) {
                        int port = ServerProcess.freePort();
                        try (ServerProcess server = ServerProcess.start(data, store, port, List.of())) {
                            double millis = server.awaitHealthy(Duration.ofSeconds(60));
                            target.recordMicros(Math.round(millis * 1000));
                        }
                    }
                }
            }
            var row = section.row();
            row.put("store", kind);
            row.put("runs", runs);
            row.putAll(fresh.summary("fresh_store"));
            row.putAll(reused.summary("reused_store"));
            row.remove("fresh_store_count");
            row.remove("reused_store_count");
        }
        section.note("Target: under 2 s after the first build (fresh store includes migrations and seeding the demo hotels).");
        return List.of(section);
    }
}
