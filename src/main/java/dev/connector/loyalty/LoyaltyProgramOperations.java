package dev.connector.loyalty;

import dev.connector.api.ActivityState;
import dev.connector.api.Caller;
import dev.connector.api.Forbidden;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Limitation;
import dev.connector.api.Require;
import dev.connector.api.TimeInterval;
import dev.connector.api.UpdateValue;
import dev.connector.customers.ChainScope;
import dev.connector.events.Transactions;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@code loyaltyPrograms/getAll|add|update|delete}: the loyalty programs of the chains the token reaches. A code
 * names one active program of a chain; a program with active memberships cannot be deleted. No events.
 */
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

    public record ProgramAdd(String name, String code, LoyaltyProgram.Type type,
                             LoyaltyProgram.Subscription subscription) {
    }

    public record Add(UUID chainId, List<ProgramAdd> loyaltyPrograms) {
        public Add {
            Require.notEmpty(loyaltyPrograms, "LoyaltyPrograms");
            Require.atMost(loyaltyPrograms, Limitation.MAX_COUNT, "LoyaltyPrograms");
            for (int i = 0; i < loyaltyPrograms.size(); i++) {
                ProgramAdd program = Require.present(loyaltyPrograms.get(i), "LoyaltyPrograms[" + i + "]");
                String field = "LoyaltyPrograms[" + i + "].";
                Require.maxLength(Require.text(program.name(), field + "Name"), 100, field + "Name");
                Require.maxLength(Require.text(program.code(), field + "Code"), 50, field + "Code");
            }
        }
    }

    public record ProgramUpdate(UUID loyaltyProgramId, UpdateValue<String> name, UpdateValue<String> type,
                                UpdateValue<String> subscription) {
    }

    public record Update(UUID chainId, List<ProgramUpdate> loyaltyProgramUpdates) {
        public Update {
            Require.notEmpty(loyaltyProgramUpdates, "LoyaltyProgramUpdates");
            Require.atMost(loyaltyProgramUpdates, Limitation.MAX_COUNT, "LoyaltyProgramUpdates");
            for (int i = 0; i < loyaltyProgramUpdates.size(); i++) {
                ProgramUpdate update = Require.present(loyaltyProgramUpdates.get(i), "LoyaltyProgramUpdates[" + i + "]");
                String field = "LoyaltyProgramUpdates[" + i + "].";
                Require.present(update.loyaltyProgramId(), field + "LoyaltyProgramId");
                if (update.name() != null) {
                    Require.maxLength(Require.text(update.name().value(), field + "Name.Value"), 100, field + "Name.Value");
                }
                if (update.type() != null) {
                    named(LoyaltyProgram.Type.class, update.type().value(), field + "Type.Value");
                }
                if (update.subscription() != null) {
                    named(LoyaltyProgram.Subscription.class, update.subscription().value(), field + "Subscription.Value");
                }
            }
        }
    }

    public record Delete(List<UUID> loyaltyProgramIds) {
        public Delete {
            Require.notEmpty(loyaltyProgramIds, "LoyaltyProgramIds");
            Require.atMost(loyaltyProgramIds, Limitation.MAX_COUNT, "LoyaltyProgramIds");
        }
    }

    public record Written(List<LoyaltyProgram> loyaltyPrograms) {
    }

    private final Transactions transactions;
    private final LoyaltyProgramStore store;
    private final LoyaltyTierStore tiers;
    private final LoyaltyMembershipStore memberships;
    private final ChainScope scope;
    private final Supplier<UUID> newId;

    public LoyaltyProgramOperations(Transactions transactions, LoyaltyProgramStore store, LoyaltyTierStore tiers,
                                    LoyaltyMembershipStore memberships, ChainScope scope, Supplier<UUID> newId) {
        this.transactions = transactions;
        this.store = store;
        this.tiers = tiers;
        this.memberships = memberships;
        this.scope = scope;
        this.newId = newId;
    }

    public Written add(Add request, Caller caller) {
        UUID chainId = scope.chainForNewCustomer(caller, request.chainId());
        return transactions.write(tx -> {
            List<LoyaltyProgram> added = new ArrayList<>();
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < request.loyaltyPrograms().size(); i++) {
                ProgramAdd sent = request.loyaltyPrograms().get(i);
                String code = sent.code().strip();
                if (!codes.add(code) || store.codeTaken(tx.handle(), chainId, code, null)) {
                    throw new Forbidden("Another loyalty program already uses the code " + code + ".");
                }
                LoyaltyProgram program = new LoyaltyProgram(newId.get(), chainId, sent.name().strip(), code,
                        sent.type(), sent.subscription());
                store.insert(tx.handle(), program, true, tx.now(), tx.now());
                added.add(program);
            }
            return new Written(added);
        });
    }

    public Written update(Update request, Caller caller) {
        List<UUID> chains = scope.chains(caller, request.chainId() == null ? null : List.of(request.chainId()));
        return transactions.write(tx -> {
            List<LoyaltyProgram> updated = new ArrayList<>();
            for (int i = 0; i < request.loyaltyProgramUpdates().size(); i++) {
                ProgramUpdate update = request.loyaltyProgramUpdates().get(i);
                LoyaltyProgram current = store.findActive(tx.handle(), chains, update.loyaltyProgramId())
                        .orElseThrow(() -> new Forbidden("The loyalty program " + update.loyaltyProgramId()
                                + " was not found."));
                LoyaltyProgram program = new LoyaltyProgram(current.id(), current.chainId(),
                        update.name() == null ? current.name() : update.name().value().strip(), current.code(),
                        update.type() == null ? current.type()
                                : named(LoyaltyProgram.Type.class, update.type().value(), "Type.Value"),
                        update.subscription() == null ? current.subscription()
                                : named(LoyaltyProgram.Subscription.class, update.subscription().value(),
                                        "Subscription.Value"));
                store.update(tx.handle(), program, true, tx.now());
                updated.add(program);
            }
            return new Written(updated);
        });
    }

    public Object delete(Delete request, Caller caller) {
        return transactions.write(tx -> {
            for (UUID programId : request.loyaltyProgramIds()) {
                LoyaltyProgram current = store.findActive(tx.handle(), caller.chainIds(), programId)
                        .orElseThrow(() -> new Forbidden("The loyalty program " + programId + " was not found."));
                long members = memberships.activeCount(tx.handle(), "loyalty_program_id", programId);
                if (members > 0) {
                    throw new Forbidden("The loyalty program " + current.name() + " cannot be deleted while it has "
                            + members + " active memberships.");
                }
                store.update(tx.handle(), current, false, tx.now());
                for (LoyaltyTier tier : tiers.activeOf(tx.handle(), programId)) {
                    tiers.update(tx.handle(), tier, false, tx.now());
                }
            }
            return null;
        });
    }

    /** The enum constant of an update value's text, null when cleared; 400 naming the field when unknown. */
    static <E extends Enum<E>> E named(Class<E> type, String value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest(field + " is not a valid " + type.getSimpleName() + ": " + value + ".");
        }
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
