package dev.connector.rates;

import static dev.connector.services.CatalogueTesting.UK;
import static dev.connector.services.CatalogueTesting.baseRate;
import static dev.connector.services.CatalogueTesting.category;
import static dev.connector.services.CatalogueTesting.id;
import static dev.connector.services.CatalogueTesting.stayService;
import static dev.connector.testing.ApiClient.limited;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.api.ApiJson;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import dev.connector.testing.OutboxRow;
import dev.connector.testing.SpecContract;
import dev.connector.websockets.WsClient;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RateSetupTest extends BothStoresTest {

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

    private static LocalDate inDays(int days) {
        return LocalDate.now(LONDON).plusDays(days);
    }

    private static ObjectNode baseRateData(ArrayNode rates, String name, String gross) {
        ObjectNode rate = rates.addObject();
        rate.put("ServiceId", stayService(UK).toString())
                .put("RateGroupId", id(UK, "rate-group/default").toString())
                .put("IsEnabled", true)
                .put("Type", "Public")
                .put("PricingType", "BaseRatePricing");
        rate.putObject("Names").put("en-GB", name);
        rate.putObject("Pricing").putObject("BaseRatePricing").putObject("Amount")
                .put("Currency", "GBP").put("GrossValue", new BigDecimal(gross)).putArray("TaxCodes");
        return rate;
    }

    private UUID addBaseRate(String name, String gross) {
        ObjectNode body = ApiClient.body(ApiClient.UK);
        baseRateData(body.putArray("Rates"), name, gross);
        return UUID.fromString(ok("rates/add", body).at("/Rates/0/Id").asText());
    }

    private UUID addDependentRate(UUID baseRateId, String relative, String absolute) {
        ObjectNode body = ApiClient.body(ApiClient.UK);
        ObjectNode rate = body.putArray("Rates").addObject();
        rate.put("ServiceId", stayService(UK).toString())
                .put("RateGroupId", id(UK, "rate-group/default").toString())
                .put("PricingType", "DependentRatePricing");
        rate.putObject("Names").put("en-GB", "Dependent on " + baseRateId);
        rate.putObject("Pricing").putObject("DependentRatePricing").put("BaseRateId", baseRateId.toString())
                .put("RelativeAdjustment", new BigDecimal(relative)).put("AbsoluteAdjustment", new BigDecimal(absolute));
        JsonNode added = ok("rates/add", body).at("/Rates/0");
        assertThat(added.get("IsBaseRate").asBoolean()).isFalse();
        assertThat(added.get("BaseRateId").asText()).isEqualTo(baseRateId.toString());
        return UUID.fromString(added.get("Id").asText());
    }

    /** The standard double's price on the night under the rate, as rates/getPricing tells it. */
    private BigDecimal price(UUID rateId, LocalDate night) {
        ObjectNode body = ApiClient.body(ApiClient.UK);
        body.put("RateId", rateId.toString())
                .put("FirstTimeUnitStartUtc", midnight(night))
                .put("LastTimeUnitStartUtc", midnight(night));
        for (JsonNode category : ok("rates/getPricing", body).get("CategoryPrices")) {
            if (category.get("CategoryId").asText().equals(category(UK, "standard-double").toString())) {
                return category.get("Prices").get(0).decimalValue();
            }
        }
        throw new AssertionError("No standard double price");
    }

    /** The gross total reservations/price gives for one night for the number of adults. */
    private BigDecimal stayPrice(UUID rateId, LocalDate night, int adults) {
        ObjectNode body = ApiClient.body(ApiClient.UK);
        body.put("ServiceId", stayService(UK).toString());
        ObjectNode reservation = body.putArray("Reservations").addObject();
        reservation.put("Identifier", "quote")
                .put("StartUtc", ApiJson.format(night.atTime(LocalTime.of(15, 0)).atZone(LONDON).toInstant()))
                .put("EndUtc", ApiJson.format(night.plusDays(1).atTime(LocalTime.of(11, 0)).atZone(LONDON).toInstant()))
                .put("RequestedCategoryId", category(UK, "standard-double").toString())
                .put("RateId", rateId.toString());
        reservation.putArray("PersonCounts").addObject()
                .put("AgeCategoryId", id(UK, "age-category/adult").toString()).put("Count", adults);
        return ok("reservations/price", body).at("/ReservationPrices/0/TotalAmount/GrossValue").decimalValue();
    }

    private void updatePrice(UUID rateId, LocalDate night, String value) {
        ObjectNode body = ApiClient.body(ApiClient.UK);
        body.put("RateId", rateId.toString());
        body.putArray("PriceUpdates").addObject().put("Value", new BigDecimal(value))
                .put("FirstTimeUnitStartUtc", midnight(night)).put("LastTimeUnitStartUtc", midnight(night));
        ok("rates/updatePrice", body);
    }

    @Test
    void an_added_base_rate_prices_every_category_and_its_dependent_rate_follows_price_updates() {
        LocalDate night = inDays(20);
        UUID base = addBaseRate("Summer promotion", "200");
        UUID dependent = addDependentRate(base, "-0.2", "5");

        assertThat(price(base, night)).isEqualByComparingTo("200");
        assertThat(price(dependent, night)).isEqualByComparingTo("165");
        updatePrice(base, night, "250");

        assertThat(price(dependent, night)).isEqualByComparingTo("205");
        assertThat(stayPrice(dependent, night, 2)).isEqualByComparingTo("205");
        ObjectNode list = limited(ApiClient.UK, 100);
        list.putArray("ServiceIds").add(stayService(UK).toString());
        list.putArray("RateIds").add(base.toString()).add(dependent.toString());
        assertThat(ok("rates/getAll", list).get("Rates")).hasSize(2);
    }

    @Test
    void a_capacity_offset_changes_the_price_of_fewer_guests_and_is_announced() {
        LocalDate night = inDays(25);
        try (WsClient socket = WsClient.withCookies(server.baseUrl(), ApiClient.UK, "")) {
            UUID base = addBaseRate("Occupancy priced", "180");
            UUID dependent = addDependentRate(base, "0", "-10");
            long position = OutboxRow.lastPosition(server);
            ObjectNode body = ApiClient.body(ApiClient.UK);
            ObjectNode update = body.putArray("CapacityOffsetUpdates").addObject();
            update.put("RateId", base.toString());
            update.putObject("NegativeOccupancyAdjustment").put("Value", -30);
            update.putObject("ExtraOccupancyAdjustment").put("Value", 25);

            ok("rates/updateCapacityOffset", body);

            await().atMost(Duration.ofSeconds(20)).until(() -> offsetEvents(socket).size() >= 2);
            assertThat(offsetEvents(socket)).extracting(event -> event.get("RateId").asText())
                    .containsExactly(base.toString(), dependent.toString());
            assertThat(OutboxRow.after(server, position)).extracting(OutboxRow::type)
                    .containsExactly("PriceUpdate", "PriceUpdate");
            assertPrices(base, dependent, night);
        }
    }

    /** The price updates without an interval: those of capacity offsets, which change every night. */
    private static List<JsonNode> offsetEvents(WsClient socket) {
        return socket.events().stream()
                .filter(event -> event.get("Type").asText().equals("PriceUpdate"))
                .filter(event -> event.path("StartUtc").isNull() || event.path("StartUtc").isMissingNode())
                .toList();
    }

    private void assertPrices(UUID base, UUID dependent, LocalDate night) {
        assertThat(stayPrice(base, night, 2)).isEqualByComparingTo("180");
        assertThat(stayPrice(base, night, 1)).isEqualByComparingTo("150");
        assertThat(stayPrice(dependent, night, 1)).isEqualByComparingTo("140");
        assertThat(stayPrice(base, night, 3)).isEqualByComparingTo("205");
        ObjectNode pricing = ApiClient.body(ApiClient.UK);
        pricing.put("RateId", base.toString()).put("FirstTimeUnitStartUtc", midnight(night))
                .put("LastTimeUnitStartUtc", midnight(night));
        assertThat(ok("rates/getPricing", pricing).get("EmptyUnitAdjustment").decimalValue())
                .isEqualByComparingTo("-30");
    }

    @Test
    void adding_a_base_rate_announces_its_prices_over_websockets() {
        try (WsClient socket = WsClient.withCookies(server.baseUrl(), ApiClient.UK, "")) {
            UUID base = addBaseRate("Announced", "150");

            await().atMost(Duration.ofSeconds(20)).until(() -> socket.events().stream()
                    .anyMatch(event -> event.path("RateId").asText().equals(base.toString())));
            JsonNode event = socket.events().stream()
                    .filter(candidate -> candidate.path("RateId").asText().equals(base.toString())).findFirst().get();
            assertThat(event.get("Type").asText()).isEqualTo("PriceUpdate");
            assertThat(event.get("StartUtc").asText()).isEqualTo(midnight(inDays(-30)));
        }
    }

    @Test
    void a_deleted_rate_is_listed_as_deleted_and_a_base_rate_with_dependents_stays() {
        UUID base = addBaseRate("Short lived", "100");
        UUID dependent = addDependentRate(base, "0", "0");
        ObjectNode refused = ApiClient.body(ApiClient.UK);
        refused.putArray("RateIds").add(base.toString());
        ObjectNode delete = ApiClient.body(ApiClient.UK);
        delete.putArray("RateIds").add(dependent.toString());

        assertThat(client().operation("rates/delete", refused).status()).isEqualTo(403);
        ok("rates/delete", delete);
        ok("rates/delete", refused);

        ObjectNode list = limited(ApiClient.UK, 100);
        list.putArray("ServiceIds").add(stayService(UK).toString());
        list.putArray("RateIds").add(base.toString()).add(dependent.toString());
        list.putArray("ActivityStates").add("Deleted");
        JsonNode rates = ok("rates/getAll", list).get("Rates");
        assertThat(rates).hasSize(2);
        assertThat(rates.get(0).get("IsActive").asBoolean()).isFalse();
    }

    @Test
    void rates_set_creates_then_updates_the_rate_with_the_same_external_identifier() {
        ObjectNode body = ApiClient.body(ApiClient.UK);
        baseRateData(body.putArray("Rates"), "Channel rate", "120").put("ExternalIdentifier", "CM-77");
        UUID created = UUID.fromString(ok("rates/set", body).at("/Rates/0/Id").asText());
        ObjectNode again = ApiClient.body(ApiClient.UK);
        baseRateData(again.putArray("Rates"), "Channel rate renamed", "130").put("ExternalIdentifier", "CM-77");

        JsonNode updated = ok("rates/set", again).at("/Rates/0");

        assertThat(updated.get("Id").asText()).isEqualTo(created.toString());
        assertThat(updated.at("/Names/en-GB").asText()).isEqualTo("Channel rate renamed");
        assertThat(price(created, inDays(3))).isEqualByComparingTo("130");
    }

    @Test
    void a_rate_must_join_a_group_of_its_service_and_a_dependent_rate_needs_its_base() {
        ObjectNode foreignGroup = ApiClient.body(ApiClient.UK);
        baseRateData(foreignGroup.putArray("Rates"), "Wrong group", "100").put("RateGroupId", UUID.randomUUID().toString());
        ObjectNode noBase = ApiClient.body(ApiClient.UK);
        baseRateData(noBase.putArray("Rates"), "No base", "100").put("PricingType", "DependentRatePricing");
        ObjectNode dependentOnDependent = ApiClient.body(ApiClient.UK);
        ObjectNode rate = baseRateData(dependentOnDependent.putArray("Rates"), "Chain", "100")
                .put("PricingType", "DependentRatePricing");
        rate.putObject("Pricing").putObject("DependentRatePricing")
                .put("BaseRateId", id(UK, "rate/non-refundable").toString());

        assertThat(client().operation("rates/add", foreignGroup).status()).isEqualTo(403);
        assertThat(client().operation("rates/add", noBase).json().get("Message").asText())
                .contains("DependentRatePricing");
        assertThat(client().operation("rates/add", dependentOnDependent).status()).isEqualTo(403);
        assertThat(baseRate(UK)).isNotNull();
    }
}
