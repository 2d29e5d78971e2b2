package dev.connector.companies;

import static dev.connector.testing.ApiClient.limited;
import static dev.connector.testing.Items.ids;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.demo.DemoIds;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import dev.connector.testing.SpecContract;
import org.junit.jupiter.api.Test;

/** Chain-level reads: company profiles and loyalty programs, scoped by the chains the token reaches. */
class CompaniesAndLoyaltyTest extends BothStoresTest {

    @Test
    void the_companies_of_the_chain_are_listed_as_the_spec_describes() {
        ApiResponse response = client().operation("companies/getAll", limited(ApiClient.UK, 100));

        assertThat(response.status()).isEqualTo(200);
        SpecContract.assertValidResponse("companies/getAll", response.json());
        JsonNode companies = response.json().get("Companies");
        assertThat(ids(companies)).containsExactly(id("uk/company/1"), id("uk/company/2"), id("uk/company/3"),
                id("uk/company/4"), id("uk/company/5"));
        assertThat(companies.get(0).get("ChainId").asText()).isEqualTo(id("uk/chain"));
        assertThat(companies.get(1).get("MotherCompanyId").asText()).isEqualTo(id("uk/company/1"));
        assertThat(companies.get(0).get("Number").asLong()).isEqualTo(1);
        assertThat(response.json().get("Cursor").asText()).isEqualTo(id("uk/company/5"));
    }

    @Test
    void companies_are_paged_by_cursor() {
        JsonNode first = client().operation("companies/getAll", limited(ApiClient.UK, 3)).json();
        ObjectNode next = limited(ApiClient.UK, 3);
        ((ObjectNode) next.get("Limitation")).put("Cursor", first.get("Cursor").asText());
        JsonNode second = client().operation("companies/getAll", next).json();

        assertThat(ids(first.get("Companies"))).hasSize(3);
        assertThat(ids(second.get("Companies"))).containsExactly(id("uk/company/4"), id("uk/company/5"));
    }

    @Test
    void companies_are_filtered_by_activity_names_mother_company_and_external_identifier() {
        ObjectNode deleted = limited(ApiClient.UK, 100);
        deleted.putArray("ActivityStates").add("Deleted");
        ObjectNode named = limited(ApiClient.UK, 100);
        named.putArray("Names").add("Northwind Travel");
        ObjectNode children = limited(ApiClient.UK, 100);
        children.putArray("MotherCompanyIds").add(id("uk/company/1"));
        ObjectNode external = limited(ApiClient.UK, 100);
        external.putArray("ExternalIdentifiers").add("CRM-UK-4");

        assertThat(ids(client().operation("companies/getAll", deleted).json().get("Companies")))
                .containsExactly(id("uk/company/5"));
        assertThat(ids(client().operation("companies/getAll", named).json().get("Companies")))
                .containsExactly(id("uk/company/3"));
        assertThat(ids(client().operation("companies/getAll", children).json().get("Companies")))
                .containsExactly(id("uk/company/2"));
        assertThat(ids(client().operation("companies/getAll", external).json().get("Companies")))
                .containsExactly(id("uk/company/4"));
    }

    @Test
    void companies_of_another_chain_are_out_of_reach() {
        ObjectNode foreignChain = limited(ApiClient.UK, 100);
        foreignChain.putArray("ChainIds").add(id("us/chain"));
        ObjectNode foreignIds = limited(ApiClient.UK, 100);
        foreignIds.putArray("Ids").add(id("us/company/1"));

        assertThat(client().operation("companies/getAll", foreignChain).status()).isEqualTo(403);
        assertThat(client().operation("companies/getAll", foreignIds).json().get("Companies")).isEmpty();
        assertThat(ids(client().operation("companies/getAll", limited(ApiClient.PORTFOLIO, 100)).json().get("Companies")))
                .hasSize(10).contains(id("uk/company/1"), id("us/company/1"));
    }

    @Test
    void companies_without_a_limitation_come_in_one_page() {
        ObjectNode body = ApiClient.body(ApiClient.US);

        ApiResponse response = client().operation("companies/getAll", body);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("Companies")).hasSize(5);
    }

    @Test
    void the_deprecated_time_filter_still_filters_on_creation() {
        ObjectNode body = limited(ApiClient.UK, 100);
        java.time.Instant now = java.time.Instant.now();
        body.put("TimeFilter", "Created")
                .put("StartUtc", now.minus(java.time.Duration.ofDays(35)).toString())
                .put("EndUtc", now.toString());

        ApiResponse response = client().operation("companies/getAll", body);

        // Companies 1 to 5 were created 60, 50, 40, 30 and 20 days ago.
        assertThat(ids(response.json().get("Companies"))).containsExactly(id("uk/company/4"), id("uk/company/5"));
    }

    @Test
    void the_loyalty_program_of_the_chain_is_listed_as_the_spec_describes() {
        ApiResponse response = client().operation("loyaltyPrograms/getAll", limited(ApiClient.US, 10));

        assertThat(response.status()).isEqualTo(200);
        SpecContract.assertValidResponse("loyaltyPrograms/getAll", response.json());
        JsonNode program = response.json().get("LoyaltyPrograms").get(0);
        assertThat(response.json().get("LoyaltyPrograms")).hasSize(1);
        assertThat(program.get("Id").asText()).isEqualTo(id("us/loyalty-program/1"));
        assertThat(program.get("Code").asText()).isEqualTo("CAPITOL");
        assertThat(program.get("ChainId").asText()).isEqualTo(id("us/chain"));
    }

    @Test
    void loyalty_programs_are_filtered_by_code_and_scoped_by_chain() {
        ObjectNode byCode = limited(ApiClient.PORTFOLIO, 10);
        byCode.putArray("Codes").add("THAMES");
        ObjectNode foreign = limited(ApiClient.UK, 10);
        foreign.putArray("LoyaltyProgramIds").add(id("us/loyalty-program/1"));

        assertThat(ids(client().operation("loyaltyPrograms/getAll", byCode).json().get("LoyaltyPrograms")))
                .containsExactly(id("uk/loyalty-program/1"));
        assertThat(client().operation("loyaltyPrograms/getAll", foreign).json().get("LoyaltyPrograms")).isEmpty();
        assertThat(ids(client().operation("loyaltyPrograms/getAll", limited(ApiClient.PORTFOLIO, 10)).json()
                .get("LoyaltyPrograms"))).hasSize(2);
    }

    @Test
    void loyalty_programs_need_a_limitation() {
        ApiResponse response = client().operation("loyaltyPrograms/getAll", ApiClient.body(ApiClient.UK));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("Message").asText()).contains("Limitation");
    }

    private static String id(String name) {
        return DemoIds.of(name).toString();
    }
}
