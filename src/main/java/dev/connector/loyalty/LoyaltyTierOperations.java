package dev.connector.loyalty;

import dev.connector.api.ActivityState;
import dev.connector.api.Caller;
import dev.connector.api.Forbidden;
import dev.connector.api.Limitation;
import dev.connector.api.Require;
import dev.connector.api.TimeInterval;
import dev.connector.api.UpdateValue;
import dev.connector.customers.ChainScope;
import dev.connector.events.Transactions;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/**
 * {@code loyaltyTiers/add|getAll|update|delete}: the ranked tiers of a loyalty program. Within a program each active
 * tier has its own code and its own ordering; a tier held by active memberships cannot be deleted. No events.
 */
public final class LoyaltyTierOperations {

    public record TierAdd(UUID loyaltyProgramId, String name, String code, Integer ordering) {
    }

    public record Add(UUID chainId, List<TierAdd> loyaltyTiers) {
        public Add {
            Require.notEmpty(loyaltyTiers, "LoyaltyTiers");
            Require.atMost(loyaltyTiers, Limitation.MAX_COUNT, "LoyaltyTiers");
            for (int i = 0; i < loyaltyTiers.size(); i++) {
                TierAdd tier = Require.present(loyaltyTiers.get(i), "LoyaltyTiers[" + i + "]");
                String field = "LoyaltyTiers[" + i + "].";
                Require.present(tier.loyaltyProgramId(), field + "LoyaltyProgramId");
                Require.maxLength(Require.text(tier.name(), field + "Name"), 50, field + "Name");
                Require.maxLength(Require.text(tier.code(), field + "Code"), 50, field + "Code");
                Require.present(tier.ordering(), field + "Ordering");
            }
        }
    }

    public record GetAll(List<UUID> chainIds, List<UUID> loyaltyProgramIds, List<UUID> loyaltyTierIds,
                         List<ActivityState> activityStates, TimeInterval updatedUtc, Limitation limitation) {
        public GetAll {
            Limitation.required(limitation);
            Require.notEmpty(loyaltyProgramIds, "LoyaltyProgramIds");
            Require.atMost(loyaltyProgramIds, Limitation.MAX_COUNT, "LoyaltyProgramIds");
            Require.atMost(chainIds, Limitation.MAX_COUNT, "ChainIds");
            Require.atMost(loyaltyTierIds, Limitation.MAX_COUNT, "LoyaltyTierIds");
            TimeInterval.validate(updatedUtc, "UpdatedUtc", TimeInterval.THREE_MONTHS);
        }
    }

    public record TierUpdate(UUID loyaltyTierId, UpdateValue<String> name, UpdateValue<String> code,
                             UpdateValue<Integer> ordering) {
    }

    public record Update(List<TierUpdate> loyaltyTierUpdates) {
        public Update {
            Require.notEmpty(loyaltyTierUpdates, "LoyaltyTierUpdates");
            Require.atMost(loyaltyTierUpdates, Limitation.MAX_COUNT, "LoyaltyTierUpdates");
            for (int i = 0; i < loyaltyTierUpdates.size(); i++) {
                TierUpdate update = Require.present(loyaltyTierUpdates.get(i), "LoyaltyTierUpdates[" + i + "]");
                String field = "LoyaltyTierUpdates[" + i + "].";
                Require.present(update.loyaltyTierId(), field + "LoyaltyTierId");
                if (update.name() != null) {
                    Require.maxLength(Require.text(update.name().value(), field + "Name.Value"), 50,
                            field + "Name.Value");
                }
                if (update.code() != null) {
                    Require.maxLength(Require.text(update.code().value(), field + "Code.Value"), 50,
                            field + "Code.Value");
                }
                if (update.ordering() != null) {
                    Require.present(update.ordering().value(), field + "Ordering.Value");
                }
            }
        }
    }

    public record Delete(List<UUID> loyaltyTierIds) {
        public Delete {
            Require.notEmpty(loyaltyTierIds, "LoyaltyTierIds");
            Require.atMost(loyaltyTierIds, Limitation.MAX_COUNT, "LoyaltyTierIds");
        }
    }

    public record Written(List<LoyaltyTier> loyaltyTiers) {
    }

    public record Result(List<LoyaltyTier> loyaltyTiers, UUID cursor) {
    }

    private final Transactions transactions;
    private final LoyaltyTierStore store;
    private final LoyaltyProgramStore programs;
    private final LoyaltyMembershipStore memberships;
    private final ChainScope scope;
    private final Supplier<UUID> newId;

