package dev.connector.availabilityblocks;

import com.fasterxml.jackson.databind.JsonNode;
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

/**
 * {@code availabilityBlocks/getAll}: blocks of the enterprises the token reaches, paged by block, with the parts
 * the Extent asks for. Blocks are not linked to reservations here, so the deprecated ServiceOrders extent is empty.
 */
public final class AvailabilityBlockOperations {

    /** Which parts of the result to fill; an absent flag means false. */
    public record Extent(Boolean availabilityBlocks, Boolean adjustments, Boolean serviceOrders, Boolean rates) {
    }

    public record GetAll(List<UUID> enterpriseIds, Extent extent, List<UUID> serviceIds,
                         List<UUID> availabilityBlockIds, TimeInterval createdUtc, TimeInterval updatedUtc,
                         TimeInterval collidingUtc, TimeInterval releasedUtc, List<String> externalIdentifiers,
                         List<AvailabilityBlock.State> states, List<ActivityState> activityStates,
                         Limitation limitation) {
        public GetAll {
            Limitation.required(limitation);
            Require.present(extent, "Extent");
            Require.atMost(enterpriseIds, Limitation.MAX_COUNT, "EnterpriseIds");
            Require.atMost(serviceIds, Limitation.MAX_COUNT, "ServiceIds");
            Require.atMost(availabilityBlockIds, Limitation.MAX_COUNT, "AvailabilityBlockIds");
            Require.atMost(externalIdentifiers, Limitation.MAX_COUNT, "ExternalIdentifiers");
            TimeInterval.validate(createdUtc, "CreatedUtc", TimeInterval.THREE_MONTHS);
            TimeInterval.validate(updatedUtc, "UpdatedUtc", TimeInterval.THREE_MONTHS);
            TimeInterval.validate(collidingUtc, "CollidingUtc", TimeInterval.THREE_MONTHS);
            TimeInterval.validate(releasedUtc, "ReleasedUtc", TimeInterval.THREE_MONTHS);
        }
    }

    public record Result(List<AvailabilityBlock> availabilityBlocks, List<JsonNode> serviceOrders,
                         List<AvailabilityAdjustment> adjustments, List<JsonNode> rates, UUID cursor) {
    }

    private final Transactions transactions;
    private final AvailabilityBlockStore store;

    public AvailabilityBlockOperations(Transactions transactions, AvailabilityBlockStore store) {
        this.transactions = transactions;
        this.store = store;
    }

    public Result getAll(GetAll request, Caller caller) {
        Filter filter = Filter.where()
                .in("enterprise_id", caller.enterprises(request.enterpriseIds()))
                .in("id", request.availabilityBlockIds())
                .in("service_id", request.serviceIds())
                .in("external_identifier", request.externalIdentifiers())
                .in("state", request.states())
                .eq("is_active", ActivityState.isActive(request.activityStates()))
                .within("created_utc", request.createdUtc())
                .within("updated_utc", request.updatedUtc())
                .within("released_utc", request.releasedUtc())
                .overlapping("first_time_unit_start_utc", "last_time_unit_start_utc", request.collidingUtc());
        Extent extent = request.extent();
        return transactions.read(handle -> {
            Page<AvailabilityBlock> page = store.page(handle, filter, request.limitation());
            List<UUID> blockIds = page.items().stream().map(AvailabilityBlock::id).toList();
            List<UUID> rateIds = page.items().stream().map(AvailabilityBlock::rateId).toList();
            return new Result(
                    wanted(extent.availabilityBlocks()) ? page.items() : null,
                    wanted(extent.serviceOrders()) ? List.of() : null,
                    wanted(extent.adjustments()) ? store.adjustments(handle, blockIds) : null,
                    wanted(extent.rates()) ? store.ratesForExtent(handle, rateIds) : null,
                    page.cursor());
        });
    }

    private static boolean wanted(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }
}
