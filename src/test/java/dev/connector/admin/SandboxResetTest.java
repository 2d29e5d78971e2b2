package dev.connector.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.demo.DemoCredentials;
import dev.connector.demo.DemoData;
import dev.connector.demo.DemoIds;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SandboxResetTest extends BothStoresTest {

    private List<String> ids(String path, String array) {
        return client().admin("GET", path, null).json().get(array).findValuesAsText("Id");
    }

    private long count(String table) {
        return server.connector().database().jdbi().withHandle(handle ->
                handle.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }

    @Test
    void a_reset_removes_added_data_and_restores_the_demo_data() {
        List<String> demoEnterprises = ids("/admin/v1/enterprises", "Enterprises");
        List<String> demoApplications = ids("/admin/v1/applications", "Applications");
        List<String> demoIntegrations = ids("/admin/v1/integrations", "Integrations");
        String ukIntegration = DemoIds.of("application/1/integration/uk").toString();
        String enterprise = client().admin("POST", "/admin/v1/enterprises", ApiClient.JSON.createObjectNode()
                .put("Name", "Added Hotel").put("CurrencyCode", "EUR").put("TimeZoneIdentifier", "Europe/Rome")
                .put("PricingMode", "Gross").put("CountryCode", "IT")).json().get("Id").asText();
        String application = client().admin("POST", "/admin/v1/applications",
                ApiClient.JSON.createObjectNode().put("Name", "Added app")).json().get("Id").asText();
        ObjectNode integration = ApiClient.JSON.createObjectNode().put("ApplicationId", application).put("Name", "Added");
        integration.putArray("EnterpriseIds").add(enterprise);
        String added = client().admin("POST", "/admin/v1/integrations", integration).json().get("Id").asText();
        client().admin("POST", "/admin/v1/integrations/" + ukIntegration + "/disable", null);
        long eventsBefore = count("events");

        ApiResponse response = client().admin("POST", "/admin/v1/sandbox/reset", null);

        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        JsonNode emptied = response.json().get("EmptiedTables");
        List<String> tables = new ArrayList<>();
        emptied.forEach(table -> tables.add(table.asText().toLowerCase()));
        assertThat(tables).contains("enterprises", "chains", "applications", "integrations",
                "integration_enterprises", "integration_api_keys", "services")
                .doesNotContain("events", "flyway_schema_history");
        assertThat(ids("/admin/v1/enterprises", "Enterprises")).containsExactlyElementsOf(demoEnterprises)
                .doesNotContain(enterprise);
        assertThat(ids("/admin/v1/applications", "Applications")).containsExactlyElementsOf(demoApplications)
                .doesNotContain(application);
        assertThat(ids("/admin/v1/integrations", "Integrations")).containsExactlyElementsOf(demoIntegrations)
                .doesNotContain(added);
        assertThat(client().admin("GET", "/admin/v1/integrations/" + ukIntegration, null).json().get("State").asText())
                .isEqualTo("Enabled");
        assertThat(demoEnterprises).contains(DemoData.UK_ENTERPRISE_ID.toString(), DemoData.US_ENTERPRISE_ID.toString());
        assertThat(count("events")).isGreaterThanOrEqualTo(eventsBefore);
        assertThat(client().operation("configuration/get", ApiClient.body(ApiClient.UK)).status()).isEqualTo(200);
        assertThat(client().operation("configuration/get", ApiClient.body(new ApiClient.Tokens(
                DemoCredentials.APPLICATIONS.get(3).clientToken(), DemoCredentials.APPLICATIONS.get(3).usAccessToken())))
                .status()).isEqualTo(200);
    }

    @Test
    void a_reset_twice_in_a_row_gives_the_same_demo_data() {
        client().admin("POST", "/admin/v1/sandbox/reset", null);
        List<String> first = ids("/admin/v1/integrations", "Integrations");

        ApiResponse again = client().admin("POST", "/admin/v1/sandbox/reset", null);

        assertThat(again.status()).isEqualTo(200);
        assertThat(ids("/admin/v1/integrations", "Integrations")).containsExactlyElementsOf(first);
    }

    @Test
    void tables_that_survive_a_reset_hold_no_foreign_keys_to_tables_it_empties() throws SQLException {
        List<String> violations = server.connector().database().jdbi().withHandle(handle -> {
            List<String> found = new ArrayList<>();
            Connection connection = handle.getConnection();
            DatabaseMetaData metadata = connection.getMetaData();
            for (String table : server.connector().database().dialect().tables(handle)) {
                if (!SandboxReset.survivesReset(table)) {
                    continue;
                }
                try (ResultSet keys = metadata.getImportedKeys(connection.getCatalog(), connection.getSchema(), table)) {
                    while (keys.next()) {
                        String referenced = keys.getString("PKTABLE_NAME");
                        if (!SandboxReset.survivesReset(referenced)) {
                            found.add(table + " -> " + referenced);
                        }
                    }
                }
            }
            return found;
        });

        assertThat(violations).as("tables kept by a reset that reference tables it empties").isEmpty();
    }
}
