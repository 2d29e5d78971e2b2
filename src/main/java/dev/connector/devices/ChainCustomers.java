package dev.connector.devices;

import dev.connector.customers.Customer;
import dev.connector.customers.CustomerStore;
import dev.connector.enterprises.EnterpriseStore;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** Customers a payment terminal may charge: the active customers of the enterprise's chain. */
public final class ChainCustomers implements CommandSubjects.Customers {

    private final EnterpriseStore enterprises;
    private final CustomerStore customers;

    public ChainCustomers(EnterpriseStore enterprises, CustomerStore customers) {
        this.enterprises = enterprises;
        this.customers = customers;
    }

    @Override
    public Optional<String> fullName(Handle handle, UUID enterpriseId, UUID customerId) {
        return enterprises.find(handle, enterpriseId)
                .flatMap(enterprise -> customers.find(handle, List.of(enterprise.chainId()), customerId))
                .filter(Customer::isActive)
                .map(ChainCustomers::fullName);
    }

    private static String fullName(Customer customer) {
        String first = customer.firstName() == null ? "" : customer.firstName().strip();
        return (first + " " + customer.lastName().strip()).strip();
    }
}
