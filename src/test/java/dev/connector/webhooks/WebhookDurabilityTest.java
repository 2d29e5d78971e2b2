package dev.connector.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.connector.api.ApiJson;
import dev.connector.demo.DemoData;
import dev.connector.events.DomainEvent;
import dev.connector.events.Outbox;
import dev.connector.events.Transactions;
import dev.connector.store.Database;
import dev.connector.testing.StoreKind;
import dev.connector.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The server as separate processes killed with SIGKILL: nothing committed is lost, and two processes on one
 * PostgreSQL share the work without sending a message twice.
 */
class WebhookDurabilityTest {

    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(90);

    private WebhookReceiver receiver;
    private Path folder;
    private String databaseUrl;
    private final List<ServerProcess> servers = new ArrayList<>();
    private Database database;

    @BeforeEach
    void setUp() throws IOException {
        receiver = WebhookReceiver.start();
        folder = Files.createTempDirectory("connector-durability-");
    }

    @AfterEach
    void tearDown() throws IOException {
        servers.forEach(ServerProcess::close);
        if (database != null) {
            database.close();
        }
        receiver.close();
        if (databaseUrl != null) {
            TestPostgres.dropDatabase(databaseUrl);
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void every_committed_event_is_delivered_across_a_kill_9_in_the_middle_of_deliveries(StoreKind store) {
        databaseUrl = store == StoreKind.POSTGRESQL ? TestPostgres.createDatabase() : null;
        receiver.answer("/hooks", (number, request) -> WebhookReceiver.Answer.slow(200, Duration.ofMillis(40)));
        List<String> options = List.of("--webhook-url", receiver.url("/hooks"), "--webhook-batch-max", "3",
                "--webhook-retry-delays", "200ms,500ms");
        ServerProcess first = start(options);
        Transactions transactions = transactions();
        List<UUID> committed = new ArrayList<>();

        emit(transactions, committed, 150);
        await().atMost(DELIVERY_TIMEOUT).until(() -> receiver.inFlight() > 0 && receiver.all().size() >= 10);
        first.kill();
        int receivedBeforeKill = receiver.all().size();
        emit(transactions, committed, 50);
        start(options);

        await().atMost(DELIVERY_TIMEOUT).until(() -> receivedIds().containsAll(idsOf(committed)));
        assertThat(receivedBeforeKill).isLessThan(committedMessagesAtLeast(committed));
    }

    @Test
    void two_processes_on_one_postgresql_share_the_work_without_sending_twice_and_either_carries_on_alone() {
        databaseUrl = TestPostgres.createDatabase();
        receiver.answer("/hooks", (number, request) -> WebhookReceiver.Answer.slow(200, Duration.ofMillis(60)));
        List<String> options = List.of("--webhook-url", receiver.url("/hooks"), "--webhook-batch-max", "1",
                "--webhook-retry-delays", "200ms,500ms");
        ServerProcess first = start(options);
        start(options);
        Transactions transactions = transactions();
        List<UUID> committed = new ArrayList<>();

        emit(transactions, committed, 150);
        await().atMost(DELIVERY_TIMEOUT).until(() -> receivedIds().containsAll(idsOf(committed)));

        Map<String, Integer> sends = new HashMap<>();
        receiver.all().forEach(request -> sends.merge(request.header("webhook-id"), 1, Integer::sum));
        assertThat(sends.values()).as("requests per message id").containsOnly(1);
        Map<String, Integer> attemptsByNode = transactions.read(handle -> handle.createQuery(
                        "SELECT node_id, COUNT(*) AS attempts FROM webhook_attempts GROUP BY node_id")
                .reduceRows(new HashMap<String, Integer>(), (map, row) -> {
                    map.put(row.getColumn("node_id", String.class), row.getColumn("attempts", Integer.class));
                    return map;
                }));
        assertThat(attemptsByNode).as("attempts per server process").hasSize(2).allSatisfy((node, attempts) ->
                assertThat(attempts).isPositive());

        first.kill();
        List<UUID> afterKill = new ArrayList<>();
        emit(transactions, afterKill, 30);
        await().atMost(DELIVERY_TIMEOUT).until(() -> receivedIds().containsAll(idsOf(afterKill)));
    }

    private ServerProcess start(List<String> options) {
        ServerProcess server = ServerProcess.start(folder.resolve("data"), databaseUrl, options);
        servers.add(server);
        return server;
    }

    private Transactions transactions() {
        if (database == null) {
            database = databaseUrl == null ? Database.sqlite(folder.resolve("data")) : Database.postgresql(databaseUrl);
        }
        return new Transactions(database, new Outbox(ApiJson.create(), database.dialect()), Clock.systemUTC());
    }

    /** Commits {@code count} customers of the UK demo hotel, one transaction each, noting their ids. */
    private static void emit(Transactions transactions, List<UUID> committed, int count) {
        for (int i = 0; i < count; i++) {
            UUID customer = UUID.randomUUID();
            transactions.write(tx -> {
                tx.emit(new DomainEvent.CustomerAdded(DemoData.UK_ENTERPRISE_ID, customer));
                return null;
            });
            committed.add(customer);
        }
    }

    private Set<String> receivedIds() {
        Set<String> ids = new HashSet<>();
        for (WebhookReceiver.Received request : receiver.all()) {
            request.json().get("Events").forEach(event -> ids.add(event.get("Value").get("Id").asText()));
        }
        return ids;
    }

    private static Set<String> idsOf(List<UUID> committed) {
        Set<String> ids = new HashSet<>();
        committed.forEach(id -> ids.add(id.toString()));
        return ids;
    }

    /** Each UK event reaches the demo application twice (UK and portfolio integrations), three events per message at most. */
    private static int committedMessagesAtLeast(List<UUID> committed) {
        return 2 * committed.size() / 3;
    }
}
