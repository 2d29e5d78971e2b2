package dev.connector.websockets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connector.app.Config;
import dev.connector.demo.DemoData;
import dev.connector.demo.DemoIds;
import dev.connector.events.DomainEvent;
import dev.connector.integrations.Integration;
import dev.connector.integrations.IntegrationState;
import dev.connector.integrations.IntegrationStore;
import dev.connector.integrations.Tokens;
import dev.connector.testing.ApiClient;
import dev.connector.testing.BothStoresTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WebSocketUpgradeTest extends BothStoresTest {

    private static final UUID FIRST_APPLICATION = DemoIds.of("application/1");

    @Override
    protected Config configure(Config defaults) {
        // Long enough that only the IntegrationChanged event can explain a prompt close, short enough for the test
        // that relies on the recheck alone.
        return defaults.withWebSockets(defaults.websockets().withRecheckInterval(Duration.ofSeconds(2)));
    }

    private RawWebSocket.Handshake upgrade(String query, Map<String, String> headers) {
        try (RawWebSocket socket = RawWebSocket.open(server.port(), "/ws/connector" + query, headers, 0)) {
            return socket.handshake();
        }
    }

    private static Map<String, String> cookies(ApiClient.Tokens tokens) {
        return Map.of("Cookie", "ClientToken=" + tokens.clientToken() + "; AccessToken=" + tokens.accessToken());
    }

    @Test
    void valid_cookies_upgrade_to_a_websocket() {
        assertThat(upgrade("", cookies(ApiClient.UK)).status()).isEqualTo(101);
    }

    @Test
    void missing_tokens_are_refused_with_401_in_the_error_shape_and_no_socket() throws Exception {
        RawWebSocket.Handshake answer = upgrade("", Map.of());

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.headers()).doesNotContainKey("sec-websocket-accept");
        assertThat(answer.headers().get("content-type")).startsWith("application/json");
        JsonNode error = ApiClient.JSON.readTree(answer.body());
        assertThat(error.get("Message").asText()).contains("ClientToken");
        assertThat(error.has("RequestId")).isTrue();
        assertThat(error.has("Details")).isTrue();
    }

    @Test
    void an_unknown_access_token_is_refused_with_401() throws Exception {
        RawWebSocket.Handshake answer = upgrade("", cookies(new ApiClient.Tokens(ApiClient.UK.clientToken(),
                "00000000000000000000000000000000-0000000000000000000000000000000")));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(ApiClient.JSON.readTree(answer.body()).get("Message").asText()).isEqualTo("Invalid AccessToken.");
    }

    @Test
    void tokens_in_the_query_are_checked_the_same_way() {
        String wrong = "?ClientToken=" + ApiClient.US.clientToken() + "&AccessToken=nope";

        assertThat(upgrade(wrong, Map.of()).status()).isEqualTo(401);
        assertThat(upgrade("?ClientToken=" + ApiClient.UK.clientToken() + "&AccessToken=" + ApiClient.UK.accessToken(),
                Map.of()).status()).isEqualTo(101);
    }

    @Test
    void a_disabled_integration_is_refused_with_401() throws Exception {
        ApiClient.Tokens tokens = newIntegration(IntegrationState.Disabled).tokens();

        RawWebSocket.Handshake answer = upgrade("", cookies(tokens));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(ApiClient.JSON.readTree(answer.body()).get("Message").asText()).contains("disabled");
    }

    @Test
    void a_malformed_cursor_is_refused_with_400_in_the_error_shape() throws Exception {
        for (String cursor : List.of("abc", "", "-5", "12345678901234567890123")) {
            RawWebSocket.Handshake answer = upgrade("?Cursor=" + cursor, cookies(ApiClient.UK));

            assertThat(answer.status()).as("Cursor=%s", cursor).isEqualTo(400);
            assertThat(ApiClient.JSON.readTree(answer.body()).get("Message").asText()).contains("Cursor");
        }
    }

    @Test
    void a_plain_get_is_told_to_upgrade() {
        var answer = client().send("GET", "/ws/connector", null, Map.of());

        assertThat(answer.status()).isEqualTo(426);
        assertThat(answer.json().get("Message").asText()).contains("WebSocket");
    }

    @Test
    void disabling_an_integration_closes_its_sockets_with_1008() {
        TestIntegration integration = newIntegration(IntegrationState.Enabled);
        try (WsClient client = WsClient.withCookies(server.baseUrl(), integration.tokens(), "");
             WsClient bystander = WsClient.withCookies(server.baseUrl(), ApiClient.UK, "")) {
            long started = System.nanoTime();
            setState(integration.id(), IntegrationState.Disabled, true);

            WsClient.Closed closed = client.awaitClosed();

            assertThat(closed.code()).isEqualTo(1008);
            assertThat(closed.reason()).contains("disabled");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1_500));
            assertThat(bystander.isClosed()).isFalse();
        }
    }

    @Test
    void a_canceled_integration_is_noticed_by_the_periodic_recheck_too() {
        TestIntegration integration = newIntegration(IntegrationState.Enabled);
        try (WsClient client = WsClient.withCookies(server.baseUrl(), integration.tokens(), "")) {
            setState(integration.id(), IntegrationState.Canceled, false);

            WsClient.Closed closed = client.awaitClosed();

            assertThat(closed.code()).isEqualTo(1008);
            assertThat(closed.reason()).contains("canceled");
        }
    }

    private record TestIntegration(UUID id, ApiClient.Tokens tokens) {
    }

    private TestIntegration newIntegration(IntegrationState state) {
        UUID id = UUID.randomUUID();
        String accessToken = new Tokens().newToken();
        server.connector().transactions().write(tx -> {
            new IntegrationStore().insertIntegration(tx.handle(), new Integration(id, FIRST_APPLICATION, "WebSocket test",
                    accessToken, state, List.of(DemoData.UK_ENTERPRISE_ID), tx.now(), tx.now()));
            return null;
        });
        return new TestIntegration(id, new ApiClient.Tokens(ApiClient.UK.clientToken(), accessToken));
    }

    /** Changes the state as the admin API does; with {@code announce}, also emits the Integration Webhook event. */
    private void setState(UUID integrationId, IntegrationState state, boolean announce) {
        server.connector().transactions().write(tx -> {
            new IntegrationStore().updateState(tx.handle(), integrationId, state, tx.now());
            if (announce) {
                tx.emit(new DomainEvent.IntegrationChanged(integrationId, FIRST_APPLICATION, "Integration" + state.name(),
                        ApiClient.JSON.createObjectNode().put("Id", integrationId.toString())));
            }
            return null;
        });
    }
}
