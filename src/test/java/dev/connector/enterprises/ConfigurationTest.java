package dev.connector.enterprises;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.demo.DemoData;
import dev.connector.demo.DemoIds;
import dev.connector.integrations.Integration;
import dev.connector.integrations.IntegrationState;
import dev.connector.integrations.IntegrationStore;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import dev.connector.testing.SpecContract;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConfigurationTest extends BothStoresTest {

    private ApiResponse configuration(ApiClient.Tokens tokens, UUID enterpriseId) {
        ObjectNode body = ApiClient.body(tokens);
        if (enterpriseId != null) {
            body.put("EnterpriseId", enterpriseId.toString());
        }
        return client().operation("configuration/get", body);
    }

    private static List<String> currencies(JsonNode enterprise) {
        List<String> codes = new java.util.ArrayList<>();
        enterprise.get("Currencies").forEach(accepted -> codes.add(accepted.get("Currency").asText()));
        return codes;
    }

    @Test
    void uk_token_gets_the_gross_uk_hotel_accepting_three_currencies() {
        ApiResponse response = configuration(ApiClient.UK, null);

        assertThat(response.status()).isEqualTo(200);
        SpecContract.assertValidResponse("configuration/get", response.json());
        JsonNode enterprise = response.json().get("Enterprise");
        assertThat(enterprise.get("Id").asText()).isEqualTo(DemoData.UK_ENTERPRISE_ID.toString());
        assertThat(enterprise.get("Pricing").asText()).isEqualTo("Gross");
        assertThat(enterprise.get("TaxEnvironmentCode").asText()).isEqualTo("UK-2022");
        assertThat(enterprise.get("LegalEnvironmentCode").asText()).isEqualTo("UK");
        assertThat(enterprise.get("DefaultLanguageCode").asText()).isEqualTo("en-GB");
        assertThat(enterprise.get("TimeZoneIdentifier").asText()).isEqualTo("Europe/London");
        assertThat(currencies(enterprise)).containsExactly("GBP", "EUR", "USD");
        assertThat(enterprise.get("Currencies").get(0).get("IsDefault").asBoolean()).isTrue();
        assertThat(enterprise.get("Currencies").get(1).get("IsDefault").asBoolean()).isFalse();
        assertThat(enterprise.get("Address").get("CountryCode").asText()).isEqualTo("GB");
        assertThat(enterprise.get("AddressId").asText()).isEqualTo(enterprise.get("Address").get("Id").asText());
        assertThat(enterprise.get("IsPortfolio").asBoolean()).isFalse();
        JsonNode stay = response.json().get("Service");
        assertThat(stay.get("EnterpriseId").asText()).isEqualTo(DemoData.UK_ENTERPRISE_ID.toString());
        assertThat(stay.get("Data").get("Discriminator").asText()).isEqualTo("Bookable");
        Instant now = Instant.parse(response.json().get("NowUtc").asText());
        assertThat(Duration.between(now, Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
    }

    @Test
    void us_token_gets_the_net_washington_hotel_with_dollars_first() {
        ApiResponse response = configuration(ApiClient.US, null);

        assertThat(response.status()).isEqualTo(200);
        SpecContract.assertValidResponse("configuration/get", response.json());
        JsonNode enterprise = response.json().get("Enterprise");
        assertThat(enterprise.get("Id").asText()).isEqualTo(DemoData.US_ENTERPRISE_ID.toString());
        assertThat(enterprise.get("Pricing").asText()).isEqualTo("Net");
        assertThat(enterprise.get("TaxEnvironmentCode").asText()).isEqualTo("US-DC");
        assertThat(enterprise.get("Address").get("CountrySubdivisionCode").asText()).isEqualTo("US-DC");
        assertThat(currencies(enterprise)).containsExactly("USD", "GBP", "EUR");
    }

    @Test
    void a_single_token_may_name_its_own_enterprise_but_no_other() {
        assertThat(configuration(ApiClient.UK, DemoData.UK_ENTERPRISE_ID).status()).isEqualTo(200);

        ApiResponse other = configuration(ApiClient.UK, DemoData.US_ENTERPRISE_ID);

        assertThat(other.status()).isEqualTo(403);
        assertThat(other.json().get("Message").asText()).contains(DemoData.US_ENTERPRISE_ID.toString());
    }

    @Test
    void portfolio_token_must_say_which_enterprise() {
        ApiResponse missing = configuration(ApiClient.PORTFOLIO, null);
        ApiResponse us = configuration(ApiClient.PORTFOLIO, DemoData.US_ENTERPRISE_ID);
        ApiResponse unknown = configuration(ApiClient.PORTFOLIO, UUID.randomUUID());

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("Message").asText()).contains("EnterpriseId");
        assertThat(us.status()).isEqualTo(200);
        SpecContract.assertValidResponse("configuration/get", us.json());
        assertThat(us.json().get("Enterprise").get("Id").asText()).isEqualTo(DemoData.US_ENTERPRISE_ID.toString());
        assertThat(unknown.status()).isEqualTo(403);
    }

    @Test
    void an_enterprise_without_settings_gets_defaults_and_its_first_active_bookable_service() {
        UUID enterpriseId = UUID.randomUUID();
        UUID stayId = UUID.randomUUID();
        String accessToken = "TEST" + UUID.randomUUID().toString().replace("-", "").toUpperCase();
        Instant created = Instant.parse("2026-01-05T10:00:00Z");
        server.connector().database().jdbi().useTransaction(handle -> {
            EnterpriseStore enterprises = new EnterpriseStore();
            UUID chainId = UUID.randomUUID();
            enterprises.insertChain(handle, chainId, "Test chain", created);
            enterprises.insert(handle, new Enterprise(enterpriseId, chainId, "Test chain", "Test Hotel Prague", null,
                    "CZK", "Europe/Prague", PricingMode.Gross, "CZ", "CZ-2024", "cs-CZ", "Náměstí 1", "Praha",
                    "110 00", null, null, null, created, created));
            new IntegrationStore().insertIntegration(handle, new Integration(UUID.randomUUID(),
                    DemoIds.of("application/1"), "Test integration", accessToken, IntegrationState.Enabled,
                    List.of(enterpriseId), created, created));
            insertService(handle, UUID.randomUUID(), enterpriseId, "Additional", true, "Breakfast");
            insertService(handle, UUID.randomUUID(), enterpriseId, "Bookable", false, "Old stay");
            insertService(handle, stayId, enterpriseId, "Bookable", true, "Stay");
        });

        ApiResponse response = configuration(new ApiClient.Tokens(ApiClient.UK.clientToken(), accessToken), null);

        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        SpecContract.assertValidResponse("configuration/get", response.json());
        JsonNode enterprise = response.json().get("Enterprise");
        assertThat(enterprise.get("LegalEnvironmentCode").asText()).isEqualTo("CZ");
        assertThat(currencies(enterprise)).containsExactly("CZK", "GBP", "EUR", "USD");
        assertThat(enterprise.get("Address").get("Latitude").isNull()).isTrue();
        assertThat(enterprise.get("CreatedUtc").asText()).isEqualTo("2026-01-05T10:00:00Z");
        assertThat(response.json().get("Service").get("Id").asText()).isEqualTo(stayId.toString());
        assertThat(response.json().get("Service").get("EnterpriseId").asText()).isEqualTo(enterpriseId.toString());
    }

    private static void insertService(org.jdbi.v3.core.Handle handle, UUID id, UUID enterpriseId, String kind,
                                      boolean active, String name) {
        String data = kind.equals("Bookable")
                ? """
                  {"Discriminator": "Bookable", "Value": {"StartOffset": "P0DT14H0M0S", "EndOffset": "P0DT12H0M0S",
                   "OccupancyStartOffset": "P0DT14H0M0S", "OccupancyEndOffset": "P0DT12H0M0S",
                   "TimeUnit": "Day", "TimeUnitPeriod": "Day"}}"""
                : """
                  {"Discriminator": "Additional", "Value": {"Promotions": {"BeforeCheckIn": true, "AfterCheckIn": true,
                   "DuringStay": true, "BeforeCheckOut": true, "AfterCheckOut": false, "DuringCheckOut": false}}}""";
        String doc = """
                {"Id": "%s", "EnterpriseId": "%s", "IsActive": %s, "Name": "%s", "Names": {"en-US": "%s"},
                 "StartTime": null, "EndTime": null, "Options": {"BillAsPackage": false}, "Promotions": null,
                 "Type": null, "Ordering": 0, "Data": %s, "ExternalIdentifier": null,
                 "CreatedUtc": "2026-01-05T10:00:00Z", "UpdatedUtc": "2026-01-05T10:00:00Z"}"""
                .formatted(id, enterpriseId, active, name, name, data);
        handle.createUpdate("""
                        INSERT INTO services (id, enterprise_id, name, type, is_active, created_utc, updated_utc, doc)
                        VALUES (:id, :enterpriseId, :name, :type, :active, 0, 0, :doc)""")
                .bind("id", id.toString())
                .bind("enterpriseId", enterpriseId.toString())
                .bind("name", name)
                .bind("type", kind)
                .bind("active", active)
                .bind("doc", doc)
                .execute();
    }
}
