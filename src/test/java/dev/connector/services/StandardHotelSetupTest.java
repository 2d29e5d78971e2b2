package dev.connector.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connector.api.Forbidden;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.api.ApiJson;
import dev.connector.demo.DemoData;
import dev.connector.enterprises.Enterprise;
import dev.connector.enterprises.EnterpriseStore;
import dev.connector.enterprises.HotelSetup;
import dev.connector.enterprises.PricingMode;
import dev.connector.events.Outbox;
import dev.connector.events.Transactions;
import dev.connector.rates.RateStore;
import dev.connector.resources.ResourceStore;
import dev.connector.rates.RatePricing;
import dev.connector.rates.RatePricing.NightPrice;
import dev.connector.store.Documents;
import dev.connector.testing.ApiClient;
import dev.connector.testing.ApiResponse;
import dev.connector.testing.BothStoresTest;
import dev.connector.testing.OutboxRow;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

class StandardHotelSetupTest extends BothStoresTest {

    private final Catalogue catalogue = new Catalogue();
    private final RatePricing pricing = new RatePricing();

    private Jdbi jdbi() {
        return server.connector().database().jdbi();
    }

    @Test
    void demo_hotel_has_a_stay_service_with_check_in_and_check_out_times() {
        Catalogue.StayService stay = jdbi().withHandle(handle -> catalogue.stayService(handle, DemoData.UK_ENTERPRISE_ID))
                .orElseThrow();

        assertThat(stay.id()).isEqualTo(CatalogueIds.of(DemoData.UK_ENTERPRISE_ID, "service/stay"));
        assertThat(stay.enterpriseId()).isEqualTo(DemoData.UK_ENTERPRISE_ID);
        assertThat(stay.startTime()).isEqualTo(LocalTime.of(15, 0));
        assertThat(stay.endTime()).isEqualTo(LocalTime.of(11, 0));
    }

    @Test
    void each_category_has_ten_active_rooms() {
        jdbi().useHandle(handle -> {
            UUID serviceId = catalogue.stayService(handle, DemoData.US_ENTERPRISE_ID).orElseThrow().id();
            List<UUID> categories = catalogue.categoryIds(handle, serviceId);

            assertThat(categories).hasSize(3);
            for (UUID categoryId : categories) {
                assertThat(catalogue.activeResourceIds(handle, categoryId)).hasSize(10);
                assertThat(catalogue.category(handle, categoryId).orElseThrow().enterpriseId())
                        .isEqualTo(DemoData.US_ENTERPRISE_ID);
            }
            UUID firstRoom = catalogue.activeResourceIds(handle, categories.get(0)).get(0);
            Catalogue.Room room = catalogue.room(handle, firstRoom).orElseThrow();
            assertThat(room.name()).isEqualTo("101");
            assertThat(room.categoryId()).isEqualTo(categories.get(0));
            assertThat(catalogue.ageCategoryId(handle, serviceId, "Adult")).isPresent();
            assertThat(catalogue.ageCategoryId(handle, serviceId, "Child")).isPresent();
        });
    }

    @Test
    void dependent_rate_is_ten_percent_below_the_base_rate() {
        jdbi().useHandle(handle -> {
            UUID serviceId = catalogue.stayService(handle, DemoData.UK_ENTERPRISE_ID).orElseThrow().id();
            UUID baseRateId = catalogue.defaultRateId(handle, serviceId).orElseThrow();
            UUID nonRefundableId = CatalogueIds.of(DemoData.UK_ENTERPRISE_ID, "rate/non-refundable");
            UUID categoryId = catalogue.categoryIds(handle, serviceId).get(0);
            LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

            List<NightPrice> base = pricing.nightly(handle, baseRateId, categoryId, today, today.plusDays(6));
            List<NightPrice> dependent = pricing.nightly(handle, nonRefundableId, categoryId, today, today.plusDays(6));

            assertThat(base).hasSize(7);
            assertThat(base.get(0).night()).isEqualTo(today);
            for (int i = 0; i < base.size(); i++) {
                assertThat(dependent.get(i).amount())
                        .isEqualByComparingTo(base.get(i).amount().multiply(new BigDecimal("0.9")));
            }
            assertThat(catalogue.rate(handle, nonRefundableId).orElseThrow().baseRateId()).isEqualTo(baseRateId);
        });
    }

