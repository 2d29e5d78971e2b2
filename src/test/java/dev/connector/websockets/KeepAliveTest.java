package dev.connector.websockets;

import static dev.connector.websockets.WebSocketEventsTest.ids;
import static org.assertj.core.api.Assertions.assertThat;

import dev.connector.demo.DemoData;
import dev.connector.events.DomainEvent;
import dev.connector.testing.ApiClient;
import dev.connector.testing.RunningConnector;
import dev.connector.testing.StoreKind;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Keep-alive does not depend on the store: one SQLite server is enough. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeepAliveTest {

    private static final Duration PING_INTERVAL = Duration.ofMillis(200);
    private RunningConnector server;

    @BeforeAll
    void start() {
        server = RunningConnector.start(StoreKind.SQLITE,
                config -> config.withWebSockets(config.websockets().withPingInterval(PING_INTERVAL)));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void the_server_pings_and_closes_a_socket_that_does_not_answer() {
        try (RawWebSocket silent = RawWebSocket.open(server.port(), "/ws/connector", Map.of("Cookie",
                "ClientToken=" + ApiClient.UK.clientToken() + "; AccessToken=" + ApiClient.UK.accessToken()), 0)) {
            assertThat(silent.handshake().status()).isEqualTo(101);

            RawWebSocket.Frame first = silent.next();
            RawWebSocket.Frame close = silent.readUntilClose();

            assertThat(first.opcode()).isEqualTo(RawWebSocket.Frame.PING);
            assertThat(close).isNotNull();
            assertThat(close.closeCode()).isEqualTo(1001);
            assertThat(close.closeReason()).contains("ping");
        }
    }

    @Test
    void a_client_that_answers_pings_stays_connected_and_keeps_receiving() throws InterruptedException {
        try (WsClient client = WsClient.withCookies(server.baseUrl(), ApiClient.UK, "")) {
            Thread.sleep(PING_INTERVAL.multipliedBy(8).toMillis());
            UUID resource = UUID.randomUUID();
            server.connector().transactions().write(tx -> {
                tx.emit(new DomainEvent.ResourceUpdated(DemoData.UK_ENTERPRISE_ID, resource, "Clean"));
                return null;
            });

            assertThat(ids(client.awaitEvents(1))).containsExactly(resource.toString());
            assertThat(client.isClosed()).isFalse();
        }
    }
}
