package dev.connector.rates;

import dev.connector.demo.DemoHotel;
import dev.connector.demo.DemoSeed;
import dev.connector.events.Tx;
import dev.connector.services.CatalogueIds;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A Corporate rate group with a corporate rate 15% below the best available rate, and a handful of restrictions:
 * three created by the first demo application (a weekend minimum stay, a closed junior suite, no departures under
 * the non-refundable rate on Sundays) and one made by a user of the hotel.
 */
public final class RatesDemoSeed implements DemoSeed {

    private final RateStore rates;
    private final RestrictionStore restrictions;

    public RatesDemoSeed(RateStore rates, RestrictionStore restrictions) {
        this.rates = rates;
        this.restrictions = restrictions;
    }

    @Override
    public void seed(Tx tx, DemoHotel hotel) {
        UUID serviceId = hotel.serviceId();
        if (serviceId == null) {
            return;
        }
        UUID enterpriseId = hotel.enterpriseId();
        String lang = hotel.enterprise().languageCode();
        UUID groupId = hotel.id("rate-group/corporate");
        rates.insertGroup(tx.handle(), enterpriseId, new RateStore.RateGroup(groupId, serviceId, true, "Corporate",
                hotel.key().toUpperCase() + "-CORP"), tx.now());
        UUID baseRateId = CatalogueIds.of(enterpriseId, "rate/best-available");
        UUID corporateId = hotel.id("rate/corporate");
        rates.insert(tx.handle(), new RateStore.StoredRate(new Rate(corporateId, groupId, serviceId, baseRateId, false,
                null, true, true, false, false, "Private", "Corporate", Map.of(lang, "Corporate"), "CORP", tx.now(),
                Map.of(lang, "Corporate"), null, hotel.key().toUpperCase() + "-RATE-CORP", null, null), enterpriseId,
                new BigDecimal("-0.15"), BigDecimal.ZERO), tx.now());

        ZoneId zone = ZoneId.of(hotel.enterprise().timeZoneIdentifier());
        LocalDate today = LocalDate.ofInstant(tx.now(), zone);
        List<String> weekend = List.of("Friday", "Saturday");
        add(tx, hotel, hotel.firstApplicationIntegrationId(), "restriction/weekend-minimum-stay",
                new Restriction.Conditions("Start", null, baseRateId, null, null, null,
                        today.plusDays(7).atStartOfDay(zone).toInstant(), today.plusDays(60).atStartOfDay(zone).toInstant(),
                        weekend, null),
                new Restriction.Exceptions(null, null, "P0M2DT0H0M0S", null, null, null));
        add(tx, hotel, hotel.firstApplicationIntegrationId(), "restriction/junior-suite-closed",
                new Restriction.Conditions("Stay", null, null, null,
                        CatalogueIds.of(enterpriseId, "resource-category/junior-suite"), null,
                        today.plusDays(100).atStartOfDay(zone).toInstant(),
                        today.plusDays(103).atStartOfDay(zone).toInstant(), null, null), null);
        add(tx, hotel, hotel.firstApplicationIntegrationId(), "restriction/no-sunday-departures",
                new Restriction.Conditions("End", CatalogueIds.of(enterpriseId, "rate/non-refundable"), null, null, null,
                        null, today.atStartOfDay(zone).toInstant(), today.plusDays(30).atStartOfDay(zone).toInstant(),
                        List.of("Sunday"), null), null);
        add(tx, hotel, null, "restriction/corporate-advance",
                new Restriction.Conditions("Start", null, null, groupId, null, null, null, null, null, null),
                new Restriction.Exceptions("P0M1DT0H0M0S", null, null, null, null, null));
    }

    private void add(Tx tx, DemoHotel hotel, UUID integrationId, String name, Restriction.Conditions conditions,
                     Restriction.Exceptions exceptions) {
        String origin = integrationId == null ? RestrictionOperations.Origin.User.name()
                : RestrictionOperations.Origin.Integration.name();
        restrictions.insert(tx.handle(), hotel.enterpriseId(), integrationId, new Restriction(hotel.id(name),
                hotel.serviceId(), null, origin, conditions, exceptions), tx.now());
    }
}
