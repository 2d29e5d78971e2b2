package dev.connector.rates;

import static dev.connector.services.CatalogueTesting.UK;
import static dev.connector.services.CatalogueTesting.US;
import static dev.connector.services.CatalogueTesting.baseRate;
import static dev.connector.services.CatalogueTesting.category;
import static dev.connector.services.CatalogueTesting.ids;
import static dev.connector.services.CatalogueTesting.nonRefundableRate;
import static dev.connector.services.CatalogueTesting.stayService;
import static dev.connector.testing.ApiClient.limited;
import static dev.connector.testing.Items.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import dev.connector.testing.OutboxRow;
import dev.connector.testing.SpecContract;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RestrictionsApiTest extends BothStoresTest {

    private ApiResponse call(String operation, ObjectNode body) {
        return client().operation(operation, body);
    }

    private ObjectNode addBody(ApiClient.Tokens tokens, UUID serviceId, String identifier) {
        ObjectNode body = ApiClient.body(tokens);
        body.put("ServiceId", serviceId.toString());
        body.putArray("Restrictions").addObject().put("Identifier", identifier).put("ExternalIdentifier", "ext-" + identifier)
                .putObject("Conditions").put("Type", "Start");
        return body;
    }

    private ObjectNode conditions(ObjectNode body) {
        return (ObjectNode) body.at("/Restrictions/0/Conditions");
    }

    @Test
    void added_restrictions_come_back_with_their_identifier_and_are_listed() {
        ObjectNode body = addBody(ApiClient.UK, stayService(UK), "weekend-minimum");
        conditions(body).put("ExactRateId", baseRate(UK).toString())
                .put("ResourceCategoryId", category(UK, "junior-suite").toString())
                .put("StartUtc", "2030-06-01T00:00:00Z").put("EndUtc", "2030-06-30T00:00:00Z")
                .putArray("Days").add("Friday").add("Saturday");
        ((ObjectNode) body.at("/Restrictions/0")).putObject("Exceptions").put("MinLength", "P0M2DT0H0M0S")
                .putObject("MinPrice").put("Currency", "GBP").put("Value", 100);

        ApiResponse added = call("restrictions/add", body);

        assertThat(added.status()).isEqualTo(200);
        SpecContract.assertValidResponse("restrictions/add", added.json());
        assertThat(added.json().at("/Restrictions/0/Identifier").asText()).isEqualTo("weekend-minimum");
        JsonNode restriction = added.json().at("/Restrictions/0/Restriction");
        assertThat(restriction.get("Origin").asText()).isEqualTo("Integration");
        assertThat(restriction.at("/Conditions/StartUtc").asText()).isEqualTo("2030-06-01T00:00:00Z");

        ObjectNode list = limited(ApiClient.UK, 100);
        ids(list, "ServiceIds", stayService(UK));
        ids(list, "RestrictionIds", restriction.get("Id").asText());
        ApiResponse listed = call("restrictions/getAll", list);
        SpecContract.assertValidResponse("restrictions/getAll", listed.json());
        assertThat(listed.json().get("Restrictions")).hasSize(1);
        assertThat(listed.json().at("/Restrictions/0/Exceptions/MinLength").asText()).isEqualTo("P0M2DT0H0M0S");
    }

    @Test
    void rate_filter_finds_restrictions_that_affect_the_rate() {
        ObjectNode general = addBody(ApiClient.US, stayService(US), "general");
        ObjectNode forBase = addBody(ApiClient.US, stayService(US), "for-base");
        conditions(forBase).put("BaseRateId", baseRate(US).toString());
        ObjectNode forOther = addBody(ApiClient.US, stayService(US), "for-exact-base");
        conditions(forOther).put("ExactRateId", baseRate(US).toString());
        String generalId = call("restrictions/add", general).json().at("/Restrictions/0/Restriction/Id").asText();
        String baseId = call("restrictions/add", forBase).json().at("/Restrictions/0/Restriction/Id").asText();
        String exactBaseId = call("restrictions/add", forOther).json().at("/Restrictions/0/Restriction/Id").asText();

        ObjectNode list = limited(ApiClient.US, 1000);
        ids(list, "ServiceIds", stayService(US));
        ids(list, "RateIds", nonRefundableRate(US));
        ApiResponse listed = call("restrictions/getAll", list);

        assertThat(listed.status()).isEqualTo(200);
        assertThat(texts(listed.json().get("Restrictions"), "Id")).contains(generalId, baseId).doesNotContain(exactBaseId);
    }

    @Test
    void restrictions_of_another_hotel_are_neither_listed_nor_added() {
        ObjectNode list = limited(ApiClient.UK, 100);
        ids(list, "ServiceIds", stayService(US));
        call("restrictions/add", addBody(ApiClient.US, stayService(US), "us-only"));
        long before = OutboxRow.lastPosition(server);

        ApiResponse listed = call("restrictions/getAll", list);
        ApiResponse added = call("restrictions/add", addBody(ApiClient.UK, stayService(US), "sneaky"));

        assertThat(listed.json().get("Restrictions")).isEmpty();
        assertThat(added.status()).isEqualTo(403);
        assertThat(OutboxRow.after(server, before)).isEmpty();
    }

    @Test
    void conditions_must_name_rates_and_categories_of_the_service() {
        ObjectNode foreignRate = addBody(ApiClient.UK, stayService(UK), "x");
        conditions(foreignRate).put("ExactRateId", baseRate(US).toString());
        ObjectNode dependentAsBase = addBody(ApiClient.UK, stayService(UK), "y");
        conditions(dependentAsBase).put("BaseRateId", nonRefundableRate(UK).toString());

        assertThat(call("restrictions/add", foreignRate).status()).isEqualTo(403);
        assertThat(call("restrictions/add", dependentAsBase).status()).isEqualTo(403);
    }

    @Test
    void malformed_restrictions_are_bad_requests() {
        ObjectNode badDuration = addBody(ApiClient.UK, stayService(UK), "a");
        ((ObjectNode) badDuration.at("/Restrictions/0")).putObject("Exceptions").put("MinLength", "two days");
        ObjectNode badDay = addBody(ApiClient.UK, stayService(UK), "b");
        conditions(badDay).putArray("Days").add("Caturday");
        ObjectNode badType = addBody(ApiClient.UK, stayService(UK), "c");
        conditions(badType).put("Type", "Sometimes");
        ObjectNode badId = addBody(ApiClient.UK, stayService(UK), "d");
        conditions(badId).put("ExactRateId", "BAR");

        assertThat(call("restrictions/add", badDuration).status()).isEqualTo(400);
        assertThat(call("restrictions/add", badDay).status()).isEqualTo(400);
        assertThat(call("restrictions/add", badType).status()).isEqualTo(400);
        assertThat(call("restrictions/add", badId).status()).isEqualTo(400);
    }

    @Test
    void restrictions_require_service_ids() {
        assertThat(call("restrictions/getAll", limited(ApiClient.UK, 10)).status()).isEqualTo(400);
    }
}
