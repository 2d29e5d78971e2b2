package dev.connector.enterprises;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.api.ApiJson;
import dev.connector.app.Connector;
import dev.connector.demo.DemoData;
import dev.connector.store.Documents;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.RunningConnector;
import dev.connector.testing.StoreKind;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** configuration/get remembers each enterprise's configuration, and no node answers it after it changed. */
class ConfigurationCacheTest {

    @Test
    void a_settings_change_is_answered_at_once_on_sqlite() {
        try (RunningConnector server = RunningConnector.start(StoreKind.SQLITE)) {
            JsonNode before = configuration(server.client());
            assertThat(configuration(server.client()).get("Enterprise")).isEqualTo(before.get("Enterprise"));
            assertThat(before.get("IsIdentityDocumentNumberRequired").asBoolean()).isFalse();

            changeSettings(server.connector());

            JsonNode after = configuration(server.client());
            assertThat(after.get("IsIdentityDocumentNumberRequired").asBoolean()).isTrue();
            assertThat(currencies(after)).containsExactly("GBP", "CZK");
        }
    }

    @Test
    void a_change_committed_through_one_node_is_answered_at_once_by_another_sharing_the_database() throws IOException {
        try (RunningConnector nodeA = RunningConnector.start(StoreKind.POSTGRESQL);
             Connector nodeB = nodeA.startSecondNode()) {
            ApiClient onA = nodeA.client();
            ApiClient onB = new ApiClient("http://127.0.0.1:" + nodeB.port());
            // Both nodes have answered, and so remember, the configuration before the change.
            assertThat(configuration(onA).get("IsIdentityDocumentNumberRequired").asBoolean()).isFalse();
            assertThat(configuration(onB).get("IsIdentityDocumentNumberRequired").asBoolean()).isFalse();
            assertThat(currencies(configuration(onB))).containsExactly("GBP", "EUR", "USD");

            changeSettings(nodeA.connector());

            JsonNode onNodeB = configuration(onB);
            assertThat(onNodeB.get("IsIdentityDocumentNumberRequired").asBoolean()).isTrue();
            assertThat(currencies(onNodeB)).containsExactly("GBP", "CZK");
            assertThat(configuration(onA).get("IsIdentityDocumentNumberRequired").asBoolean()).isTrue();
        }
    }

    /** Requires identity document numbers and accepts other currencies, through the settings store's own write. */
    private static void changeSettings(Connector node) {
        EnterpriseSettingsStore settings = new EnterpriseSettingsStore(new Documents(ApiJson.forStoredJson()));
        EnterpriseStore enterprises = new EnterpriseStore();
        node.transactions().write(tx -> {
            Enterprise enterprise = enterprises.find(tx.handle(), DemoData.UK_ENTERPRISE_ID).orElseThrow();
            EnterpriseSettings current = settings.of(tx.handle(), enterprise);
            settings.save(tx.handle(), enterprise.id(), new EnterpriseSettings(List.of("GBP", "CZK"),
                    current.legalEnvironmentCode(), current.accommodationEnvironmentCode(),
                    current.accountingEnvironmentCode(), current.addressLine2(), current.countrySubdivisionCode(),
                    current.latitude(), current.longitude(), current.holdingKey(), current.groupNames(),
                    current.taxIdentifier(), current.taxPrecision(), current.accountingEditableHistoryInterval(),
                    current.operationalEditableHistoryInterval(), true, current.accounting()), Instant.now());
            return null;
        });
    }

    private static JsonNode configuration(ApiClient client) {
        ObjectNode body = ApiClient.body(ApiClient.UK);
        ApiResponse response = client.operation("configuration/get", body);
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private static List<String> currencies(JsonNode configuration) {
        List<String> codes = new java.util.ArrayList<>();
        configuration.get("Enterprise").get("Currencies").forEach(accepted -> codes.add(accepted.get("Currency").asText()));
        return codes;
    }
}
