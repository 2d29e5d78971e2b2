package dev.connector.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * WebSockets fan-out: one hotel with 1,000 open sockets while resources/update commits its events at 10 and then
 * 100 events/s; commit-to-frame on every frame of every socket, the clients in a process of their own. The reference
 * is a bare Jetty fan-out (asynchronous sends, one serialisation per event) measured by the same clients.
 */
final class WebSocketFanoutScenario implements Scenario {

    private static final int SOCKETS = 1000;
    private static final List<Integer> RATES = List.of(10, 100);
    /** p99 commit-to-frame targets in ms, by events per second (from the performance issue). */
    private static final Map<Integer, Double> TARGET_P99_MS = Map.of(10, 20.0, 100, 50.0);
    /** Unmeasured load first, so that the fan-out path is compiled before anything is timed. */
    private static final int WARMUP_RATE = 50;
    /** After each phase, time for the last frames to arrive before the phase's events are counted. */
    private static final long DRAIN_MILLIS = 3000;
    private static final int LOAD_CONNECTIONS = 4;
    /** Updates go round this many rooms, each flipped between Dirty and Clean so that every update is a change. */
    private static final int ROOMS = 20;

    /** One measured rate: the events it produced, by cursor, with the time each was committed (or sent), in micros. */
    private record Phase(int targetRate, double achievedRate, Map<Long, Long> startMicrosByCursor) {
    }

    @Override
    public String name() {
        return "websockets-fanout";
    }

    @Override
    public List<Section> run(Settings settings) throws Exception {
        Section section = new Section(name(), "WebSockets fan-out: commit-to-frame with 1,000 sockets on one hotel, 10 and 100 events/s");
        int seconds = settings.seconds(20, 8);
        int warmup = settings.seconds(5, 3);
        for (String kind : settings.stores(section)) {
            try (Store store = Store.of(kind)) {
                connector(section, kind, store, settings, seconds, warmup);
            }
        }
        bare(section, settings, seconds, warmup);
        section.note("Target: commit-to-frame p99 < 20 ms at 10 events/s and < 50 ms at 100 events/s, with " + SOCKETS
                + " open sockets of one hotel (the UK demo hotel, all with the first demo application's token) and the"
                + " clients in a separate process.");
        section.note("Each resources/update flips one room between Dirty and Clean: one Resource event, so one frame per"
                + " socket and event unless the server puts several events in one frame (frames_expected = events x sockets;"
                + " events_received counts the events the frames carried). Latency is per event on every socket: from the"
                + " outbox created_utc of the event (ms resolution, stamped in the writing transaction just before its"
                + " commit) to the receipt of the frame that carried it.");
        section.note("The clients (" + SOCKETS + " plain NIO WebSocket connections read by two selector threads) run in"
                + " their own JVM on the machine's 2 cores, shared with the server and the load generator: their reading"
                + " time is in every figure, the bare rows' included. Each server first gets " + warmup + " s at "
                + WARMUP_RATE + " events/s, not measured; each rate then runs " + seconds + " s.");
        section.note("bare jetty async fan-out: Javalin/Jetty 12 with nothing behind it produces the events itself on one"
                + " thread, builds each frame once and hands it to every socket with Jetty's asynchronous sendText; its"
                + " latency runs from each event's due time (so falling behind the rate counts) to receipt.");
        return List.of(section);
    }

