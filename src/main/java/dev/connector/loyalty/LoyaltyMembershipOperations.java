package dev.connector.loyalty;

import dev.connector.accounts.AccountDirectory;
import dev.connector.accounts.AccountRef;
import dev.connector.accounts.ProfileData;
import dev.connector.api.ActivityState;
import dev.connector.api.Caller;
import dev.connector.api.Forbidden;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Limitation;
import dev.connector.api.Require;
import dev.connector.api.TimeInterval;
import dev.connector.api.UpdateValue;
import dev.connector.events.Transactions;
import dev.connector.events.Tx;
import dev.connector.loyalty.LoyaltyMembership.State;
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@code loyaltyMemberships/add|getAll|update|delete}: accounts' memberships in loyalty programs. The tier of a
 * membership belongs to its program; an account has at most one primary membership per program (making one primary
 * makes the others secondary). No events.
 */
public final class LoyaltyMembershipOperations {

    public record MembershipAdd(UUID accountId, UUID loyaltyProgramId, Boolean isPrimary, State state, String code,
                                Integer points, String expirationDate, String url, UUID loyaltyTierId) {
    }

    public record Add(UUID chainId, List<MembershipAdd> loyaltyMemberships) {
        public Add {
            Require.notEmpty(loyaltyMemberships, "LoyaltyMemberships");
            Require.atMost(loyaltyMemberships, Limitation.MAX_COUNT, "LoyaltyMemberships");
            for (int i = 0; i < loyaltyMemberships.size(); i++) {
                MembershipAdd sent = Require.present(loyaltyMemberships.get(i), "LoyaltyMemberships[" + i + "]");
                String field = "LoyaltyMemberships[" + i + "].";
                Require.present(sent.accountId(), field + "AccountId");
                Require.present(sent.loyaltyProgramId(), field + "LoyaltyProgramId");
                Require.present(sent.isPrimary(), field + "IsPrimary");
                Require.maxLength(sent.code(), 255, field + "Code");
                expiration(sent.expirationDate(), field + "ExpirationDate");
                url(sent.url(), field + "Url");
            }
        }
    }

    public record GetAll(List<UUID> chainIds, TimeInterval createdUtc, TimeInterval updatedUtc,
                         List<UUID> loyaltyMembershipIds, List<UUID> accountIds, List<UUID> loyaltyProgramIds,
                         List<State> membershipStates, List<ActivityState> activityStates, List<String> codes,
                         List<String> providerMembershipIds, Limitation limitation) {
        public GetAll {
            Limitation.required(limitation);
            Require.atMost(chainIds, Limitation.MAX_COUNT, "ChainIds");
            Require.atMost(loyaltyMembershipIds, Limitation.MAX_COUNT, "LoyaltyMembershipIds");
            Require.atMost(accountIds, Limitation.MAX_COUNT, "AccountIds");
            Require.atMost(loyaltyProgramIds, Limitation.MAX_COUNT, "LoyaltyProgramIds");
            Require.atMost(codes, Limitation.MAX_COUNT, "Codes");
            Require.atMost(providerMembershipIds, Limitation.MAX_COUNT, "ProviderMembershipIds");
            TimeInterval.validate(createdUtc, "CreatedUtc", TimeInterval.THREE_MONTHS);
            TimeInterval.validate(updatedUtc, "UpdatedUtc", TimeInterval.THREE_MONTHS);
        }
    }

    public record MembershipUpdate(UUID loyaltyMembershipId, UpdateValue<UUID> loyaltyProgramId,
                                   UpdateValue<State> state, UpdateValue<Boolean> isPrimary, UpdateValue<String> code,
                                   UpdateValue<String> providerMembershipId, UpdateValue<Integer> points,
                                   UpdateValue<String> expirationDate, UpdateValue<String> url,
                                   UpdateValue<UUID> loyaltyTierId) {
    }

