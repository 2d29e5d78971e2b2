package dev.connector.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connector.api.Forbidden;
import dev.connector.demo.DemoData;
import dev.connector.rates.RatePricing;
import dev.connector.rates.RatePricing.NightPrice;
import dev.connector.testing.BothStoresTest;
import java.math.BigDecimal;
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
