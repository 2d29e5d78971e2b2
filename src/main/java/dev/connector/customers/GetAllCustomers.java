package dev.connector.customers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.connector.api.ActivityState;
import dev.connector.api.Caller;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Limitation;
import dev.connector.api.Operation;
import dev.connector.api.Require;
import dev.connector.api.TimeInterval;
import dev.connector.events.Transactions;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@code customers/getAll}: a page of the customers of the caller's chains, filtered by ids, emails, names,
 * loyalty codes, company, creation/update/deletion intervals and activity state. Emails and names match whole
 * values, letter case ignored.
 */
public final class GetAllCustomers implements Operation<GetAllCustomers.Request> {

    static final int MAX_ITEMS = 1000;

    /** The request body (tokens and Client are handled by the router). */
    public record Request(
            List<UUID> chainIds,
            TimeInterval createdUtc,
            TimeInterval updatedUtc,
            CustomerExtent extent,
            TimeInterval deletedUtc,
            List<ActivityState> activityStates,
            List<UUID> customerIds,
            List<UUID> companyIds,
            List<String> emails,
            List<String> firstNames,
            List<String> lastNames,
            List<String> loyaltyCodes,
            Limitation limitation) {

        public Request {
            Limitation.required(limitation);
            Require.present(extent, "Extent");
            items(chainIds, MAX_ITEMS, "ChainIds");
            items(customerIds, MAX_ITEMS, "CustomerIds");
            items(companyIds, 1, "CompanyIds");
            items(emails, MAX_ITEMS, "Emails");
            items(firstNames, MAX_ITEMS, "FirstNames");
            items(lastNames, MAX_ITEMS, "LastNames");
            items(loyaltyCodes, MAX_ITEMS, "LoyaltyCodes");
            ProfileChecks.noNulls(activityStates, "ActivityStates");
            TimeInterval.validate(createdUtc, "CreatedUtc", TimeInterval.THREE_MONTHS);
            TimeInterval.validate(updatedUtc, "UpdatedUtc", TimeInterval.THREE_MONTHS);
            TimeInterval.validate(deletedUtc, "DeletedUtc", TimeInterval.THREE_MONTHS);
            boolean anyOtherFilter = emails != null || firstNames != null || lastNames != null
                    || loyaltyCodes != null || companyIds != null || createdUtc != null || updatedUtc != null
                    || deletedUtc != null;
            if (customerIds == null && !anyOtherFilter) {
                throw new InvalidRequest("CustomerIds is required when no other filter (Emails, FirstNames, LastNames,"
                        + " LoyaltyCodes, CompanyIds, CreatedUtc, UpdatedUtc or DeletedUtc) is given.");
            }
        }

        private static void items(List<?> values, int max, String field) {
            if (values == null) {
                return;
            }
            if (values.isEmpty()) {
                throw new InvalidRequest(field + " must contain at least one item when present.");
            }
            Require.atMost(values, max, field);
            ProfileChecks.noNulls(values, field);
        }

        Set<ActivityState> states() {
            return activityStates == null || activityStates.isEmpty()
                    ? Set.of(ActivityState.Active)
                    : Set.copyOf(activityStates);
        }
    }

    /** The response: the page's customers (none when the extent leaves them out), and the cursor of the page. */
    public record Result(List<?> customers, List<JsonNode> documents, UUID cursor) {
    }

    private final Transactions transactions;
    private final CustomerStore store;
    private final ChainScope scope;

    GetAllCustomers(Transactions transactions, CustomerStore store, ChainScope scope) {
        this.transactions = transactions;
        this.store = store;
        this.scope = scope;
    }

    @Override
    public Object handle(Request request, Caller caller) {
        List<UUID> chains = scope.chains(caller, request.chainIds());
        Filter filter = Filter.where()
                .in("chain_id", chains)
                .in("id", request.customerIds())
                .in("email_key", keys(request.emails()))
                .in("first_name_key", keys(request.firstNames()))
                .in("last_name_key", keys(request.lastNames()))
                .in("loyalty_code", request.loyaltyCodes())
                .in("company_id", request.companyIds())
                .within("created_utc", request.createdUtc())
                .within("updated_utc", request.updatedUtc());
        activity(filter, request.states(), request.deletedUtc());
        CustomerExtent extent = request.extent();
        List<JsonNode> documents = extent.wantsDocuments() ? List.of() : null;
        if (extent.wantsCustomers() && extent.wantsAddresses()) {
            // The stored documents are the customers as this extent shows them: served as they are.
            Page<RawValue> page = transactions.read(handle -> store.documentPage(handle, filter, request.limitation()));
            return new Result(page.items(), documents, page.cursor());
        }
        Page<Customer> page = transactions.read(handle -> store.page(handle, filter, request.limitation()));
        List<Customer> customers = extent.wantsCustomers()
                ? page.items().stream().map(extent::shape).toList()
                : List.of();
        return new Result(customers, documents, page.cursor());
    }

    /**
     * Active records, deleted ones, or both; DeletedUtc narrows the deleted ones only (the reference asks for
     * ActivityStates with Deleted alongside it).
     */
    private static void activity(Filter filter, Set<ActivityState> states, TimeInterval deletedUtc) {
        boolean active = states.contains(ActivityState.Active);
        boolean deleted = states.contains(ActivityState.Deleted);
        if (active && !deleted) {
            filter.sql("is_active = :active", Map.of("active", true));
            return;
        }
        Map<String, Object> values = new HashMap<>();
        values.put("inactive", false);
        String deletedRows = "is_active = :inactive";
        if (deletedUtc != null) {
            deletedRows += " AND deleted_utc >= :deletedStart AND deleted_utc <= :deletedEnd";
            values.put("deletedStart", deletedUtc.startUtc());
            values.put("deletedEnd", deletedUtc.endUtc());
        }
        if (!active) {
            filter.sql(deletedRows, values);
        } else if (deletedUtc != null) {
            values.put("active", true);
            filter.sql("(is_active = :active OR (" + deletedRows + "))", values);
        }
    }

    private static List<String> keys(List<String> values) {
        return values == null ? null : values.stream().map(CustomerStore::key).toList();
    }
}
