package dev.connector.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connector.app.Connector;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.RunningConnector;
import dev.connector.testing.StoreKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Two nodes (two Connectors in this JVM) on one PostgreSQL database share the fault rules and their counts. */
class FaultsOnTwoNodesTest {

    private static final String FAULTS = "/admin/v1/sandbox/faults";


    private static int configuration(ApiClient client) {
        return client.operation("configuration/get", ApiClient.body(ApiClient.UK)).status();
    }

    @Test
    void a_rule_added_on_one_node_applies_on_the_other_and_its_count_is_spent_once_across_both() throws Exception {
        try (RunningConnector nodeA = RunningConnector.start(StoreKind.POSTGRESQL);
             Connector nodeB = nodeA.startSecondNode()) {
            ApiClient onA = nodeA.client();
            ApiClient onB = new ApiClient("http://127.0.0.1:" + nodeB.port());
            ApiResponse added = onA.admin("POST", FAULTS, FaultsTest.rule("Api", "Status").put("Status", 503)
                    .put("Count", 6).put("Operation", "configuration/get"));
            assertThat(added.status()).isEqualTo(201);
            await().atMost(Duration.ofSeconds(10)).until(() -> onB.admin("GET", FAULTS, null).json()
                    .get("FaultRules").size() == 1);

            List<Future<Integer>> answers = new ArrayList<>();
            try (ExecutorService callers = Executors.newFixedThreadPool(8)) {
                for (int i = 0; i < 20; i++) {
                    ApiClient client = i % 2 == 0 ? onA : onB;
                    answers.add(callers.submit(() -> configuration(client)));
                }
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }

            assertThat(statuses).filteredOn(status -> status == 503).hasSize(6);
            assertThat(statuses).filteredOn(status -> status == 200).hasSize(14);
            JsonNode rule = onB.admin("GET", FAULTS, null).json().get("FaultRules").get(0);
            assertThat(rule.get("Remaining").asInt()).isZero();
            assertThat(rule.get("Injected").asInt()).isEqualTo(6);
        }
    }

    @Test
    void a_rule_removed_on_one_node_stops_applying_on_the_other() throws Exception {
        try (RunningConnector nodeA = RunningConnector.start(StoreKind.POSTGRESQL);
             Connector nodeB = nodeA.startSecondNode()) {
            ApiClient onA = nodeA.client();
            ApiClient onB = new ApiClient("http://127.0.0.1:" + nodeB.port());
            String id = onA.admin("POST", FAULTS, FaultsTest.rule("Api", "Status").put("Status", 500)
                    .put("Operation", "configuration/get")).json().get("Id").asText();
            await().atMost(Duration.ofSeconds(10)).until(() -> configuration(onB) == 500);

            assertThat(onA.admin("DELETE", FAULTS + "/" + id, null).status()).isEqualTo(204);

            assertThat(configuration(onB)).isEqualTo(200);
        }
    }
}
