package dev.connector.cancellationpolicies;

import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;
import dev.connector.services.CatalogueIds;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Cancellation policies of rate groups: what canceling a reservation under their rates costs. */
public final class CancellationPoliciesModule implements FeatureModule {

    private final CancellationPolicyStore store;
    private final CancellationPolicyOperations operations;

    public CancellationPoliciesModule(Platform platform) {
        this.store = new CancellationPolicyStore(platform.documents());
        this.operations = new CancellationPolicyOperations(platform.transactions(), store);
    }

    @Override
    public void register(Registrar registrar) {
        registrar.operation("cancellationPolicies/getAll", CancellationPolicyOperations.GetAll.class,
                        operations::getAll)
                .restrictedOperation("cancellationPolicies/getByRates", CancellationPolicyOperations.GetByRates.class,
                        operations::getByRates)
                .restrictedOperation("cancellationPolicies/getByReservations",
                        CancellationPolicyOperations.GetByReservations.class, operations::getByReservations)
                .demoSeed((tx, hotel) -> {
                    if (hotel.serviceId() == null) {
                        return;
                    }
                    Instant created = tx.now().minus(Duration.ofDays(90));
                    String currency = hotel.enterprise().currencyCode();
                    // The standard rates: the first night is charged when canceled within a day of arrival.
                    store.insert(tx.handle(), hotel.enterpriseId(), hotel.serviceId(), new CancellationPolicy(
                            hotel.id("cancellation-policy/standard"),
                            CatalogueIds.of(hotel.enterpriseId(), "rate-group/default"), created, created,
                            CancellationPolicy.Applicability.Start, List.of(CancellationPolicy.FeeExtent.TimeUnits),
                            "P1DT0H0M0S", 1, new CancellationPolicy.CurrencyValue(currency, BigDecimal.ZERO),
                            BigDecimal.ONE, true));
                    // Corporate rates: a fixed fee once the arrival day has come.
                    store.insert(tx.handle(), hotel.enterpriseId(), hotel.serviceId(), new CancellationPolicy(
                            hotel.id("cancellation-policy/corporate"), hotel.id("rate-group/corporate"), created,
                            created, CancellationPolicy.Applicability.StartDate,
                            List.of(CancellationPolicy.FeeExtent.TimeUnits, CancellationPolicy.FeeExtent.Products),
                            "P0DT0H0M0S", null, new CancellationPolicy.CurrencyValue(currency, new BigDecimal("50")),
                            BigDecimal.ZERO, true));
                });
    }
}
