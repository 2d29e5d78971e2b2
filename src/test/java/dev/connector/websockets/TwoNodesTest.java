package dev.connector.websockets;

import static dev.connector.websockets.WebSocketEventsTest.ids;
import static org.assertj.core.api.Assertions.assertThat;

import dev.connector.app.Connector;
import dev.connector.demo.DemoData;
import dev.connector.events.DomainEvent;
import dev.connector.testing.ApiClient;
import dev.connector.testing.RunningConnector;
import dev.connector.testing.StoreKind;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Two server processes' worth of nodes (two Connectors in this JVM) on one PostgreSQL database. */
class TwoNodesTest {

    /** Polling so rare that only LISTEN/NOTIFY can explain a prompt delivery. */
    private static final Duration RARE_POLL = Duration.ofMinutes(5);

    @Test
    void a_change_committed_through_node_a_reaches_a_socket_on_node_b() throws IOException {
        try (RunningConnector nodeA = RunningConnector.start(StoreKind.POSTGRESQL,
                config -> config.withWebSockets(config.websockets().withPollInterval(RARE_POLL)));
             Connector nodeB = nodeA.startSecondNode();
             WsClient client = WsClient.withCookies("http://127.0.0.1:" + nodeB.port(), ApiClient.UK, "")) {
            UUID reservation = UUID.randomUUID();
            long started = System.nanoTime();

            nodeA.connector().transactions().write(tx -> {
                tx.emit(new DomainEvent.ServiceOrderUpdated(DemoData.UK_ENTERPRISE_ID, reservation, "Started",
                        Instant.parse("2026-06-01T13:00:00Z"), Instant.parse("2026-06-03T10:00:00Z"), null));
                return null;
            });

            assertThat(ids(client.awaitEvents(1))).containsExactly(reservation.toString());
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void a_client_resumes_on_node_b_with_a_cursor_from_node_a() throws IOException {
        try (RunningConnector nodeA = RunningConnector.start(StoreKind.POSTGRESQL,
                config -> config.withWebSockets(config.websockets().withPollInterval(RARE_POLL)));
             Connector nodeB = nodeA.startSecondNode()) {
            String cursor;
            try (WsClient onA = WsClient.withCookies(nodeA.baseUrl(), ApiClient.UK, "")) {
                emit(nodeA, UUID.randomUUID());
                onA.awaitEvents(1);
                cursor = onA.cursor();
            }
            UUID missed = UUID.randomUUID();
            emit(nodeA, missed);

            try (WsClient onB = WsClient.withCookies("http://127.0.0.1:" + nodeB.port(), ApiClient.UK, "Cursor=" + cursor)) {
                UUID live = UUID.randomUUID();
                emit(nodeA, live);

                assertThat(ids(onB.awaitEvents(2))).containsExactly(missed.toString(), live.toString());
            }
        }
    }

    private static void emit(RunningConnector node, UUID resource) {
        node.connector().transactions().write(tx -> {
            tx.emit(new DomainEvent.ResourceUpdated(DemoData.UK_ENTERPRISE_ID, resource, "Dirty"));
            return null;
        });
    }

}