    public record Update(UUID chainId, List<MembershipUpdate> loyaltyMembershipUpdates) {
        public Update {
            Require.notEmpty(loyaltyMembershipUpdates, "LoyaltyMembershipUpdates");
            Require.atMost(loyaltyMembershipUpdates, Limitation.MAX_COUNT, "LoyaltyMembershipUpdates");
            for (int i = 0; i < loyaltyMembershipUpdates.size(); i++) {
                MembershipUpdate update = Require.present(loyaltyMembershipUpdates.get(i),
                        "LoyaltyMembershipUpdates[" + i + "]");
                String field = "LoyaltyMembershipUpdates[" + i + "].";
                Require.present(update.loyaltyMembershipId(), field + "LoyaltyMembershipId");
                nonNull(update.loyaltyProgramId(), field + "LoyaltyProgramId.Value");
                nonNull(update.state(), field + "State.Value");
                nonNull(update.isPrimary(), field + "IsPrimary.Value");
                if (update.code() != null) {
                    Require.maxLength(update.code().value(), 255, field + "Code.Value");
                }
                if (update.providerMembershipId() != null) {
                    Require.maxLength(update.providerMembershipId().value(), 100, field + "ProviderMembershipId.Value");
                }
                if (update.expirationDate() != null) {
                    expiration(update.expirationDate().value(), field + "ExpirationDate.Value");
                }
                if (update.url() != null) {
                    url(update.url().value(), field + "Url.Value");
                }
            }
        }
    }

    public record Delete(List<UUID> loyaltyMembershipIds) {
        public Delete {
            Require.notEmpty(loyaltyMembershipIds, "LoyaltyMembershipIds");
            Require.atMost(loyaltyMembershipIds, Limitation.MAX_COUNT, "LoyaltyMembershipIds");
        }
    }

    public record Result(List<LoyaltyMembership> loyaltyMemberships, UUID cursor) {
    }

    private final Transactions transactions;
    private final LoyaltyMembershipStore store;
    private final LoyaltyProgramStore programs;
    private final LoyaltyTierStore tiers;
    private final AccountDirectory accounts;
    private final Supplier<UUID> newId;

    public LoyaltyMembershipOperations(Transactions transactions, LoyaltyMembershipStore store,
                                       LoyaltyProgramStore programs, LoyaltyTierStore tiers, AccountDirectory accounts,
                                       Supplier<UUID> newId) {
        this.transactions = transactions;
        this.store = store;
        this.programs = programs;
        this.tiers = tiers;
        this.accounts = accounts;
        this.newId = newId;
    }

    public Result add(Add request, Caller caller) {
        List<UUID> chains = accounts.chains(caller, request.chainId());
        return transactions.write(tx -> {
            List<LoyaltyMembership> added = new ArrayList<>();
            for (int i = 0; i < request.loyaltyMemberships().size(); i++) {
                MembershipAdd sent = request.loyaltyMemberships().get(i);
                String field = "LoyaltyMemberships[" + i + "].";
                AccountRef account = accounts.require(tx.handle(), chains, sent.accountId(), field + "AccountId");
                LoyaltyProgram program = program(tx, List.of(account.chainId()), sent.loyaltyProgramId(),
                        field + "LoyaltyProgramId");
                checkTier(tx, program, sent.loyaltyTierId(), field + "LoyaltyTierId");
                LoyaltyMembership membership = new LoyaltyMembership(newId.get(), account.chainId(), account.id(),
                        program.id(), sent.state() == null ? State.Enrolled : sent.state(), sent.isPrimary(), null,
                        sent.code(), sent.points(), expiration(sent.expirationDate(), field + "ExpirationDate"),
                        sent.url(), sent.loyaltyTierId(), ProfileData.integration(), ProfileData.integration());
                if (membership.isPrimary()) {
                    demoteOtherPrimaries(tx, membership);
                }
                store.insert(tx.handle(), membership, tx.now());
                added.add(membership);
            }
            return new Result(added, null);
        });
    }

    public Result getAll(GetAll request, Caller caller) {
        List<ActivityState> states = request.activityStates() == null || request.activityStates().isEmpty()
                ? List.of(ActivityState.Active) : request.activityStates();
        Filter filter = Filter.where()
                .in("chain_id", accounts.scope().chains(caller, request.chainIds()))
                .in("id", request.loyaltyMembershipIds())
                .in("account_id", request.accountIds())
                .in("loyalty_program_id", request.loyaltyProgramIds())
                .in("state", request.membershipStates())
                .in("code", request.codes())
                .in("provider_membership_id", request.providerMembershipIds())
                .eq("is_active", ActivityState.isActive(states))
                .within("created_utc", request.createdUtc())
                .within("updated_utc", request.updatedUtc());
        Page<LoyaltyMembership> page = transactions.read(handle -> store.page(handle, filter, request.limitation()));
        return new Result(page.items(), page.cursor());
    }