    public LoyaltyTierOperations(Transactions transactions, LoyaltyTierStore store, LoyaltyProgramStore programs,
                                 LoyaltyMembershipStore memberships, ChainScope scope, Supplier<UUID> newId) {
        this.transactions = transactions;
        this.store = store;
        this.programs = programs;
        this.memberships = memberships;
        this.scope = scope;
        this.newId = newId;
    }

    public Written add(Add request, Caller caller) {
        List<UUID> chains = scope.chains(caller, request.chainId() == null ? null : List.of(request.chainId()));
        return transactions.write(tx -> {
            List<LoyaltyTier> added = new ArrayList<>();
            for (int i = 0; i < request.loyaltyTiers().size(); i++) {
                TierAdd sent = request.loyaltyTiers().get(i);
                LoyaltyProgram program = programs.findActive(tx.handle(), chains, sent.loyaltyProgramId())
                        .orElseThrow(() -> new Forbidden("The loyalty program " + sent.loyaltyProgramId()
                                + " was not found."));
                LoyaltyTier tier = new LoyaltyTier(newId.get(), program.id(), sent.name().strip(), sent.code().strip(),
                        sent.ordering());
                checkUnique(tx.handle(), tier, program.name());
                store.insert(tx.handle(), program.chainId(), tier, tx.now());
                added.add(tier);
            }
            return new Written(added);
        });
    }

    public Result getAll(GetAll request, Caller caller) {
        Filter filter = Filter.where()
                .in("chain_id", scope.chains(caller, request.chainIds()))
                .in("loyalty_program_id", request.loyaltyProgramIds())
                .in("id", request.loyaltyTierIds())
                .eq("is_active", ActivityState.isActive(activeByDefault(request.activityStates())))
                .within("updated_utc", request.updatedUtc());
        Page<LoyaltyTier> page = transactions.read(handle -> store.page(handle, filter, request.limitation()));
        return new Result(page.items(), page.cursor());
    }

    public Written update(Update request, Caller caller) {
        return transactions.write(tx -> {
            List<LoyaltyTier> updated = new ArrayList<>();
            for (TierUpdate update : request.loyaltyTierUpdates()) {
                LoyaltyTier current = existing(tx.handle(), caller, update.loyaltyTierId());
                LoyaltyTier tier = new LoyaltyTier(current.id(), current.loyaltyProgramId(),
                        update.name() == null ? current.name() : update.name().value().strip(),
                        update.code() == null ? current.code() : update.code().value().strip(),
                        UpdateValue.apply(update.ordering(), current.ordering()));
                checkUnique(tx.handle(), tier, "its program");
                store.update(tx.handle(), tier, true, tx.now());
                updated.add(tier);
            }
            return new Written(updated);
        });
    }

    public Object delete(Delete request, Caller caller) {
        return transactions.write(tx -> {
            for (UUID tierId : request.loyaltyTierIds()) {
                LoyaltyTier current = existing(tx.handle(), caller, tierId);
                long members = memberships.activeCount(tx.handle(), "loyalty_tier_id", tierId);
                if (members > 0) {
                    throw new Forbidden("The loyalty tier " + current.name() + " cannot be deleted while "
                            + members + " active memberships hold it.");
                }
                store.update(tx.handle(), current, false, tx.now());
            }
            return null;
        });
    }

    private LoyaltyTier existing(Handle handle, Caller caller, UUID tierId) {
        return store.findActive(handle, caller.chainIds(), tierId)
                .orElseThrow(() -> new Forbidden("The loyalty tier " + tierId + " was not found."));
    }

    /** Each active tier of a program has its own code and its own place in the order. */
    private void checkUnique(Handle handle, LoyaltyTier tier, String programName) {
        for (LoyaltyTier other : store.activeOf(handle, tier.loyaltyProgramId())) {
            if (other.id().equals(tier.id())) {
                continue;
            }
            if (other.code().equals(tier.code())) {
                throw new Forbidden("The tier " + other.name() + " of " + programName + " already uses the code "
                        + tier.code() + ".");
            }
            if (other.ordering() == tier.ordering()) {
                throw new Forbidden("The tier " + other.name() + " of " + programName + " already has the ordering "
                        + tier.ordering() + ".");
            }
        }
    }

    static List<ActivityState> activeByDefault(List<ActivityState> requested) {
        return requested == null || requested.isEmpty() ? List.of(ActivityState.Active) : requested;
    }
}
