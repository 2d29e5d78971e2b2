package dev.connector.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.connector.app.Connector;
import dev.connector.demo.DemoData;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.RunningConnector;
import dev.connector.testing.StoreKind;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Two nodes on one PostgreSQL database: a clock set through one is the hotel's time on the other. */
class SharedClockTest {

    @Test
    void a_clock_set_through_one_node_is_the_hotels_time_on_the_other() throws IOException {
        try (RunningConnector nodeA = RunningConnector.start(StoreKind.POSTGRESQL);
             Connector nodeB = nodeA.startSecondNode()) {
            ApiClient clientB = new ApiClient("http://127.0.0.1:" + nodeB.port());
            Instant set = Instant.parse("2031-07-01T12:00:00Z");

            ApiResponse put = nodeA.client().admin("PUT", "/admin/v1/enterprises/" + DemoData.UK_ENTERPRISE_ID + "/clock",
                    ApiClient.JSON.createObjectNode().put("NowUtc", "2031-07-01T12:00:00Z").put("Frozen", true));

            assertThat(put.status()).as(put.raw()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(20)).until(() -> set.equals(Instant.parse(
                    clientB.operation("configuration/get", ApiClient.body(ApiClient.UK)).json().path("NowUtc").asText())));
        }
    }

}
