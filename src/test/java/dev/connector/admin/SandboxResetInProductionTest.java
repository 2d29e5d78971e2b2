package dev.connector.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connector.app.Config;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import org.junit.jupiter.api.Test;

class SandboxResetInProductionTest extends BothStoresTest {

    @Override
    protected Config configure(Config defaults) {
        return defaults.withSandbox(false);
    }

    private long enterprises() {
        return server.connector().database().jdbi().withHandle(handle ->
                handle.createQuery("SELECT COUNT(*) FROM enterprises").mapTo(Long.class).one());
    }

    @Test
    void production_mode_refuses_a_reset_with_403() {
        long enterprises = enterprises();

        ApiResponse response = client().admin("POST", "/admin/v1/sandbox/reset", null);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("Message").asText()).contains("production");
        assertThat(response.json().get("RequestId").asText()).isEqualTo(response.header("Request-Id"));
        assertThat(enterprises()).isEqualTo(enterprises);
    }
}
