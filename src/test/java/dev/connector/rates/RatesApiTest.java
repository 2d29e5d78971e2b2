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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RatesApiTest extends BothStoresTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private ApiResponse call(String operation, ObjectNode body) {
        return client().operation(operation, body);
    }

    private static Instant midnight(LocalDate night, ZoneId zone) {
        return night.atStartOfDay(zone).toInstant();
    }

    private static LocalDate inDays(int days, ZoneId zone) {
        return LocalDate.now(zone).plusDays(days);
    }

    private ObjectNode pricing(ApiClient.Tokens tokens, UUID rateId, Instant first, Instant last) {
        ObjectNode body = ApiClient.body(tokens);
        body.put("RateId", rateId.toString());
        body.put("FirstTimeUnitStartUtc", first.toString());
        body.put("LastTimeUnitStartUtc", last.toString());
        return body;
    }

    private ObjectNode priceUpdate(ApiClient.Tokens tokens, UUID rateId, UUID categoryId, String value, Instant first,
                                   Instant last) {
        ObjectNode body = ApiClient.body(tokens);
        body.put("RateId", rateId.toString());
        ObjectNode update = body.putArray("PriceUpdates").addObject();
        if (categoryId != null) {
            update.put("CategoryId", categoryId.toString());
        }
        if (value != null) {
            update.put("Value", new BigDecimal(value));
        }
        update.put("FirstTimeUnitStartUtc", first.toString());
        update.put("LastTimeUnitStartUtc", last.toString());
        return body;
    }

    /** The category's prices under a rate, night by night, as getPricing tells them. */
    private List<BigDecimal> prices(ApiClient.Tokens tokens, UUID rateId, UUID categoryId, LocalDate first,
                                    LocalDate last, ZoneId zone) {
        JsonNode result = call("rates/getPricing", pricing(tokens, rateId, midnight(first, zone), midnight(last, zone))).json();
        for (JsonNode category : result.get("CategoryPrices")) {
            if (category.get("CategoryId").asText().equals(categoryId.toString())) {
                List<BigDecimal> prices = new ArrayList<>();
                category.get("Prices").forEach(price -> prices.add(price.decimalValue()));
                return prices;
            }
        }
        throw new AssertionError("No prices for category " + categoryId + " in " + result);
    }

    @Test
    void rates_of_the_stay_service_are_the_base_and_the_non_refundable_rate() {
        ObjectNode body = limited(ApiClient.UK, 10);
        ids(body, "ServiceIds", stayService(UK));

        ApiResponse response = call("rates/getAll", body);

        assertThat(response.status()).isEqualTo(200);
        SpecContract.assertValidResponse("rates/getAll", response.json());
        JsonNode rates = response.json().get("Rates");
        assertThat(texts(rates, "Id")).containsExactly(baseRate(UK).toString(), nonRefundableRate(UK).toString(),
                dev.connector.demo.DemoIds.of("uk/rate/corporate").toString());
        assertThat(rates.get(0).get("IsBaseRate").asBoolean()).isTrue();
        assertThat(rates.get(1).get("BaseRateId").asText()).isEqualTo(baseRate(UK).toString());
        assertThat(response.json().get("RateGroups")).hasSize(2);
    }

    @Test
    void rates_of_another_hotel_are_not_returned() {
        ObjectNode body = limited(ApiClient.UK, 10);
        ids(body, "ServiceIds", stayService(US));

        ApiResponse response = call("rates/getAll", body);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("Rates")).isEmpty();
        SpecContract.assertValidResponse("rates/getAll", response.json());
    }

    @Test
    void pricing_lists_every_night_with_taxes_split() {
        LocalDate first = inDays(1, LONDON);
        ApiResponse response = call("rates/getPricing",
                pricing(ApiClient.UK, baseRate(UK), midnight(first, LONDON), midnight(first.plusDays(6), LONDON)));

        assertThat(response.status()).isEqualTo(200);
        SpecContract.assertValidResponse("rates/getPricing", response.json());
        JsonNode result = response.json();
        assertThat(result.get("Currency").asText()).isEqualTo("GBP");
        assertThat(result.get("TimeUnitStartsUtc")).hasSize(7);
        assertThat(result.at("/TimeUnitStartsUtc/0").asText()).isEqualTo(midnight(first, LONDON).toString());
        assertThat(result.get("CategoryPrices")).hasSize(3);
        JsonNode amount = result.at("/BaseAmountPrices/0");
        assertThat(amount.get("GrossValue").decimalValue().subtract(amount.get("NetValue").decimalValue()))
                .isEqualByComparingTo(amount.at("/TaxValues/0/Value").decimalValue());
    }

    @Test
    void dependent_rate_prices_are_ten_percent_below_the_base() {
        LocalDate first = inDays(2, NEW_YORK);
        UUID standard = category(US, "standard-double");

        List<BigDecimal> base = prices(ApiClient.US, baseRate(US), standard, first, first.plusDays(3), NEW_YORK);
        List<BigDecimal> dependent = prices(ApiClient.US, nonRefundableRate(US), standard, first, first.plusDays(3), NEW_YORK);

        assertThat(dependent).hasSize(4);
        for (int i = 0; i < base.size(); i++) {
            assertThat(dependent.get(i)).isEqualByComparingTo(base.get(i).multiply(new BigDecimal("0.9")));
        }
    }

    @Test
    void pricing_refuses_times_that_are_not_the_start_of_a_day() {
        Instant first = midnight(inDays(1, LONDON), LONDON).plusSeconds(3600);

        ApiResponse response = call("rates/getPricing", pricing(ApiClient.UK, baseRate(UK), first, first));

        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void pricing_of_another_hotel_s_rate_is_forbidden() {
        Instant first = midnight(inDays(1, NEW_YORK), NEW_YORK);

        ApiResponse response = call("rates/getPricing", pricing(ApiClient.UK, baseRate(US), first, first));

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void category_price_update_changes_those_nights_and_emits_one_price_update() {
        LocalDate first = inDays(30, LONDON);
        LocalDate last = first.plusDays(2);
        UUID deluxe = category(UK, "deluxe-king");
        long before = OutboxRow.lastPosition(server);

        ApiResponse response = call("rates/updatePrice", priceUpdate(ApiClient.UK, baseRate(UK), deluxe, "199.5",
                midnight(first, LONDON), midnight(last, LONDON)));

        assertThat(response.status()).isEqualTo(200);
        SpecContract.assertValidResponse("rates/updatePrice", response.json());
        List<BigDecimal> after = prices(ApiClient.UK, baseRate(UK), deluxe, first, last.plusDays(1), LONDON);
        assertThat(after.subList(0, 3)).allSatisfy(price -> assertThat(price).isEqualByComparingTo("199.5"));
        assertThat(after.get(3).intValue()).as("the night after keeps its standard price").isIn(165, 190);
        assertThat(prices(ApiClient.UK, nonRefundableRate(UK), deluxe, first, first, LONDON).get(0))
                .isEqualByComparingTo("179.55");
        List<OutboxRow> events = OutboxRow.after(server, before);
        assertThat(events).extracting(OutboxRow::type).containsExactly("PriceUpdate");
        assertThat(events.get(0).enterpriseId()).isEqualTo(UK.toString());
        assertThat(events.get(0).payload()).contains(baseRate(UK).toString(), deluxe.toString(),
                midnight(first, LONDON).toString());
    }

    @Test
    void base_price_update_moves_every_category_and_keeps_their_differences() {
        LocalDate night = inDays(45, NEW_YORK);
        UUID standard = category(US, "standard-double");
        UUID suite = category(US, "junior-suite");
        BigDecimal difference = prices(ApiClient.US, baseRate(US), suite, night, night, NEW_YORK).get(0)
                .subtract(prices(ApiClient.US, baseRate(US), standard, night, night, NEW_YORK).get(0));

        ApiResponse response = call("rates/updatePrice", priceUpdate(ApiClient.US, baseRate(US), null, "100",
                midnight(night, NEW_YORK), midnight(night, NEW_YORK)));

        assertThat(response.status()).isEqualTo(200);
        assertThat(prices(ApiClient.US, baseRate(US), standard, night, night, NEW_YORK).get(0)).isEqualByComparingTo("100");
        assertThat(prices(ApiClient.US, baseRate(US), suite, night, night, NEW_YORK).get(0))
                .isEqualByComparingTo(new BigDecimal("100").add(difference));
    }

    @Test
    void update_without_value_restores_the_standard_price() {
        LocalDate night = inDays(50, LONDON);
        UUID standard = category(UK, "standard-double");
        BigDecimal original = prices(ApiClient.UK, baseRate(UK), standard, night, night, LONDON).get(0);
        call("rates/updatePrice", priceUpdate(ApiClient.UK, baseRate(UK), standard, "55", midnight(night, LONDON),
                midnight(night, LONDON)));

        ApiResponse response = call("rates/updatePrice", priceUpdate(ApiClient.UK, baseRate(UK), standard, null,
                midnight(night, LONDON), midnight(night, LONDON)));

        assertThat(response.status()).isEqualTo(200);
        assertThat(prices(ApiClient.UK, baseRate(UK), standard, night, night, LONDON).get(0)).isEqualByComparingTo(original);
    }

    @Test
    void dependent_rate_prices_cannot_be_updated() {
        Instant night = midnight(inDays(10, LONDON), LONDON);
        long before = OutboxRow.lastPosition(server);

        ApiResponse response = call("rates/updatePrice",
                priceUpdate(ApiClient.UK, nonRefundableRate(UK), null, "90", night, night));

        assertThat(response.status()).isEqualTo(403);
        assertThat(OutboxRow.after(server, before)).isEmpty();
    }

    @Test
    void past_prices_cannot_be_updated() {
        Instant night = midnight(inDays(-3, LONDON), LONDON);
        long before = OutboxRow.lastPosition(server);

        ApiResponse response = call("rates/updatePrice", priceUpdate(ApiClient.UK, baseRate(UK), null, "90", night, night));

        assertThat(response.status()).isEqualTo(403);
        assertThat(OutboxRow.after(server, before)).isEmpty();
    }

    @Test
    void another_hotel_s_rate_cannot_be_updated() {
        Instant night = midnight(inDays(10, NEW_YORK), NEW_YORK);
        long before = OutboxRow.lastPosition(server);

        ApiResponse response = call("rates/updatePrice", priceUpdate(ApiClient.UK, baseRate(US), null, "90", night, night));

        assertThat(response.status()).isEqualTo(403);
        assertThat(OutboxRow.after(server, before)).isEmpty();
    }

    @Test
    void updates_longer_than_a_hundred_nights_are_refused() {
        LocalDate first = inDays(1, LONDON);

        ApiResponse response = call("rates/updatePrice", priceUpdate(ApiClient.UK, baseRate(UK), null, "90",
                midnight(first, LONDON), midnight(first.plusDays(100), LONDON)));

        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void a_rate_id_that_is_not_an_identifier_is_a_bad_request() {
        ObjectNode body = priceUpdate(ApiClient.UK, baseRate(UK), null, "90", Instant.now(), Instant.now());
        body.put("RateId", "BAR");

        assertThat(call("rates/updatePrice", body).status()).isEqualTo(400);
    }
}
