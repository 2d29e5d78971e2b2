package dev.connector.outlets;

import dev.connector.demo.DemoHotel;
import dev.connector.demo.DemoSeed;
import dev.connector.events.Tx;
import dev.connector.rates.Amount;
import dev.connector.rates.TaxRate;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Each demo hotel's restaurant and bar outlets, with yesterday's closed bills of a dinner and a round of drinks. */
final class OutletsDemoSeed implements DemoSeed {

    private final OutletStore store;

    OutletsDemoSeed(OutletStore store) {
        this.store = store;
    }

    @Override
    public void seed(Tx tx, DemoHotel hotel) {
        Instant now = tx.now();
        Outlet restaurant = new Outlet(hotel.id("outlet/restaurant"), true, "Restaurant", hotel.enterpriseId(), now,
                now);
        Outlet bar = new Outlet(hotel.id("outlet/bar"), true, "Lobby bar", hotel.enterpriseId(), now, now);
        store.insert(tx.handle(), restaurant);
        store.insert(tx.handle(), bar);
        Instant yesterday = now.minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        bill(tx, hotel, restaurant, "R-1001", yesterday, "food", "Table 4 dinner", 2, 24);
        bill(tx, hotel, bar, "B-2001", yesterday.plus(2, ChronoUnit.HOURS), "beverage", "Gin and tonic", 3, 9);
    }

    private void bill(Tx tx, DemoHotel hotel, Outlet outlet, String number, Instant closed, String category,
                      String name, int count, int price) {
        UUID billId = hotel.id("outlet-bill/" + number);
        store.insert(tx.handle(), new OutletBill(billId, hotel.enterpriseId(), outlet.id(), number, closed, tx.now(),
                null));
        TaxRate tax = TaxRate.of(hotel.enterprise());
        String currency = hotel.enterprise().currencyCode();
        Amount unit = Amount.of(BigDecimal.valueOf(price), currency, hotel.enterprise().pricing(), tax);
        store.insert(tx.handle(), new OutletItem(hotel.id("outlet-item/" + number + "/1"), hotel.enterpriseId(),
                billId, hotel.id("accounting-category/" + category), OutletItem.Type.Revenue, name, count, unit,
                tx.now(), tx.now(), closed, null, null, null, null), closed);
        BigDecimal paid = unit.grossValue().multiply(BigDecimal.valueOf(count)).negate();
        Amount payment = new Amount(currency, paid, paid, List.of(),
                new Amount.Breakdown(List.of(new Amount.BreakdownItem(null, paid, BigDecimal.ZERO))));
        store.insert(tx.handle(), new OutletItem(hotel.id("outlet-item/" + number + "/2"), hotel.enterpriseId(),
                billId, hotel.id("accounting-category/card"), OutletItem.Type.Payment, "Card payment", 1, payment,
                tx.now(), tx.now(), closed, null, null, null, null), closed);
    }
}
