package dev.connector.customers;

import dev.connector.api.Operations;
import dev.connector.enterprises.EnterpriseStore;
import dev.connector.events.Transactions;
import java.util.UUID;

/** Registers the customer operations: getAll, add, update and search. */
public final class CustomerOperations {

    private CustomerOperations() {
    }

    public static void register(Operations operations, Transactions transactions, CustomerStore store,
                                EnterpriseStore enterprises, InHouseGuests inHouse) {
        ChainScope scope = new ChainScope(enterprises);
        operations.add("customers/getAll", GetAllCustomers.Request.class,
                new GetAllCustomers(transactions, store, scope));
        operations.add("customers/add", AddCustomer.Request.class,
                new AddCustomer(transactions, store, scope, UUID::randomUUID));
        operations.add("customers/update", UpdateCustomer.Request.class,
                new UpdateCustomer(transactions, store, scope, UUID::randomUUID));
        operations.add("customers/search", SearchCustomers.Request.class,
                new SearchCustomers(transactions, store, scope, inHouse));
    }
}
