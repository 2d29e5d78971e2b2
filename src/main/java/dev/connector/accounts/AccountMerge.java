package dev.connector.accounts;

import dev.connector.api.Caller;
import dev.connector.api.Forbidden;
import dev.connector.api.InvalidRequest;
import dev.connector.api.Limitation;
import dev.connector.api.Require;
import dev.connector.events.Transactions;
import dev.connector.events.Tx;
import java.util.List;
import java.util.UUID;

/**
 * {@code accounts/merge} and the deprecated {@code customers/merge}: source accounts are merged into a target
 * account of the same type and chain. The target keeps its id and its own data, and takes over every reservation,
 * bill, order item, payment, address, note and loyalty membership of the sources; the sources are deleted, so that
 * no read finds them again. A merge into a customer emits one CustomerUpdated for it; companies have no event.
 */
public final class AccountMerge {

    /** Request of {@code accounts/merge}. */
    public record Request(List<Merge> accountMergeParameters) {
        public Request {
            Require.notEmpty(accountMergeParameters, "AccountMergeParameters");
            Require.atMost(accountMergeParameters, 10, "AccountMergeParameters");
            for (int i = 0; i < accountMergeParameters.size(); i++) {
                Merge merge = Require.present(accountMergeParameters.get(i), "AccountMergeParameters[" + i + "]");
                String field = "AccountMergeParameters[" + i + "].";
                Require.notEmpty(merge.sourceAccountIds(), field + "SourceAccountIds");
                Require.atMost(merge.sourceAccountIds(), Limitation.MAX_COUNT, field + "SourceAccountIds");
                Require.present(merge.targetAccountId(), field + "TargetAccountId");
                Require.present(merge.accountType(), field + "AccountType");
                for (UUID source : merge.sourceAccountIds()) {
                    Require.present(source, field + "SourceAccountIds");
                    if (source.equals(merge.targetAccountId())) {
                        throw new InvalidRequest(field + "SourceAccountIds must not contain the TargetAccountId.");
                    }
                }
            }
        }
    }

    /** One merge: sources into a target of the given type. */
    public record Merge(List<UUID> sourceAccountIds, UUID targetAccountId, AccountType accountType) {
    }

    /** Request of the deprecated {@code customers/merge}: one customer into another. */
    public record CustomerRequest(UUID sourceCustomerId, UUID targetCustomerId) {
        public CustomerRequest {
            Require.present(sourceCustomerId, "SourceCustomerId");
            Require.present(targetCustomerId, "TargetCustomerId");
            if (sourceCustomerId.equals(targetCustomerId)) {
                throw new InvalidRequest("SourceCustomerId and TargetCustomerId must be different customers.");
            }
        }
    }

    private final Transactions transactions;
    private final AccountDirectory directory;
    private final AccountMergeStore store;

    AccountMerge(Transactions transactions, AccountDirectory directory, AccountMergeStore store) {
        this.transactions = transactions;
        this.directory = directory;
        this.store = store;
    }

    public Object merge(Request request, Caller caller) {
        return transactions.write(tx -> {
            for (int i = 0; i < request.accountMergeParameters().size(); i++) {
                Merge merge = request.accountMergeParameters().get(i);
                merge(tx, caller, merge.accountType(), merge.sourceAccountIds(), merge.targetAccountId(),
                        "AccountMergeParameters[" + i + "].");
            }
            return null;
        });
    }

    public Object mergeCustomers(CustomerRequest request, Caller caller) {
        return transactions.write(tx -> {
            merge(tx, caller, AccountType.Customer, List.of(request.sourceCustomerId()), request.targetCustomerId(),
                    "");
            return null;
        });
    }

    private void merge(Tx tx, Caller caller, AccountType type, List<UUID> sources, UUID targetId, String field) {
        AccountRef target = account(tx, caller, type, targetId, field + "TargetAccountId");
        for (UUID sourceId : sources.stream().distinct().toList()) {
            AccountRef source = account(tx, caller, type, sourceId, field + "SourceAccountIds");
            if (!source.chainId().equals(target.chainId())) {
                throw new Forbidden("The accounts " + sourceId + " and " + targetId + " belong to different chains.");
            }
            store.merge(tx.handle(), type, sourceId, targetId);
        }
        directory.touched(tx, caller, target);
    }

    private AccountRef account(Tx tx, Caller caller, AccountType type, UUID id, String field) {
        AccountRef account = directory.require(tx.handle(), caller.chainIds(), id, field);
        if (account.type() != type) {
            throw new Forbidden("The account " + id + " (" + field + ") is a " + account.type().name().toLowerCase()
                    + ", not a " + type.name().toLowerCase() + ".");
        }
        return account;
    }
}