    public Result update(Update request, Caller caller) {
        List<UUID> chains = accounts.chains(caller, request.chainId());
        return transactions.write(tx -> {
            List<LoyaltyMembership> updated = new ArrayList<>();
            for (int i = 0; i < request.loyaltyMembershipUpdates().size(); i++) {
                MembershipUpdate update = request.loyaltyMembershipUpdates().get(i);
                String field = "LoyaltyMembershipUpdates[" + i + "].";
                LoyaltyMembership current = store.findActive(tx.handle(), chains, update.loyaltyMembershipId())
                        .orElseThrow(() -> new Forbidden("The loyalty membership " + update.loyaltyMembershipId()
                                + " was not found."));
                UUID programId = UpdateValue.apply(update.loyaltyProgramId(), current.loyaltyProgramId());
                LoyaltyProgram program = program(tx, List.of(current.chainId()), programId,
                        field + "LoyaltyProgramId");
                UUID tierId = UpdateValue.apply(update.loyaltyTierId(), current.loyaltyTierId());
                checkTier(tx, program, tierId, field + "LoyaltyTierId");
                LoyaltyMembership membership = new LoyaltyMembership(current.id(), current.chainId(),
                        current.accountId(), programId, UpdateValue.apply(update.state(), current.state()),
                        UpdateValue.apply(update.isPrimary(), current.isPrimary()),
                        UpdateValue.apply(update.providerMembershipId(), current.providerMembershipId()),
                        UpdateValue.apply(update.code(), current.code()),
                        UpdateValue.apply(update.points(), current.points()),
                        update.expirationDate() == null ? current.expirationDate()
                                : expiration(update.expirationDate().value(), field + "ExpirationDate.Value"),
                        UpdateValue.apply(update.url(), current.url()), tierId, current.creatorProfile(),
                        ProfileData.integration());
                if (membership.isPrimary()) {
                    demoteOtherPrimaries(tx, membership);
                }
                store.update(tx.handle(), membership, true, tx.now());
                updated.add(membership);
            }
            return new Result(updated, null);
        });
    }

    public Object delete(Delete request, Caller caller) {
        return transactions.write(tx -> {
            for (UUID id : request.loyaltyMembershipIds()) {
                LoyaltyMembership current = store.findActive(tx.handle(), caller.chainIds(), id)
                        .orElseThrow(() -> new Forbidden("The loyalty membership " + id + " was not found."));
                store.update(tx.handle(), current, false, tx.now());
            }
            return null;
        });
    }

    /** One primary membership per account and program: the new primary one takes over. */
    private void demoteOtherPrimaries(Tx tx, LoyaltyMembership primary) {
        for (LoyaltyMembership other : store.primaries(tx.handle(), primary.accountId(), primary.loyaltyProgramId())) {
            if (!other.id().equals(primary.id())) {
                store.update(tx.handle(), other.withPrimary(false), true, tx.now());
            }
        }
    }

    private LoyaltyProgram program(Tx tx, List<UUID> chains, UUID programId, String field) {
        return programs.findActive(tx.handle(), chains, programId)
                .orElseThrow(() -> new Forbidden("The loyalty program " + programId + " (" + field
                        + ") was not found in the account's chain."));
    }

    private void checkTier(Tx tx, LoyaltyProgram program, UUID tierId, String field) {
        if (tierId == null) {
            return;
        }
        LoyaltyTier tier = tiers.findActive(tx.handle(), List.of(program.chainId()), tierId)
                .orElseThrow(() -> new Forbidden("The loyalty tier " + tierId + " (" + field + ") was not found."));
        if (!tier.loyaltyProgramId().equals(program.id())) {
            throw new Forbidden("The loyalty tier " + tier.name() + " (" + field + ") is not a tier of the program "
                    + program.name() + ".");
        }
    }

    private static void nonNull(UpdateValue<?> update, String field) {
        if (update != null && update.value() == null) {
            throw new InvalidRequest(field + " must not be null.");
        }
    }

    /** An expiration date as a date (2029-12-24) or a date-time at midnight UTC; null stays null. */
    private static Instant expiration(String value, String field) {
        if (value == null) {
            return null;
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequest(field + " must be a date such as 2029-12-24, but was " + value + ".");
        }
    }

    private static void url(String value, String field) {
        if (value == null) {
            return;
        }
        try {
            if (!new URI(value).isAbsolute()) {
                throw new InvalidRequest(field + " must be an absolute URL, but was " + value + ".");
            }
        } catch (URISyntaxException e) {
            throw new InvalidRequest(field + " must be an absolute URL, but was " + value + ".");
        }
    }
}
