package dev.connector.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.connector.api.ApiJson;
import dev.connector.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A change and its events in one transaction, the outbox's stored names, and the announcement after the commit. */
class TransactionsTest {

    private static final UUID ENTERPRISE = UUID.randomUUID();

    private Path folder;
    private Database database;
    private Outbox outbox;
    private Transactions transactions;

    @BeforeEach
    void open() throws IOException {
        folder = Files.createTempDirectory("connector-transactions-");
        database = Database.sqlite(folder);
        outbox = new Outbox(ApiJson.forStoredJson(), database.dialect());
        transactions = new Transactions(database, outbox, Clock.systemUTC());
    }

    @AfterEach
    void close() throws IOException {
        database.close();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void every_event_kind_is_stored_under_the_name_existing_rows_hold_and_read_back_as_it_was() {
        Map<String, DomainEvent> byStoredName = new LinkedHashMap<>();
        byStoredName.put("ServiceOrderUpdated", new DomainEvent.ServiceOrderUpdated(ENTERPRISE, UUID.randomUUID(),
                "Confirmed", Instant.parse("2026-06-01T13:00:00Z"), Instant.parse("2026-06-03T10:00:00Z"), null));
        byStoredName.put("ResourceUpdated", new DomainEvent.ResourceUpdated(ENTERPRISE, UUID.randomUUID(), "Dirty"));
        byStoredName.put("MessageAdded", new DomainEvent.MessageAdded(ENTERPRISE, UUID.randomUUID()));
        byStoredName.put("ResourceBlockUpdated", new DomainEvent.ResourceBlockUpdated(ENTERPRISE, UUID.randomUUID()));
        byStoredName.put("CustomerAdded", new DomainEvent.CustomerAdded(ENTERPRISE, UUID.randomUUID()));
        byStoredName.put("CustomerUpdated", new DomainEvent.CustomerUpdated(ENTERPRISE, UUID.randomUUID()));
        byStoredName.put("PaymentUpdated", new DomainEvent.PaymentUpdated(ENTERPRISE, UUID.randomUUID()));
        byStoredName.put("DeviceCommand", new DomainEvent.DeviceCommandUpdated(ENTERPRISE, UUID.randomUUID(), "Pending",
                UUID.randomUUID()));
        byStoredName.put("PriceUpdate", new DomainEvent.PriceUpdated(ENTERPRISE, UUID.randomUUID(),
                Instant.parse("2026-06-01T00:00:00Z"), Instant.parse("2026-06-02T00:00:00Z"), UUID.randomUUID(), null));
        byStoredName.put("IntegrationChanged", new DomainEvent.IntegrationChanged(UUID.randomUUID(), UUID.randomUUID(),
                "IntegrationCreated", JsonNodeFactory.instance.objectNode().put("Id", "x")));

        transactions.write(tx -> {
            byStoredName.values().forEach(tx::emit);
            return null;
        });

        List<String> types = database.jdbi().withHandle(handle ->
                handle.createQuery("SELECT type FROM events ORDER BY position").mapTo(String.class).list());
        assertThat(types).containsExactlyElementsOf(byStoredName.keySet());
        List<DomainEvent> read = transactions.read(handle -> outbox.after(handle, 0, 100)).stream()
                .map(StoredEvent::event)
                .toList();
        assertThat(read).containsExactlyElementsOf(byStoredName.values());
    }

    @Test
    void general_webhook_kinds_are_the_seven_discriminators_in_the_reference_order() {
        assertThat(GeneralEventKind.all()).extracting(Enum::name).containsExactly("ServiceOrderUpdated",
                "ResourceUpdated", "MessageAdded", "ResourceBlockUpdated", "CustomerAdded", "CustomerUpdated",
                "PaymentUpdated");
        assertThat(GeneralEventKind.of(new DomainEvent.PaymentUpdated(ENTERPRISE, UUID.randomUUID())))
                .contains(GeneralEventKind.PaymentUpdated);
        assertThat(GeneralEventKind.of(new DomainEvent.DeviceCommandUpdated(ENTERPRISE, UUID.randomUUID(), "Pending",
                UUID.randomUUID()))).isEmpty();
    }

    @Test
    void a_commit_that_wrote_events_is_announced_once_and_others_are_not() throws Exception {
        AtomicInteger announced = new AtomicInteger();
        try (AutoCloseable subscription = database.notifications().subscribe(Outbox.CHANNEL,
                announced::incrementAndGet)) {
            transactions.write(tx -> null);
            assertThatThrownBy(() -> transactions.write(tx -> {
                tx.emit(new DomainEvent.CustomerAdded(ENTERPRISE, UUID.randomUUID()));
                throw new IllegalStateException("rolled back");
            })).hasMessage("rolled back");
            assertThat(announced).hasValue(0);

            String result = transactions.write(tx -> {
                tx.emit(new DomainEvent.CustomerAdded(ENTERPRISE, UUID.randomUUID()));
                tx.emit(new DomainEvent.CustomerUpdated(ENTERPRISE, UUID.randomUUID()));
                return "done";
            });

            assertThat(result).isEqualTo("done");
            assertThat(announced).hasValue(1);
        }
    }
}
