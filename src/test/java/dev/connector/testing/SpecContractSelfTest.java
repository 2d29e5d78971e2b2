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
        JsonNode extra = ApiClient.JSON.readTree(
                "{\"Countries\":[],\"CountryGroups\":[],\"CountryRules\":[],\"CountrySubdivisions\":[],\"Surprise\":1}");
        JsonNode wrongType = ApiClient.JSON.readTree("{\"Countries\":[{\"Code\":7,\"SovereignCountryCode\":\"GB\",\"EnglishName\":\"X\"}],"
                + "\"CountryGroups\":[],\"CountryRules\":[],\"CountrySubdivisions\":[]}");

        assertThat(SpecContract.instance().validateResponse("countries/getAll", extra)).isNotEmpty();
        assertThat(SpecContract.instance().validateResponse("countries/getAll", wrongType)).isNotEmpty();
    }

    @Test
    void command_data_extends_its_empty_base_type_instead_of_being_forbidden_every_property() throws Exception {
        String command = "{\"Commands\":[{\"Id\":\"aa20961f-6d9e-4b35-ad25-071213530aec\",\"State\":\"Pending\","
                + "\"CreatedUtc\":\"2015-09-02T19:25:44Z\",\"Creator\":null,\"Device\":{\"Id\":"
                + "\"63efb573-fc58-4065-b687-9bdd51568529\",\"Name\":\"Printer\",\"Type\":\"Printer\"},\"Data\":"
                + "{\"CopyCount\":1,\"FileType\":\"application/pdf\",\"FileData\":\"JVBERi0=\",\"PrinterName\":\"P\","
                + "\"PrinterDriverName\":\"D\",\"PrinterPortName\":\"USB1\"%s}}],\"Cursor\":null}";
        JsonNode printer = ApiClient.JSON.readTree(command.formatted(""));
        JsonNode extra = ApiClient.JSON.readTree(command.formatted(",\"Surprise\":1"));

        assertThat(SpecContract.instance().validateResponse("commands/getAllActive", printer)).isEmpty();
        assertThat(SpecContract.instance().validateResponse("commands/getAllActive", extra)).isNotEmpty();
    }

    @Test
    void a_request_schema_is_flattened_through_refs_and_all_of() {
        SpecContract spec = SpecContract.instance();
        JsonNode request = SpecContract.requestSchema("customers/getAll");
        JsonNode limitation = spec.flatten(request.path("properties").path("Limitation"));
        JsonNode updated = spec.flatten(request.path("properties").path("UpdatedUtc"));

        assertThat(request.path("required").toString()).contains("\"Limitation\"", "\"ClientToken\"");
        assertThat(limitation.path("type").asText()).isEqualTo("object");
        assertThat(limitation.path("properties").has("Count")).isTrue();
        assertThat(limitation.path("required").toString()).contains("\"Count\"");
        assertThat(updated.path("nullable").asBoolean()).isTrue();
        assertThat(spec.flatten(updated.path("properties").path("StartUtc")).path("format").asText()).isEqualTo("date-time");
    }

    @Test
    void gives_the_request_example_with_our_tokens() {
        JsonNode example = SpecContract.requestExample("customers/getAll", ApiClient.UK).orElseThrow();

        assertThat(example.get("AccessToken").asText()).isEqualTo(ApiClient.UK.accessToken());
        assertThat(example.has("Limitation")).isTrue();
    }
}
