package dev.connector.addresses;

import dev.connector.accounts.AccountType;
import dev.connector.api.Limitation;
import dev.connector.customers.Customer;
import dev.connector.customers.CustomerAddress;
import dev.connector.customers.CustomerStore;
import dev.connector.demo.DemoHotel;
import dev.connector.demo.DemoSeed;
import dev.connector.events.Tx;
import dev.connector.store.Filter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A second, billing address for the first demo customer that shows one ({@code hotel.id("address/billing")}); the
 * addresses the demo customers show are listed already (the customer store keeps them).
 */
public final class AddressesDemoSeed implements DemoSeed {

    private final AddressStore store;
    private final CustomerStore customers;

    public AddressesDemoSeed(AddressStore store, CustomerStore customers) {
        this.store = store;
        this.customers = customers;
    }

    @Override
    public void seed(Tx tx, DemoHotel hotel) {
        Instant updated = tx.now().minus(Duration.ofDays(20));
        List<Customer> all = customers.page(tx.handle(), Filter.where().in("chain_id", List.of(hotel.chainId())),
                new Limitation(Limitation.MAX_COUNT, null)).items();
        boolean second = false;
        for (Customer customer : all) {
            CustomerAddress shown = customer.address();
            if (shown == null) {
                continue;
            }
            if (!second) {
                second = true;
                boolean uk = hotel.key().equals("uk");
                store.insert(tx.handle(), new AccountAddress(hotel.id("address/billing"), customer.id(),
                        hotel.chainId(), AccountType.Customer, uk ? "1 Canada Square" : "1600 K Street NW", "Floor 12",
                        uk ? "London" : "Washington", uk ? "E14 5AB" : "20006", uk ? "GB" : "US",
                        uk ? "GB-LND" : "US-DC", null, null, updated, true));
            }
        }
    }
}
