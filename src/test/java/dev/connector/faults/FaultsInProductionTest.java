package dev.connector.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connector.app.Config;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FaultsInProductionTest extends BothStoresTest {

    private static final String FAULTS = "/admin/v1/sandbox/faults";

    @Override
    protected Config configure(Config defaults) {
        return defaults.withSandbox(false);
    }

    @Test
    void every_fault_endpoint_answers_403() {
        ApiResponse added = client().admin("POST", FAULTS, FaultsTest.rule("Webhook", "Drop"));
        ApiResponse listed = client().admin("GET", FAULTS, null);
        ApiResponse removed = client().admin("DELETE", FAULTS + "/" + UUID.randomUUID(), null);

        assertThat(added.status()).isEqualTo(403);
        assertThat(added.json().get("Message").asText()).contains("production");
        assertThat(listed.status()).isEqualTo(403);
        assertThat(removed.status()).isEqualTo(403);
    }

    @Test
    void a_rule_written_into_the_store_is_not_applied() {
        server.connector().transactions().write(tx -> {
            new FaultRuleStore().insert(tx.handle(), new FaultRule(UUID.randomUUID(), FaultTarget.Api, null, null, null,
                    FaultKind.Status, 500, null, null, null, null, 0, Instant.now()));
            return null;
        });

        assertThat(client().operation("configuration/get", ApiClient.body(ApiClient.UK)).status()).isEqualTo(200);
    }
}
