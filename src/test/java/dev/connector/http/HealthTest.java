package dev.connector.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connector.testing.ApiResponse;
import dev.connector.testing.RunningConnector;
import dev.connector.testing.StoreKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthTest {

    @Test
    void health_is_503_when_the_store_is_unreachable() {
        try (RunningConnector server = RunningConnector.start(StoreKind.SQLITE)) {
            server.connector().database().close();

            ApiResponse response = server.client().send("GET", "/health", null, Map.of());

            assertThat(response.status()).isEqualTo(503);
            assertThat(response.json().get("Status").asText()).isEqualTo("Unhealthy");
        }
    }

    @Test
    void metrics_are_prometheus_text_with_operation_timings() {
        try (RunningConnector server = RunningConnector.start(StoreKind.SQLITE)) {
            server.client().operation("nothing/here", dev.connector.testing.ApiClient.body(dev.connector.testing.ApiClient.UK));

            ApiResponse response = server.client().send("GET", "/metrics", null, Map.of());

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("Content-Type")).startsWith("text/plain");
            assertThat(response.raw()).contains("jvm_");
        }
    }
}
