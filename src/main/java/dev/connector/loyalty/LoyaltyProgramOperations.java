package dev.connector.loyalty;

import dev.connector.api.ActivityState;
import dev.connector.api.Caller;
import dev.connector.api.Limitation;
import dev.connector.api.Require;
import dev.connector.api.TimeInterval;
import dev.connector.events.Transactions;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.util.List;
import java.util.UUID;

/** {@code loyaltyPrograms/getAll}: the loyalty programs of the chains the token reaches. */
public final class LoyaltyProgramOperations {

    public record GetAll(List<UUID> chainIds, TimeInterval createdUtc, TimeInterval updatedUtc,
                         List<UUID> loyaltyProgramIds, List<ActivityState> activityStates, List<String> codes,
                         Limitation limitation) {
        public GetAll {
            Limitation.required(limitation);
            Require.atMost(chainIds, Limitation.MAX_COUNT, "ChainIds");
            Require.atMost(loyaltyProgramIds, Limitation.MAX_COUNT, "LoyaltyProgramIds");
            Require.atMost(codes, Limitation.MAX_COUNT, "Codes");
            TimeInterval.validate(createdUtc, "CreatedUtc", TimeInterval.THREE_MONTHS);
            TimeInterval.validate(updatedUtc, "UpdatedUtc", TimeInterval.THREE_MONTHS);
        }
    }

    public record Result(List<LoyaltyProgram> loyaltyPrograms, UUID cursor) {
    }

    private final Transactions transactions;
    private final LoyaltyProgramStore store;

    public LoyaltyProgramOperations(Transactions transactions, LoyaltyProgramStore store) {
        this.transactions = transactions;
        this.store = store;
    }

    public Result getAll(GetAll request, Caller caller) {
        Filter filter = Filter.where()
                .in("chain_id", caller.chains(request.chainIds()))
                .in("id", request.loyaltyProgramIds())
                .in("code", request.codes())
                .eq("is_active", ActivityState.isActive(request.activityStates()))
                .within("created_utc", request.createdUtc())
                .within("updated_utc", request.updatedUtc());
        Page<LoyaltyProgram> page = transactions.read(handle -> store.page(handle, filter, request.limitation()));
        return new Result(page.items(), page.cursor());
    }
}
