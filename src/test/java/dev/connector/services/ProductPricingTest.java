package dev.connector.services;

import static dev.connector.services.CatalogueTesting.UK;
import static dev.connector.services.CatalogueTesting.id;
import static dev.connector.testing.ApiClient.limited;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.api.ApiJson;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import dev.connector.testing.SpecContract;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProductPricingTest extends BothStoresTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private JsonNode ok(String operation, ObjectNode body) {
        ApiResponse response = client().operation(operation, body);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        SpecContract.assertValidResponse(operation, response.json());
        return response.json();
    }

    private static String midnight(LocalDate day) {
        return ApiJson.format(day.atStartOfDay(LONDON).toInstant());
    }

    private JsonNode pricing(UUID productId, LocalDate first, LocalDate last) {
        ObjectNode body = ApiClient.body(ApiClient.UK);
        body.put("ProductId", productId.toString())
                .put("FirstTimeUnitStartUtc", midnight(first))
                .put("LastTimeUnitStartUtc", midnight(last));
        return ok("products/getPricing", body);
    }

    @Test
    void an_updated_price_applies_to_its_nights_only_and_can_be_removed() {
        UUID parking = id(UK, "product/parking");
        LocalDate first = LocalDate.now(LONDON).plusDays(10);
        ObjectNode update = ApiClient.body(ApiClient.UK);
        update.put("ProductId", parking.toString());
        update.putArray("PriceUpdates").addObject().put("Value", new BigDecimal("27.50"))
                .put("FirstTimeUnitStartUtc", midnight(first.plusDays(1)))
                .put("LastTimeUnitStartUtc", midnight(first.plusDays(2)));

        ok("products/updatePrice", update);

        JsonNode prices = pricing(parking, first, first.plusDays(3)).get("BaseAmountPrices");
        assertThat(prices).hasSize(4);
        assertThat(prices.get(0).get("GrossValue").decimalValue()).isEqualByComparingTo("20");
        assertThat(prices.get(1).get("GrossValue").decimalValue()).isEqualByComparingTo("27.50");
        assertThat(prices.get(2).get("GrossValue").decimalValue()).isEqualByComparingTo("27.50");
        assertThat(prices.get(3).get("GrossValue").decimalValue()).isEqualByComparingTo("20");

        ObjectNode reset = ApiClient.body(ApiClient.UK);
        reset.put("ProductId", parking.toString());
        reset.putArray("PriceUpdates").addObject()
                .put("FirstTimeUnitStartUtc", midnight(first))
                .put("LastTimeUnitStartUtc", midnight(first.plusDays(3)));
        ok("products/updatePrice", reset);
        assertThat(pricing(parking, first, first).at("/BaseAmountPrices/0/GrossValue").decimalValue())
                .isEqualByComparingTo("20");
    }

    @Test
    void a_deleted_product_is_listed_as_inactive_and_cannot_be_priced() {
        UUID lateCheckOut = id(UK, "product/late-check-out");
        ObjectNode delete = ApiClient.body(ApiClient.UK);
        delete.putArray("ProductIds").add(lateCheckOut.toString());

        ok("products/delete", delete);

        ObjectNode list = limited(ApiClient.UK, 10);
        list.putArray("ProductIds").add(lateCheckOut.toString());
        list.putArray("ServiceIds").add(CatalogueTesting.stayService(UK).toString());
        JsonNode products = client().operation("products/getAll", list).json().get("Products");
        assertThat(products.findValuesAsText("IsActive")).doesNotContain("true");
        ObjectNode body = ApiClient.body(ApiClient.UK);
        body.put("ProductId", lateCheckOut.toString())
                .put("FirstTimeUnitStartUtc", midnight(LocalDate.now(LONDON)))
                .put("LastTimeUnitStartUtc", midnight(LocalDate.now(LONDON)));
        assertThat(client().operation("products/getPricing", body).status()).isEqualTo(403);
    }

    @Test
    void pricing_needs_time_unit_starts() {
        ObjectNode body = ApiClient.body(ApiClient.UK);
        body.put("ProductId", id(UK, "product/breakfast").toString())
                .put("FirstTimeUnitStartUtc", "2030-01-01T10:00:00Z")
                .put("LastTimeUnitStartUtc", "2030-01-02T00:00:00Z");

        ApiResponse response = client().operation("products/getPricing", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("Message").asText()).contains("FirstTimeUnitStartUtc");
    }
}
