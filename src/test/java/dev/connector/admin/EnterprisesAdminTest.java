package dev.connector.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.demo.DemoData;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnterprisesAdminTest extends BothStoresTest {

    private static ObjectNode hotel(String name, String currency, String timeZone, String pricing, String country) {
        return ApiClient.JSON.createObjectNode()
                .put("Name", name)
                .put("CurrencyCode", currency)
                .put("TimeZoneIdentifier", timeZone)
                .put("PricingMode", pricing)
                .put("CountryCode", country);
    }

    private ApiResponse create(JsonNode body) {
        return client().admin("POST", "/admin/v1/enterprises", body);
    }

    @Test
    void a_new_enterprise_opens_in_a_new_chain_with_the_regional_defaults() {
        ApiResponse response = create(hotel("Harbour Hotel", "GBP", "Europe/London", "Gross", "GB"));

        assertThat(response.status()).isEqualTo(201);
        JsonNode enterprise = response.json();
        assertThat(enterprise.get("Id").asText()).matches("[0-9a-f-]{36}");
        assertThat(enterprise.get("ChainId").asText()).matches("[0-9a-f-]{36}");
        assertThat(enterprise.get("ChainName").asText()).isEqualTo("Harbour Hotel");
        assertThat(enterprise.get("Name").asText()).isEqualTo("Harbour Hotel");
        assertThat(enterprise.get("CurrencyCode").asText()).isEqualTo("GBP");
        assertThat(enterprise.get("TimeZoneIdentifier").asText()).isEqualTo("Europe/London");
        assertThat(enterprise.get("PricingMode").asText()).isEqualTo("Gross");
        assertThat(enterprise.get("CountryCode").asText()).isEqualTo("GB");
        assertThat(enterprise.get("TaxEnvironmentCode").asText()).isEqualTo("UK-2022");
        assertThat(enterprise.get("LanguageCode").asText()).isEqualTo("en-GB");
        assertThat(enterprise.has("ServiceId")).isTrue();
        assertThat(enterprise.get("CreatedUtc").asText()).endsWith("Z");
    }

    @Test
    void the_tax_environment_and_language_follow_the_country_unless_given() {
        JsonNode us = create(hotel("Capitol Inn", "USD", "America/New_York", "Net", "US")).json();
        JsonNode cz = create(hotel("Hotel Vltava", "CZK", "Europe/Prague", "Gross", "CZ")).json();
        JsonNode given = create(hotel("Hotel Alpen", "EUR", "Europe/Vienna", "Gross", "AT")
                .put("TaxEnvironmentCode", "AT-2020").put("LanguageCode", "en-US")).json();

        assertThat(us.get("TaxEnvironmentCode").asText()).isEqualTo("US-DC");
        assertThat(us.get("LanguageCode").asText()).isEqualTo("en-US");
        assertThat(us.get("PricingMode").asText()).isEqualTo("Net");
        assertThat(cz.get("TaxEnvironmentCode").asText()).isEqualTo("CZ");
        assertThat(cz.get("LanguageCode").asText()).isEqualTo("cs-CZ");
        assertThat(given.get("TaxEnvironmentCode").asText()).isEqualTo("AT-2020");
        assertThat(given.get("LanguageCode").asText()).isEqualTo("en-US");
    }

    @Test
    void an_enterprise_joins_an_existing_chain_when_given_its_id() {
        JsonNode first = create(hotel("Chain Hotel One", "EUR", "Europe/Berlin", "Gross", "DE")
                .put("ChainName", "Sample Chain")).json();

        JsonNode second = create(hotel("Chain Hotel Two", "EUR", "Europe/Berlin", "Gross", "DE")
                .put("ChainId", first.get("ChainId").asText())).json();

        assertThat(first.get("ChainName").asText()).isEqualTo("Sample Chain");
        assertThat(second.get("ChainId").asText()).isEqualTo(first.get("ChainId").asText());
        assertThat(second.get("ChainName").asText()).isEqualTo("Sample Chain");
    }

    @Test
    void an_unknown_chain_is_400_naming_the_chain_id() {
        ApiResponse response = create(hotel("Nowhere Hotel", "EUR", "Europe/Berlin", "Gross", "DE")
                .put("ChainId", "3fa85f64-5717-4562-b3fc-2c963f66afa6"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("Message").asText()).contains("ChainId");
    }

    @Test
    void invalid_fields_are_400_with_a_message_naming_the_field() {
        Map<String, ObjectNode> cases = Map.of(
                "Name", hotel(null, "EUR", "Europe/Berlin", "Gross", "DE"),
                "CurrencyCode", hotel("X", "EURO", "Europe/Berlin", "Gross", "DE"),
                "TimeZoneIdentifier", hotel("X", "EUR", "Europe/Atlantis", "Gross", "DE"),
                "PricingMode", hotel("X", "EUR", "Europe/Berlin", "Included", "DE"),
                "CountryCode", hotel("X", "EUR", "Europe/Berlin", "Gross", "XX"),
                "LanguageCode", hotel("X", "EUR", "Europe/Berlin", "Gross", "DE").put("LanguageCode", "german"),
                "ChainId", hotel("X", "EUR", "Europe/Berlin", "Gross", "DE").put("ChainId", "not-a-guid"));

        cases.forEach((field, body) -> {
            ApiResponse response = create(body);
            assertThat(response.status()).as(field).isEqualTo(400);
            assertThat(response.json().get("Message").asText()).as(field).contains(field);
        });
        assertThat(create(hotel("X", "eur", "Europe/Berlin", "Gross", "DE")).status()).isEqualTo(400);
        assertThat(create(hotel("X", "EUR", "Europe/Berlin", "Gross", "de")).status()).isEqualTo(400);
        assertThat(create(hotel("X", "EUR", "+01:00", "Gross", "DE")).status()).isEqualTo(400);
        assertThat(create(hotel("X", "EUR", "Europe/Berlin", "Included", "DE")).json().get("Message").asText())
                .contains("Gross, Net");
    }

    @Test
    void the_list_holds_the_demo_hotels_and_new_enterprises() {
        String id = create(hotel("Listed Hotel", "EUR", "Europe/Madrid", "Gross", "ES")).json().get("Id").asText();

        ApiResponse response = client().admin("GET", "/admin/v1/enterprises", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().properties()).extracting(Map.Entry::getKey).containsExactly("Enterprises");
        List<String> ids = response.json().get("Enterprises").findValuesAsText("Id");
        assertThat(ids).contains(DemoData.UK_ENTERPRISE_ID.toString(), DemoData.US_ENTERPRISE_ID.toString(), id);
        JsonNode uk = response.json().get("Enterprises").get(ids.indexOf(DemoData.UK_ENTERPRISE_ID.toString()));
        assertThat(uk.get("TaxEnvironmentCode").asText()).isEqualTo("UK-2022");
        assertThat(uk.get("PricingMode").asText()).isEqualTo("Gross");
    }
}