    @Test
    void a_new_enterprise_gets_the_same_catalogue_quietly_in_its_own_currency_and_time_zone() {
        Transactions transactions = new Transactions(server.connector().database(),
                new Outbox(ApiJson.create(), server.connector().database().dialect()), Clock.systemUTC());
        UUID enterpriseId = UUID.randomUUID();
        Enterprise enterprise = new Enterprise(enterpriseId, UUID.randomUUID(), "Test chain", "Hotel Praha", null, "EUR",
                "Europe/Prague", PricingMode.Gross, "CZ", "CZ", "cs-CZ", null, null, null, null, null, null,
                Instant.now(), Instant.now());
        long before = OutboxRow.lastPosition(server);
        Documents documents = new Documents(ApiJson.create());
        HotelSetup setup = new StandardHotelSetup(new ServiceStore(documents), new ResourceStore(documents),
                new RateStore(documents));

        HotelSetup.Result result = transactions.write(tx -> {
            EnterpriseStore store = new EnterpriseStore();
            store.insertChain(tx.handle(), enterprise.chainId(), enterprise.chainName(), tx.now());
            store.insert(tx.handle(), enterprise);
            return setup.setUp(tx, enterprise);
        });

        assertThat(result.serviceId()).isEqualTo(CatalogueIds.of(enterpriseId, "service/stay"));
        assertThat(OutboxRow.after(server, before)).isEmpty();
        jdbi().useHandle(handle -> {
            UUID categoryId = catalogue.categoryIds(handle, result.serviceId()).get(0);
            LocalDate today = LocalDate.now(ZoneId.of("Europe/Prague"));
            List<NightPrice> prices = pricing.nightly(handle, catalogue.defaultRateId(handle, result.serviceId()).orElseThrow(),
                    categoryId, today.minusDays(StandardHotelSetup.PAST_NIGHTS),
                    today.plusDays(StandardHotelSetup.FUTURE_NIGHTS - 1));
            assertThat(prices).hasSize(StandardHotelSetup.PAST_NIGHTS + StandardHotelSetup.FUTURE_NIGHTS);
            assertThat(prices.get(0).amount()).isGreaterThan(BigDecimal.ZERO);
        });
    }

    @Test
    void an_enterprise_created_through_the_admin_api_is_set_up_with_rooms_and_rates() {
        ObjectNode hotel = ApiClient.JSON.createObjectNode().put("Name", "Hotel Lisboa").put("CurrencyCode", "EUR")
                .put("TimeZoneIdentifier", "Europe/Lisbon").put("PricingMode", "Gross").put("CountryCode", "PT");

        ApiResponse created = client().admin("POST", "/admin/v1/enterprises", hotel);

        assertThat(created.status()).isEqualTo(201);
        UUID enterpriseId = UUID.fromString(created.json().get("Id").asText());
        jdbi().useHandle(handle -> {
            Catalogue.StayService stay = catalogue.stayService(handle, enterpriseId).orElseThrow();
            assertThat(created.json().get("ServiceId").asText()).isEqualTo(stay.id().toString());
            assertThat(catalogue.categoryIds(handle, stay.id())).hasSize(3)
                    .allSatisfy(category -> assertThat(catalogue.activeResourceIds(handle, category)).hasSize(10));
            assertThat(catalogue.defaultRateId(handle, stay.id())).isPresent();
        });
    }

    @Test
    void nights_without_a_price_are_refused() {
        jdbi().useHandle(handle -> {
            UUID serviceId = catalogue.stayService(handle, DemoData.UK_ENTERPRISE_ID).orElseThrow().id();
            UUID rateId = catalogue.defaultRateId(handle, serviceId).orElseThrow();
            UUID categoryId = catalogue.categoryIds(handle, serviceId).get(0);
            LocalDate farAway = LocalDate.now().plusYears(3);

            assertThatThrownBy(() -> pricing.nightly(handle, rateId, categoryId, farAway, farAway.plusDays(1)))
                    .isInstanceOf(Forbidden.class);
        });
    }
}
