package dev.connector.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import dev.connector.testing.StoreKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerBasicsTest extends BothStoresTest {

    @Test
    void health_reports_the_store() {
        ApiResponse response = server.client().send("GET", "/health", null, Map.of());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("Status").asText()).isEqualTo("Healthy");
        assertThat(response.json().get("Store").asText()).isEqualTo(store == StoreKind.SQLITE ? "sqlite" : "postgresql");
        assertThat(response.header("Request-Id")).isNotBlank();
    }

    @Test
    void unknown_path_is_404_in_the_error_shape() {
        ApiResponse response = server.client().send("POST", "/api/connector/v1/nothing/here", "{}", Map.of());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("RequestId").asText()).isEqualTo(response.header("Request-Id"));
        assertThat(response.json().get("Message").asText()).isNotBlank();
    }
}
