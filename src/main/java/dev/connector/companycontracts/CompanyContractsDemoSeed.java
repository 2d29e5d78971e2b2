package dev.connector.companycontracts;

import dev.connector.demo.DemoHotel;
import dev.connector.demo.DemoSeed;
import dev.connector.events.Tx;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Travel agency contracts of the demo hotel's stay service: with the travel agency (company/3, 10 % commission
 * included) as {@code hotel.id("company-contract/1")}, and with company/1 as {@code company-contract/2}.
 */
public final class CompanyContractsDemoSeed implements DemoSeed {

    private final CompanyContractStore store;

    public CompanyContractsDemoSeed(CompanyContractStore store) {
        this.store = store;
    }

    @Override
    public void seed(Tx tx, DemoHotel hotel) {
        Instant created = tx.now().minus(Duration.ofDays(40)).truncatedTo(ChronoUnit.SECONDS);
        String domain = hotel.key() + ".example.com";
        store.insert(tx.handle(), hotel.enterpriseId(), new TravelAgencyContract(hotel.id("company-contract/1"),
                hotel.serviceId(), hotel.id("company/3"), true, true, new BigDecimal("10"), null, null,
                new TravelAgencyContract.Options(true, false), "TA-" + hotel.key().toUpperCase() + "-1", "P30D", null,
                "Grace Whitfield", "contracts@travel." + domain, null, "Commission paid monthly.", created, created));
        store.insert(tx.handle(), hotel.enterpriseId(), new TravelAgencyContract(hotel.id("company-contract/2"),
                hotel.serviceId(), hotel.id("company/1"), true, false, new BigDecimal("5"), null, null,
                new TravelAgencyContract.Options(false, true), null, "P14D", null, "Amelia Price", null, null, null,
                created.plus(Duration.ofDays(2)), created.plus(Duration.ofDays(2))));
    }
}
