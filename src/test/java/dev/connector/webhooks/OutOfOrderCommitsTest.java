package dev.connector.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connector.api.ApiJson;
import dev.connector.app.Config;
import dev.connector.demo.DemoData;
import dev.connector.events.DomainEvent;
import dev.connector.events.Outbox;
import dev.connector.integrations.Application;
import dev.connector.integrations.IntegrationState;
import dev.connector.integrations.IntegrationStore;
import dev.connector.integrations.Tokens;
import dev.connector.testing.ApiClient;
import dev.connector.testing.OutboxRow;
import dev.connector.testing.RunningConnector;
import dev.connector.testing.StoreKind;
import dev.connector.websockets.WsClient;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * PostgreSQL writers commit in any order: a transaction that took its outbox position first may commit after one
 * that took a later position. Webhook routing, the WebSocket hub and a WebSocket replay must still deliver the
 * earlier event, which a reader that had moved past the later position would skip. (SQLite has one writer at a
 * time, so its commits cannot overtake each other.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutOfOrderCommitsTest {

    private static final UUID UK = DemoData.UK_ENTERPRISE_ID;

    private RunningConnector server;
    private WebhookReceiver receiver;

    @BeforeAll
    void start() {
        server = RunningConnector.start(StoreKind.POSTGRESQL, (Config defaults) -> defaults.withWebhooks(
                defaults.webhooks().withBatching(Duration.ofMillis(20), 500).withPollInterval(Duration.ofMillis(100))));
        receiver = WebhookReceiver.start();
    }

    @AfterAll
    void stop() {
        if (receiver != null) {
            receiver.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void an_event_committed_after_a_later_position_still_reaches_webhooks_websockets_and_replays() throws Exception {
        WebhookFixture fixture = new WebhookFixture(server.connector().database(), server.client());
        UUID application = fixture.newApplication();
        fixture.newIntegration(application, IntegrationState.Enabled, UK);
        String path = "/hooks/" + UUID.randomUUID();
        assertThat(fixture.register(application, receiver.url(path), null, null, null).status()).isEqualTo(200);
        long before = OutboxRow.lastPosition(server);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();

        try (WsClient live = WsClient.withCookies(server.baseUrl(), ApiClient.UK, "")) {
            // A writes a row (which fixes its position in the outbox) and emits its event, then stays open.
            CountDownLatch aWrote = new CountDownLatch(1);
            CountDownLatch bCommitted = new CountDownLatch(1);
            CompletableFuture<Void> a = CompletableFuture.runAsync(() -> fixture.transactions().write(tx -> {
                new IntegrationStore().insertApplication(tx.handle(), new Application(UUID.randomUUID(),
                        "Open while another commits", new Tokens().newToken(), tx.now()));
                tx.emit(new DomainEvent.ResourceUpdated(UK, first, "Dirty"));
                aWrote.countDown();
                awaitLatch(bCommitted);
                return null;
            }));
            assertThat(aWrote.await(20, TimeUnit.SECONDS)).isTrue();

            // B starts later, takes a later position and commits first; its commit wakes every reader.
            fixture.emit(new DomainEvent.ResourceUpdated(UK, second, "Clean"));
            // The readers woken by B's commit get a moment in which they could move past A's position (a bug).
            Thread.sleep(1_000);
            Outbox outbox = new Outbox(ApiJson.forStoredJson(), server.connector().database().dialect());
            List<Long> settled = server.connector().transactions().read(handle ->
                    outbox.after(handle, before, 100).stream().map(stored -> stored.position()).toList());
            // While A is open, B's event is committed but not yet readable: no reader can move past A's position.
            assertThat(settled).isEmpty();
            assertThat(OutboxRow.after(server, before)).extracting(OutboxRow::entityId).containsExactly(second.toString());

            bCommitted.countDown();
            a.get(20, TimeUnit.SECONDS);

            List<OutboxRow> rows = OutboxRow.after(server, before);
            assertThat(rows).extracting(OutboxRow::entityId).containsExactly(first.toString(), second.toString());
            assertThat(rows.get(0).position()).isLessThan(rows.get(1).position());

            await().atMost(Duration.ofSeconds(20)).until(() -> webhookIds(path).size() >= 2);
            assertThat(webhookIds(path)).containsExactly(first.toString(), second.toString());

            assertThat(ids(live.awaitEvents(2))).containsExactly(first.toString(), second.toString());
            try (WsClient resumed = WsClient.withCookies(server.baseUrl(), ApiClient.UK, "Cursor=" + before)) {
                List<JsonNode> replayed = resumed.awaitEvents(2);
                assertThat(ids(replayed)).containsSubsequence(first.toString(), second.toString());
            }
        }
    }

    /** The entity ids of the General Webhooks received on {@code path}, in the order they were sent. */
    private List<String> webhookIds(String path) {
        return receiver.received(path).stream()
                .flatMap(request -> WebhookFixture.iterable(request.json().get("Events")).stream())
                .map(event -> event.get("Value").get("Id").asText())
                .toList();
    }

    private static List<String> ids(List<JsonNode> events) {
        return events.stream().map(event -> event.get("Id").asText()).toList();
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The later transaction did not commit in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