    private static void connector(Section section, String kind, Store store, Settings settings, int seconds, int warmup)
            throws Exception {
        Path data = settings.scratch().resolve("fanout-" + kind);
        String server = "connector/" + kind;
        try (ServerProcess process = ServerProcess.start(data, store, ServerProcess.freePort(), List.of())) {
            process.awaitHealthy(Duration.ofSeconds(60));
            List<String> rooms = rooms(new BenchClient(process.baseUrl()));
            String jdbc = store.databaseUrl() != null ? store.databaseUrl()
                    : "jdbc:sqlite:" + data.resolve("connector.db").toAbsolutePath();
            // One counter over all phases, so that each room keeps alternating across them.
            AtomicLong updates = new AtomicLong();
            String cookie = "ClientToken=" + BenchClient.CLIENT_TOKEN + "; AccessToken=" + BenchClient.UK_ACCESS_TOKEN;
            try (SocketClientsProcess clients = SocketClientsProcess.start(process.baseUrl().replace("http", "ws") + "/ws/connector",
                    SOCKETS, cookie, framesPerSocket(seconds, warmup), clientSeconds(seconds, warmup), data.resolve("frames.bin"))) {
                LoadGenerator.run(process.baseUrl(), "resources/update", n -> roomUpdate(rooms, updates.getAndIncrement()),
                        WARMUP_RATE, warmup, LOAD_CONNECTIONS);
                ServerProcess.sleep(DRAIN_MILLIS);
                List<Phase> phases = new ArrayList<>();
                for (int rate : RATES) {
                    // No writes run between phases, so the highest position bounds each phase's events exactly.
                    long before = maxPosition(jdbc);
                    LoadGenerator.Outcome load = LoadGenerator.run(process.baseUrl(), "resources/update",
                            n -> roomUpdate(rooms, updates.getAndIncrement()), rate, seconds, LOAD_CONNECTIONS);
                    ServerProcess.sleep(DRAIN_MILLIS);
                    Map<Long, Long> commits = commits(jdbc, before, maxPosition(jdbc));
                    if (load.failed() > 0) {
                        section.note(server + " at " + rate + " events/s: " + load.failed() + " of " + load.sent()
                                + " resources/update calls failed.");
                    }
                    phases.add(new Phase(rate, commits.size() / load.seconds(), commits));
                }
                SocketClientsProcess.Frames frames = clients.stop();
                for (Phase phase : phases) {
                    row(section, server, phase, frames, true);
                }
                noteSocketTrouble(section, server, frames, 0);
            }
        }
    }

