package dev.connector.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connector.testing.ApiClient;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SocketFaultsTest extends FaultsTest {

    @Test
    void disconnect_closes_the_socket_with_1012_and_the_client_resumes_without_losing_the_event() {
        try (SocketClient first = SocketClient.connect(server.baseUrl(), ApiClient.UK, null)) {
            UUID seen = changeRoom();
            assertThat(first.awaitEventIds(1)).containsExactly(seen.toString());
            String cursor = first.lastCursor();
            JsonNode rule = add(rule("WebSocket", "Disconnect").put("ApplicationId", DEMO_APPLICATION.toString())
                    .put("Count", 1));

            UUID missed = changeRoom();

            SocketClient.Closed closed = first.awaitClosed();
            assertThat(closed.code()).isEqualTo(1012);
            assertThat(closed.reason()).contains(rule.get("Id").asText());
            assertThat(first.eventIds()).containsExactly(seen.toString());
            assertThat(stored(rule).get("Remaining").asInt()).isZero();

            try (SocketClient resumed = SocketClient.connect(server.baseUrl(), ApiClient.UK, cursor)) {
                assertThat(resumed.awaitEventIds(1)).containsExactly(missed.toString());
                UUID later = changeRoom();
                assertThat(resumed.awaitEventIds(2)).containsExactly(missed.toString(), later.toString());
                assertThat(resumed.isClosed()).isFalse();
            }
        }
        assertThat(injectedMetric("WebSocket", "Disconnect")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void a_disconnect_rule_for_another_application_leaves_the_socket_open() {
        try (SocketClient client = SocketClient.connect(server.baseUrl(), ApiClient.UK, null)) {
            JsonNode rule = add(rule("WebSocket", "Disconnect").put("ApplicationId", newApplication().toString()));

            UUID room = changeRoom();

            assertThat(client.awaitEventIds(1)).containsExactly(room.toString());
            assertThat(client.isClosed()).isFalse();
            assertThat(stored(rule).get("Injected").asInt()).isZero();
        }
    }

    @Test
    void probability_zero_never_disconnects_and_probability_one_always_does() {
        try (SocketClient client = SocketClient.connect(server.baseUrl(), ApiClient.UK, null)) {
            JsonNode never = add(rule("WebSocket", "Disconnect").put("Probability", 0));
            UUID room = changeRoom();
            assertThat(client.awaitEventIds(1)).containsExactly(room.toString());
            assertThat(stored(never).get("Injected").asInt()).isZero();

            add(rule("WebSocket", "Disconnect").put("Probability", 1).put("EnterpriseId", UK.toString()));
            changeRoom();
            assertThat(client.awaitClosed().code()).isEqualTo(1012);
        }
    }
}
