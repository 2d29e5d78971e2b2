package dev.connector.customers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connector.api.Caller;
import dev.connector.api.Forbidden;
import dev.connector.api.Limitation;
import dev.connector.api.Operation;
import dev.connector.events.Transactions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * {@code customers/search}: customers of the caller's enterprise by name (first, last or full name, letter case
 * ignored, part of a name is enough) and/or by the resource (room) their current stay is assigned to. Without
 * either, the customers in house. Each result carries the customer's current reservation when there is one.
 */
public final class SearchCustomers implements Operation<SearchCustomers.Request> {

    /** Most results one search returns; the API has no paging here, so a short name cannot return a whole chain. */
    static final int MAX_RESULTS = Limitation.MAX_COUNT;

    /** The request body; EnterpriseId (our addition) names the enterprise of a portfolio token. */
    public record Request(String name, UUID resourceId, CustomerExtent extent, UUID enterpriseId) {

        public Request {
            name = name == null || name.isBlank() ? null : name.strip();
            ProfileChecks.maxLength(name, "Name");
            extent = extent == null ? CustomerExtent.CUSTOMERS_ONLY : extent;
        }
    }

    /** One result: the customer and their current reservation (the 2017-04-12 shape), or null. */
    public record Found(Customer customer, JsonNode reservation) {
    }

    public record Result(List<Found> customers, List<JsonNode> documents) {
    }

    private final Transactions transactions;
    private final CustomerStore store;
    private final ChainScope scope;
    private final InHouseGuests inHouse;

    SearchCustomers(Transactions transactions, CustomerStore store, ChainScope scope, InHouseGuests inHouse) {
        this.transactions = transactions;
        this.store = store;
        this.scope = scope;
        this.inHouse = inHouse;
    }

    @Override
    public Object handle(Request request, Caller caller) {
        UUID enterpriseId = caller.enterpriseId(request.enterpriseId());
        List<Found> found = transactions.read(handle -> search(handle, request, enterpriseId, caller));
        CustomerExtent extent = request.extent();
        List<Found> shown = extent.wantsCustomers()
                ? found.stream().map(result -> new Found(extent.shape(result.customer()), result.reservation())).toList()
                : List.of();
        return new Result(shown, extent.wantsDocuments() ? List.of() : null);
    }

    private List<Found> search(Handle handle, Request request, UUID enterpriseId, Caller caller) {
        UUID chainId = scope.chainOf(handle, enterpriseId);
        if (request.resourceId() != null && !resourceExists(handle, enterpriseId, request.resourceId())) {
            throw new Forbidden("The resource " + request.resourceId() + " was not found.");
        }
        Map<UUID, JsonNode> stays = new LinkedHashMap<>();
        for (InHouseGuests.Stay stay : inHouse.staying(handle, enterpriseId, request.resourceId(), caller.now())) {
            stays.putIfAbsent(stay.customerId(), stay.reservation());
        }
        List<Customer> customers;
        if (request.resourceId() == null && request.name() != null) {
            customers = store.activeByName(handle, chainId, request.name(), MAX_RESULTS);
        } else {
            customers = store.byIds(handle, chainId, stays.keySet()).stream()
                    .filter(customer -> request.name() == null || matches(customer, request.name()))
                    .limit(MAX_RESULTS)
                    .toList();
        }
        return customers.stream().map(customer -> new Found(customer, stays.get(customer.id()))).toList();
    }

    /** The same rule as the store's name search: part of "first last" or of "last first", letter case ignored. */
    private static boolean matches(Customer customer, String name) {
        String first = customer.firstName() == null ? "" : customer.firstName();
        String wanted = CustomerStore.key(name);
        return CustomerStore.key(first + " " + customer.lastName()).contains(wanted)
                || CustomerStore.key(customer.lastName() + " " + first).contains(wanted);
    }

    private static boolean resourceExists(Handle handle, UUID enterpriseId, UUID resourceId) {
        return handle.createQuery("SELECT COUNT(*) FROM resources WHERE id = :id AND enterprise_id = :enterpriseId")
                .bind("id", resourceId.toString())
                .bind("enterpriseId", enterpriseId.toString())
                .mapTo(Integer.class)
                .one() > 0;
    }
}