    private static void bare(Section section, Settings settings, int seconds, int warmup) throws Exception {
        String server = "bare jetty async fan-out";
        try (BareProcess bare = BareProcess.start("fanout", null);
             SocketClientsProcess clients = SocketClientsProcess.start("ws://127.0.0.1:" + bare.port + "/ws", SOCKETS, null,
                     framesPerSocket(seconds, warmup), clientSeconds(seconds, warmup),
                     settings.scratch().resolve("fanout-bare").resolve("frames.bin"))) {
            HttpClient http = HttpClient.newHttpClient();
            fanout(http, bare, WARMUP_RATE, warmup);
            ServerProcess.sleep(DRAIN_MILLIS);
            List<long[]> ranges = new ArrayList<>();
            List<Double> achieved = new ArrayList<>();
            for (int rate : RATES) {
                long started = System.nanoTime();
                long[] range = fanout(http, bare, rate, seconds);
                achieved.add((range[1] - range[0] + 1) / ((System.nanoTime() - started) / 1e9));
                ranges.add(range);
                ServerProcess.sleep(DRAIN_MILLIS);
            }
            SocketClientsProcess.Frames frames = clients.stop();
            Map<Long, Long> sent = new HashMap<>();
            for (String line : get(http, bare.url("/sent")).split("\n")) {
                if (!line.isBlank()) {
                    String[] parts = line.split(" ");
                    sent.put(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
                }
            }
            for (int i = 0; i < RATES.size(); i++) {
                Map<Long, Long> phaseSent = new HashMap<>();
                for (long cursor = ranges.get(i)[0]; cursor <= ranges.get(i)[1]; cursor++) {
                    phaseSent.put(cursor, sent.get(cursor));
                }
                row(section, server, new Phase(RATES.get(i), achieved.get(i), phaseSent), frames, false);
                if (achieved.get(i) < RATES.get(i) * 0.95) {
                    section.note(server + " kept up with only " + Math.round(achieved.get(i) * 10) / 10.0 + " of "
                            + RATES.get(i) + " events/s: sending one frame per event to every socket saturates the machine"
                            + " (with the clients on it), so its latency there is a growing backlog, not a ceiling.");
                }
            }
            noteSocketTrouble(section, server, frames, Long.parseLong(get(http, bare.url("/failed")).trim()));
        }
    }

    /** Has the bare server produce {@code rate} events/s for {@code seconds}; returns the first and last cursor. */
    private static long[] fanout(HttpClient http, BareProcess bare, int rate, int seconds) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(bare.url("/fanout?rate=" + rate + "&seconds=" + seconds)))
                .timeout(Duration.ofSeconds(seconds + 60L)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The bare fan-out answered " + response.statusCode() + ": " + response.body());
        }
        String[] range = response.body().trim().split(" ");
        return new long[] {Long.parseLong(range[0]), Long.parseLong(range[1])};
    }

    private static String get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /**
     * One row: the frames whose Cursor is one of the phase's events. Each event is timed from its own commit (or due
     * time): a frame that carries k events carries its Cursor event and the k - 1 before it, since only this hotel's
     * Resource events are written while the phase runs, so a batched frame does not hide how long its first events waited.
     */
    private static void row(Section section, String server, Phase phase, SocketClientsProcess.Frames frames, boolean checkTarget) {
        long[] cursors = phase.startMicrosByCursor().keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        long[] starts = new long[cursors.length];
        for (int i = 0; i < cursors.length; i++) {
            starts[i] = phase.startMicrosByCursor().get(cursors[i]);
        }
        Latencies latency = new Latencies();
        long framesReceived = 0;
        long eventsReceived = 0;
        for (int i = 0; i < frames.size(); i++) {
            int last = Arrays.binarySearch(cursors, frames.cursors()[i]);
            if (last < 0) {
                continue;
            }
            framesReceived++;
            for (int j = Math.max(0, last - frames.events()[i] + 1); j <= last; j++) {
                eventsReceived++;
                latency.recordMicros(frames.receiptMicros()[i] - starts[j]);
            }
        }
        var row = section.row();
        row.put("server", server);
        row.put("sockets", frames.sockets());
        row.put("events_per_s_target", phase.targetRate());
        row.put("events_per_s", Math.round(phase.achievedRate() * 10) / 10.0);
        row.put("frames_expected", (long) phase.startMicrosByCursor().size() * frames.sockets());
        row.put("frames_received", framesReceived);
        row.put("events_received", eventsReceived);
        Map<String, Object> summary = latency.summary("commit_to_frame");
        row.putAll(summary);
        double p99 = (double) summary.get("commit_to_frame_p99_ms");
        double target = TARGET_P99_MS.get(phase.targetRate());
        if (checkTarget && (latency.count() == 0 || p99 >= target)) {
            section.note(server + " at " + phase.targetRate() + " events/s misses the target: p99 " + p99 + " ms against < "
                    + target + " ms" + (latency.count() == 0 ? " (no frame received)" : "") + ".");
        }
    }

    private static void noteSocketTrouble(Section section, String server, SocketClientsProcess.Frames frames, long failedSends) {
        if (frames.socketsClosed() > 0 || frames.socketErrors() > 0 || frames.dropped() > 0 || failedSends > 0) {
            section.note(server + ": " + frames.socketsClosed() + " sockets closed, " + frames.socketErrors()
                    + " socket errors, " + frames.dropped() + " frames beyond the clients' capacity"
                    + (failedSends > 0 ? ", " + failedSends + " sends failed" : "") + ".");
        }
    }

    /** What each client socket keeps room for: every event of the run, with a margin. */
    private static int framesPerSocket(int seconds, int warmup) {
        int events = warmup * WARMUP_RATE + RATES.stream().mapToInt(rate -> rate * seconds).sum();
        return events + events / 4 + 100;
    }

    /** The clients' hard deadline: the whole run with its pauses, plus time to open the sockets and some slack. */
    private static long clientSeconds(int seconds, int warmup) {
        return warmup + RATES.size() * (seconds + DRAIN_MILLIS / 1000) + DRAIN_MILLIS / 1000 + 240;
    }

    private static List<String> rooms(BenchClient client) {
        ObjectNode body = BenchClient.body(BenchClient.UK_ACCESS_TOKEN);
        body.putObject("Limitation").put("Count", ROOMS);
        List<String> rooms = new ArrayList<>();
        for (JsonNode resource : client.operation("resources/getAll", body).path("Resources")) {
            rooms.add(resource.path("Id").asText());
        }
        if (rooms.isEmpty()) {
            throw new IllegalStateException("The UK demo hotel has no resources to update");
        }
        return rooms;
    }

    private static ObjectNode roomUpdate(List<String> rooms, long n) {
        ObjectNode body = BenchClient.body(BenchClient.UK_ACCESS_TOKEN);
        ObjectNode update = body.putArray("ResourceUpdates").addObject();
        update.put("ResourceId", rooms.get((int) (n % rooms.size())));
        update.putObject("State").put("Value", (n / rooms.size()) % 2 == 0 ? "Dirty" : "Clean");
        return body;
    }

    private static long maxPosition(String jdbc) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbc); var statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(position), 0) FROM events")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The Resource events committed in (after, upTo], by position, with their commit time in micros. */
    private static Map<Long, Long> commits(String jdbc, long after, long upTo) throws SQLException {
        Map<Long, Long> commits = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(jdbc);
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT position, created_utc FROM events WHERE position > ? AND position <= ? AND type = 'ResourceUpdated'")) {
            statement.setLong(1, after);
            statement.setLong(2, upTo);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    commits.put(rows.getLong(1), rows.getLong(2) * 1000L);
                }
            }
        }
        return commits;
    }
}
