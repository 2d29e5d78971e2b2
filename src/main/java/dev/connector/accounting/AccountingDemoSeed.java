package dev.connector.accounting;

import dev.connector.demo.DemoHotel;
import dev.connector.demo.DemoSeed;
import dev.connector.events.Tx;
import java.time.Instant;

/**
 * Each demo hotel's accounting categories (Accommodation, Food, Beverage, Services, Cash, Card) and its bill
 * counters: receipts (the default, the same sequence check-out numbers bills from) and invoices.
 */
final class AccountingDemoSeed implements DemoSeed {

    private final AccountingStore store;

    AccountingDemoSeed(AccountingStore store) {
        this.store = store;
    }

    @Override
    public void seed(Tx tx, DemoHotel hotel) {
        Instant now = tx.now();
        category(tx, hotel, "accommodation", "Accommodation", "ACC", "Accommodation", now);
        category(tx, hotel, "food", "Food", "FOOD", "FoodAndBeverage", now);
        category(tx, hotel, "beverage", "Beverage", "BEV", "FoodAndBeverage", now);
        category(tx, hotel, "services", "Services", "SRV", "SundryIncome", now);
        category(tx, hotel, "cash", "Cash", "CASH", "Payments", now);
        category(tx, hotel, "card", "Card payments", "CARD", "Payments", now);
        store.insert(tx.handle(), new Counter(hotel.id("counter/bills"), hotel.enterpriseId(), "Receipts", true, 0,
                "{0}", Counter.BILL_COUNTER, now, now), "bill");
        store.insert(tx.handle(), new Counter(hotel.id("counter/invoices"), hotel.enterpriseId(), "Invoices", false, 0,
                "INV-{0}", Counter.BILL_COUNTER, now, now), "invoice");
    }

    private void category(Tx tx, DemoHotel hotel, String key, String name, String code, String classification,
                          Instant now) {
        store.insert(tx.handle(), new AccountingCategory(hotel.id("accounting-category/" + key), hotel.enterpriseId(),
                true, name, code, code, "6" + Math.abs(code.hashCode() % 1000), null, null, classification, now, now));
    }
}
