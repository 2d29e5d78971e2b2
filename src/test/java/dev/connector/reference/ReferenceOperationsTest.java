package dev.connector.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import dev.connector.testing.SpecContract;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class ReferenceOperationsTest extends BothStoresTest {

    private JsonNode call(String operation) {
        ApiResponse response = client().operation(operation, ApiClient.body(ApiClient.UK));
        assertThat(response.status()).as(operation + ": " + response.raw()).isEqualTo(200);
        SpecContract.assertValidResponse(operation, response.json());
        return response.json();
    }

    private static JsonNode byCode(JsonNode items, String code) {
        return StreamSupport.stream(items.spliterator(), false)
                .filter(item -> code.equals(item.path("Code").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no item with Code " + code + " in " + items));
    }

    @Test
    void countries_cover_iso_3166_with_subdivisions_and_groups() {
        JsonNode result = call("countries/getAll");

        assertThat(result.get("Countries").size()).isGreaterThanOrEqualTo(240);
        assertThat(byCode(result.get("Countries"), "GB").get("EnglishName").asText()).isEqualTo("United Kingdom");
        assertThat(byCode(result.get("Countries"), "PR").get("SovereignCountryCode").asText()).isEqualTo("US");
        assertThat(byCode(result.get("Countries"), "CZ").get("SovereignCountryCode").asText()).isEqualTo("CZ");
        assertThat(byCode(result.get("CountrySubdivisions"), "US-DC").get("CountryCode").asText()).isEqualTo("US");
        assertThat(byCode(result.get("CountrySubdivisions"), "GB-ENG").get("EnglishName").asText()).isEqualTo("England");
        JsonNode eu = byCode(result.get("CountryGroups"), "EU");
        assertThat(eu.get("CountryCodes").size()).isEqualTo(27);
        assertThat(result.get("CountryRules").isArray()).isTrue();
    }

    @Test
    void currencies_carry_their_decimal_places() {
        JsonNode currencies = call("currencies/getAll").get("Currencies");

        assertThat(byCode(currencies, "GBP").get("Precision").asInt()).isEqualTo(2);
        assertThat(byCode(currencies, "USD").get("Precision").asInt()).isEqualTo(2);
        assertThat(byCode(currencies, "EUR").get("Precision").asInt()).isEqualTo(2);
        assertThat(byCode(currencies, "JPY").get("Precision").asInt()).isEqualTo(0);
        assertThat(byCode(currencies, "BHD").get("Precision").asInt()).isEqualTo(3);
        List<String> codes = new ArrayList<>();
        currencies.forEach(currency -> codes.add(currency.get("Code").asText()));
        assertThat(codes).as("withdrawn currencies are left out").doesNotContain("DEM", "FRF", "XAU");
        assertThat(codes).isSorted();
    }

    @Test
    void languages_are_culture_codes_with_fallbacks() {
        JsonNode languages = call("languages/getAll").get("Languages");

        assertThat(byCode(languages, "en-US").get("FallbackLanguageCode").isNull()).isTrue();
        assertThat(byCode(languages, "en-GB").get("FallbackLanguageCode").asText()).isEqualTo("en-US");
        assertThat(byCode(languages, "cs-CZ").get("LocalName").asText()).isEqualTo("Čeština");
        assertThat(byCode(languages, "de-DE").get("EnglishName").asText()).isEqualTo("German");
        assertThat(byCode(languages, "fr-FR")).isNotNull();
    }

    @Test
    void tax_environments_include_those_of_the_demo_hotels() {
        JsonNode result = call("taxEnvironments/getAll");

        JsonNode uk = byCode(result.get("TaxEnvironments"), "UK-2022");
        assertThat(uk.get("CountryCode").asText()).isEqualTo("GBR");
        assertThat(uk.get("ValidityStartUtc").asText()).isEqualTo("2022-03-31T23:00:00Z");
        assertThat(uk.get("ValidityEndUtc").isNull()).isTrue();
        assertThat(uk.get("TaxationCodes")).extracting(JsonNode::asText).containsExactly("UK-2022");
        JsonNode dc = byCode(result.get("TaxEnvironments"), "US-DC");
        assertThat(dc.get("CountryCode").asText()).isEqualTo("USA");
        assertThat(byCode(result.get("Taxations"), "US-DC").get("TaxEnvironmentCode").asText()).isEqualTo("US-DC");
    }

    @Test
    void taxations_list_rates_with_their_strategies() {
        JsonNode result = call("taxations/getAll");
        JsonNode rates = result.get("TaxRates");

        assertThat(byCode(result.get("Taxations"), "UK-2022").get("Name").asText()).isEqualTo("VAT");
        JsonNode standard = byCode(rates, "UK-2022-S");
        assertThat(standard.get("TaxationCode").asText()).isEqualTo("UK-2022");
        assertThat(standard.get("Value").decimalValue()).isEqualByComparingTo("0.20");
        assertThat(standard.get("Strategy").get("Discriminator").asText()).isEqualTo("Relative");
        assertThat(standard.get("Strategy").get("Value").get("Value").decimalValue()).isEqualByComparingTo("0.20");
        assertThat(byCode(rates, "UK-2022-R").get("Value").decimalValue()).isEqualByComparingTo("0.05");
        assertThat(byCode(rates, "UK-2022-Z").get("Value").decimalValue()).isEqualByComparingTo("0");
        assertThat(byCode(rates, "US-DC-S").get("Value").decimalValue()).isEqualByComparingTo("0.06");
        assertThat(byCode(rates, "US-DC-H").get("Value").decimalValue()).isEqualByComparingTo("0.1495");

        JsonNode flat = byCode(rates, "US-NY-HOTEL-F").get("Strategy");
        assertThat(flat.get("Discriminator").asText()).isEqualTo("Flat");
        assertThat(flat.get("Value").get("CurrencyCode").asText()).isEqualTo("USD");
        JsonNode dependent = byCode(rates, "CA-QC-2012-QST-9.5%").get("Strategy");
        assertThat(dependent.get("Discriminator").asText()).isEqualTo("Dependent");
        assertThat(dependent.get("Value").get("BaseTaxationCodes")).extracting(JsonNode::asText)
                .containsExactly("CA-QC-2012-GST");
        assertThat(byCode(rates, "UK-2021-H").get("ValidityInvervalsUtc").get(0).get("EndUtc").asText())
                .isEqualTo("2022-03-31T23:00:00Z");
    }
}
