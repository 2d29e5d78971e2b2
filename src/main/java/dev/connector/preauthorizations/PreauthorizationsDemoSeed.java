package dev.connector.preauthorizations;

import dev.connector.demo.DemoHotel;
import dev.connector.demo.DemoSeed;
import dev.connector.events.Tx;
import dev.connector.rates.Amount;
import java.math.BigDecimal;
import java.util.List;

/** A deposit of 150 held on the card of {@code customer/1}; id {@code hotel.id("preauthorization/1")}. */
final class PreauthorizationsDemoSeed implements DemoSeed {

    private final PreauthorizationStore store;

    PreauthorizationsDemoSeed(PreauthorizationStore store) {
        this.store = store;
    }

    @Override
    public void seed(Tx tx, DemoHotel hotel) {
        BigDecimal value = new BigDecimal("150.00");
        Amount amount = new Amount(hotel.enterprise().currencyCode(), value, value, List.of(),
                new Amount.Breakdown(List.of(new Amount.BreakdownItem(null, value, BigDecimal.ZERO.setScale(2)))));
        store.insert(tx.handle(), hotel.enterpriseId(), new Preauthorization(hotel.id("preauthorization/1"),
                hotel.id("customer/1"), hotel.id("credit-card/1"), amount, "Chargeable", "PRE-" + hotel.key().toUpperCase()
                + "-0001", true));
    }
}
