package dev.connector.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The contract checker itself must accept what the spec allows and refuse what it forbids. */
class SpecContractSelfTest {

    @Test
    void accepts_a_valid_result() throws Exception {
        JsonNode valid = ApiClient.JSON.readTree("{\"Countries\":[{\"Code\":\"GB\",\"SovereignCountryCode\":\"GB\","
                + "\"EnglishName\":\"United Kingdom\"}],\"CountryGroups\":[],\"CountryRules\":[],\"CountrySubdivisions\":[]}");

        assertThat(SpecContract.instance().validateResponse("countries/getAll", valid)).isEmpty();
    }

    @Test
    void refuses_unknown_properties_and_wrong_types() throws Exception {
        JsonNode extra = ApiClient.JSON.readTree("{\"Countries\":[],\"CountryGroups\":[],\"CountryRules\":[],\"CountrySubdivisions\":[],\"Surprise\":1}");
        JsonNode wrongType = ApiClient.JSON.readTree("{\"Countries\":[{\"Code\":7,\"SovereignCountryCode\":\"GB\",\"EnglishName\":\"X\"}],\"CountryGroups\":[],\"CountryRules\":[],\"CountrySubdivisions\":[]}");

        assertThat(SpecContract.instance().validateResponse("countries/getAll", extra)).isNotEmpty();
        assertThat(SpecContract.instance().validateResponse("countries/getAll", wrongType)).isNotEmpty();
    }

    @Test
    void gives_the_request_example_with_our_tokens() {
        JsonNode example = SpecContract.requestExample("customers/getAll", ApiClient.UK).orElseThrow();

        assertThat(example.get("AccessToken").asText()).isEqualTo(ApiClient.UK.accessToken());
        assertThat(example.has("Limitation")).isTrue();
    }
}
