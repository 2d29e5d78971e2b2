package dev.connector.clock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connector.app.Config;
import dev.connector.demo.DemoData;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import org.junit.jupiter.api.Test;

class TestClockInProductionTest extends BothStoresTest {

    private static final String CLOCK = "/admin/v1/enterprises/" + DemoData.UK_ENTERPRISE_ID + "/clock";

    @Override
    protected Config configure(Config defaults) {
        return defaults.withSandbox(false);
    }

    @Test
    void production_mode_refuses_every_clock_endpoint_with_403() {
        ApiResponse get = client().admin("GET", CLOCK, null);
        ApiResponse put = client().admin("PUT", CLOCK,
                ApiClient.JSON.createObjectNode().put("NowUtc", "2035-01-01T00:00:00Z"));
        ApiResponse advance = client().admin("POST", CLOCK + "/advance",
                ApiClient.JSON.createObjectNode().put("By", "P1D"));
        ApiResponse delete = client().admin("DELETE", CLOCK, null);

        for (ApiResponse response : new ApiResponse[] {get, put, advance, delete}) {
            assertThat(response.status()).as(response.raw()).isEqualTo(403);
            assertThat(response.json().path("Message").asText()).contains("production");
        }
    }
}
