package dev.connector.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connector.app.Config;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.LiveStreamClient;
import dev.connector.testing.RunningConnector;
import dev.connector.testing.StoreKind;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The console's admin endpoints are not sandbox tools: they answer with {@code --production} too. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleAdminInProductionTest {

    private RunningConnector server;

    @BeforeAll
    void start() {
        server = RunningConnector.start(StoreKind.SQLITE, (Config config) -> config.withSandbox(false));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void overview_websockets_and_the_live_stream_answer_in_production_with_the_admin_token_only() {
        ApiResponse overview = server.client().admin("GET", "/admin/v1/overview", null);
        assertThat(overview.status()).isEqualTo(200);
        assertThat(overview.json().get("Sandbox").asBoolean()).isFalse();
        assertThat(server.client().admin("GET", "/admin/v1/websockets", null).status()).isEqualTo(200);
        assertThat(server.client().send("GET", "/admin/v1/overview", null, Map.of()).status()).isEqualTo(401);

        try (LiveStreamClient live = LiveStreamClient.subscribed(server.baseUrl(), "Kind=Operation")) {
            server.client().operation("configuration/get", ApiClient.body(ApiClient.UK));
            live.await(event -> event.name().equals("Operation"));
        }
    }

    @Test
    void a_server_stopping_ends_the_streams_of_connected_watchers() {
        RunningConnector stopping = RunningConnector.start(StoreKind.SQLITE);
        LiveStreamClient live = LiveStreamClient.subscribed(stopping.baseUrl(), "");

        stopping.close();

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(live::ended);
        live.close();
    }
}
