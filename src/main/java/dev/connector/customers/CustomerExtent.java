package dev.connector.customers;

/** Which parts a customer read returns; an absent flag counts as false. */
public record CustomerExtent(Boolean customers, Boolean documents, Boolean addresses) {

    /** What search assumes when the request has no Extent: the customers, without addresses. */
    static final CustomerExtent CUSTOMERS_ONLY = new CustomerExtent(true, false, false);

    boolean wantsCustomers() {
        return Boolean.TRUE.equals(customers);
    }

    boolean wantsDocuments() {
        return Boolean.TRUE.equals(documents);
    }

    boolean wantsAddresses() {
        return Boolean.TRUE.equals(addresses);
    }

    /** A customer as this extent shows it. */
    Customer shape(Customer customer) {
        return wantsAddresses() ? customer : customer.withoutAddress();
    }
}
