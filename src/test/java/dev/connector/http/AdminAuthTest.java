package dev.connector.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdminAuthTest extends BothStoresTest {

    @Test
    void admin_api_without_a_bearer_token_is_401_in_the_error_shape() {
        ApiResponse response = client().send("GET", "/admin/v1/applications", null, Map.of());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("RequestId").asText()).isEqualTo(response.header("Request-Id"));
    }

    @Test
    void admin_api_with_a_wrong_token_is_401() {
        ApiResponse response = client().send("GET", "/admin/v1/applications", null,
                Map.of("Authorization", "Bearer not-the-admin-token"));

        assertThat(response.status()).isEqualTo(401);
    }
}
