package dev.connector.companies;

import dev.connector.api.ActivityState;
import dev.connector.api.Caller;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Limitation;
import dev.connector.api.Require;
import dev.connector.api.TimeInterval;
import dev.connector.events.Transactions;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code companies/getAll}: the company profiles of the chains the token reaches. */
public final class CompanyOperations {

    /** Which time the deprecated StartUtc/EndUtc pair filters on. */
    public enum TimeFilter {
        Created,
        Updated
    }

    /**
     * Request of {@code companies/getAll}. The spec leaves Limitation optional here: without it the first 1000
     * companies are returned. The deprecated TimeFilter with StartUtc and EndUtc still works.
     */
    public record GetAll(List<UUID> chainIds, List<UUID> motherCompanyIds, TimeInterval createdUtc,
                         TimeInterval updatedUtc, TimeFilter timeFilter, Instant startUtc, Instant endUtc,
                         List<UUID> ids, List<String> externalIdentifiers, List<String> names,
                         List<ActivityState> activityStates, Limitation limitation) {
        public GetAll {
            Require.atMost(chainIds, Limitation.MAX_COUNT, "ChainIds");
            Require.atMost(motherCompanyIds, Limitation.MAX_COUNT, "MotherCompanyIds");
            Require.atMost(ids, Limitation.MAX_COUNT, "Ids");
            Require.atMost(externalIdentifiers, Limitation.MAX_COUNT, "ExternalIdentifiers");
            Require.atMost(names, Limitation.MAX_COUNT, "Names");
            TimeInterval.validate(createdUtc, "CreatedUtc", TimeInterval.THREE_MONTHS);
            TimeInterval.validate(updatedUtc, "UpdatedUtc", TimeInterval.THREE_MONTHS);
            if (timeFilter != null) {
                new TimeInterval(startUtc, endUtc).validate("StartUtc/EndUtc", TimeInterval.THREE_MONTHS);
            } else if (startUtc != null || endUtc != null) {
                throw new InvalidRequest("TimeFilter is required with StartUtc and EndUtc (or use CreatedUtc or UpdatedUtc).");
            }
        }

        /** CreatedUtc, or the deprecated pair when it filters on creation. */
        TimeInterval created() {
            return createdUtc == null && timeFilter == TimeFilter.Created ? new TimeInterval(startUtc, endUtc) : createdUtc;
        }

        TimeInterval updated() {
            return updatedUtc == null && timeFilter == TimeFilter.Updated ? new TimeInterval(startUtc, endUtc) : updatedUtc;
        }
    }

    public record Result(List<Company> companies, UUID cursor) {
    }

    private final Transactions transactions;
    private final CompanyStore store;

    public CompanyOperations(Transactions transactions, CompanyStore store) {
        this.transactions = transactions;
        this.store = store;
    }

    public Result getAll(GetAll request, Caller caller) {
        Filter filter = Filter.where()
                .in("chain_id", caller.chains(request.chainIds()))
                .in("id", request.ids())
                .in("mother_company_id", request.motherCompanyIds())
                .in("external_identifier", request.externalIdentifiers())
                .in("name", request.names())
                .eq("is_active", ActivityState.isActive(request.activityStates()))
                .within("created_utc", request.created())
                .within("updated_utc", request.updated());
        Limitation limitation = request.limitation() == null
                ? new Limitation(Limitation.MAX_COUNT, null) : request.limitation();
        Page<Company> page = transactions.read(handle -> store.page(handle, filter, limitation));
        return new Result(page.items(), page.cursor());
    }
}
