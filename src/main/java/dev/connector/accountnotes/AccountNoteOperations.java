package dev.connector.accountnotes;

import dev.connector.accountnotes.AccountNote.Classification;
import dev.connector.accounts.AccountDirectory;
import dev.connector.accounts.AccountRef;
import dev.connector.accounts.AccountType;
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
import dev.connector.store.Filter;
import dev.connector.store.Page;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@code accountNotes/add|getAll|update|delete}: notes about customers and companies, one classification each
 * (companies: General only). A change to a customer's notes emits CustomerUpdated for that customer.
 */
public final class AccountNoteOperations {

    public record NoteAdd(UUID accountId, String content, List<Classification> classifications) {
    }

    public record Add(UUID chainId, List<NoteAdd> accountNotes) {
        public Add {
            Require.notEmpty(accountNotes, "AccountNotes");
            Require.atMost(accountNotes, Limitation.MAX_COUNT, "AccountNotes");
            for (int i = 0; i < accountNotes.size(); i++) {
                NoteAdd note = Require.present(accountNotes.get(i), "AccountNotes[" + i + "]");
                String field = "AccountNotes[" + i + "].";
                Require.present(note.accountId(), field + "AccountId");
                content(note.content(), field + "Content");
                Require.notEmpty(note.classifications(), field + "Classifications");
                Require.atMost(note.classifications(), 1, field + "Classifications");
                Require.present(note.classifications().get(0), field + "Classifications[0]");
            }
        }
    }

    public record GetAll(List<UUID> chainIds, List<UUID> accountNoteIds, List<UUID> accountIds,
                         TimeInterval updatedUtc, List<ActivityState> activityStates, Limitation limitation) {
        public GetAll {
            Limitation.required(limitation);
            Require.atMost(chainIds, Limitation.MAX_COUNT, "ChainIds");
            Require.atMost(accountNoteIds, Limitation.MAX_COUNT, "AccountNoteIds");
            Require.atMost(accountIds, Limitation.MAX_COUNT, "AccountIds");
            TimeInterval.validate(updatedUtc, "UpdatedUtc", TimeInterval.THREE_MONTHS);
        }
    }

    /** The classifications an update sets (true) or removes (false); absent ones stay. */
    public record ClassificationUpdates(UpdateValue<Boolean> general, UpdateValue<Boolean> foodAndBeverage,
                                        UpdateValue<Boolean> frontOffice, UpdateValue<Boolean> reservations,
                                        UpdateValue<Boolean> housekeeping, UpdateValue<Boolean> maintenance,
                                        UpdateValue<Boolean> previousStay, UpdateValue<Boolean> familyRelations,
                                        UpdateValue<Boolean> gifts, UpdateValue<Boolean> accounting,
                                        UpdateValue<Boolean> complaints, UpdateValue<Boolean> other) {
        Map<Classification, UpdateValue<Boolean>> byClassification() {
            Map<Classification, UpdateValue<Boolean>> values = new EnumMap<>(Classification.class);
            values.put(Classification.General, general);
            values.put(Classification.FoodAndBeverage, foodAndBeverage);
            values.put(Classification.FrontOffice, frontOffice);
            values.put(Classification.Reservations, reservations);
            values.put(Classification.Housekeeping, housekeeping);
            values.put(Classification.Maintenance, maintenance);
            values.put(Classification.PreviousStay, previousStay);
            values.put(Classification.FamilyRelations, familyRelations);
            values.put(Classification.Gifts, gifts);
            values.put(Classification.Accounting, accounting);
            values.put(Classification.Complaints, complaints);
            values.put(Classification.Other, other);
            return values;
        }
    }

    public record NoteUpdate(UUID accountNoteId, UpdateValue<String> content, ClassificationUpdates classifications) {
    }

    public record Update(UUID chainId, List<NoteUpdate> accountNoteUpdates) {
        public Update {
            Require.notEmpty(accountNoteUpdates, "AccountNoteUpdates");
            Require.atMost(accountNoteUpdates, Limitation.MAX_COUNT, "AccountNoteUpdates");
            for (int i = 0; i < accountNoteUpdates.size(); i++) {
                NoteUpdate update = Require.present(accountNoteUpdates.get(i), "AccountNoteUpdates[" + i + "]");
                String field = "AccountNoteUpdates[" + i + "].";
                Require.present(update.accountNoteId(), field + "AccountNoteId");
                Require.present(update.classifications(), field + "Classifications");
                if (update.content() != null) {
                    content(update.content().value(), field + "Content.Value");
                }
            }
        }
    }

    public record Delete(UUID chainId, List<UUID> accountNoteIds) {
        public Delete {
            Require.notEmpty(accountNoteIds, "AccountNoteIds");
            Require.atMost(accountNoteIds, Limitation.MAX_COUNT, "AccountNoteIds");
        }
    }

    public record Result(List<AccountNote> accountNotes) {
    }

    public record PageResult(List<AccountNote> accountNotes, UUID cursor) {
    }

    private final Transactions transactions;
    private final AccountNoteStore store;
    private final AccountDirectory accounts;
    private final Supplier<UUID> newId;

    public AccountNoteOperations(Transactions transactions, AccountNoteStore store, AccountDirectory accounts,
                                 Supplier<UUID> newId) {
        this.transactions = transactions;
        this.store = store;
        this.accounts = accounts;
        this.newId = newId;
    }

    public Result add(Add request, Caller caller) {
        List<UUID> chains = accounts.chains(caller, request.chainId());
        return transactions.write(tx -> {
            List<AccountNote> added = new ArrayList<>();
            Map<UUID, AccountRef> changed = new LinkedHashMap<>();
            for (int i = 0; i < request.accountNotes().size(); i++) {
                NoteAdd sent = request.accountNotes().get(i);
                String field = "AccountNotes[" + i + "]";
                AccountRef account = accounts.require(tx.handle(), chains, sent.accountId(), field + ".AccountId");
                checkClassifications(account.type(), sent.classifications(), field + ".Classifications");
                AccountNote note = new AccountNote(newId.get(), account.id(), sent.content().strip(), account.type(),
                        sent.classifications(), true, ProfileData.integration(),
                        ProfileData.integration());
                store.insert(tx.handle(), account.chainId(), note, tx.now());
                added.add(note);
                changed.put(account.id(), account);
            }
            changed.values().forEach(account -> accounts.touched(tx, caller, account));
            return new Result(added);
        });
    }

    public PageResult getAll(GetAll request, Caller caller) {
        List<ActivityState> states = request.activityStates() == null || request.activityStates().isEmpty()
                ? List.of(ActivityState.Active) : request.activityStates();
        Filter filter = Filter.where()
                .in("chain_id", accounts.scope().chains(caller, request.chainIds()))
                .in("id", request.accountNoteIds())
                .in("account_id", request.accountIds())
                .eq("is_active", ActivityState.isActive(states))
                .within("updated_utc", request.updatedUtc());
        Page<AccountNote> page = transactions.read(handle -> store.page(handle, filter, request.limitation()));
        return new PageResult(page.items(), page.cursor());
    }

    public Result update(Update request, Caller caller) {
        List<UUID> chains = accounts.chains(caller, request.chainId());
        return transactions.write(tx -> {
            List<AccountNote> updated = new ArrayList<>();
            Map<UUID, AccountRef> changed = new LinkedHashMap<>();
            for (int i = 0; i < request.accountNoteUpdates().size(); i++) {
                NoteUpdate update = request.accountNoteUpdates().get(i);
                String field = "AccountNoteUpdates[" + i + "]";
                AccountNoteStore.Stored stored = existing(tx, chains, update.accountNoteId(), field);
                AccountNote current = stored.note();
                List<Classification> classifications = new ArrayList<>(current.classifications());
                update.classifications().byClassification().forEach((classification, value) -> {
                    if (value == null) {
                        return;
                    }
                    if (value.value() == null) {
                        throw new InvalidRequest(field + ".Classifications." + classification + ".Value is required.");
                    }
                    classifications.remove(classification);
                    if (value.value()) {
                        classifications.add(classification);
                    }
                });
                if (classifications.size() != 1) {
                    throw new InvalidRequest(field + ".Classifications must leave the note with exactly one"
                            + " classification, but it would have " + classifications.size() + ".");
                }
                checkClassifications(current.accountType(), classifications, field + ".Classifications");
                AccountNote note = new AccountNote(current.id(), current.accountId(),
                        update.content() == null ? current.content() : update.content().value().strip(),
                        current.accountType(), classifications, true, current.creatorProfile(),
                        ProfileData.integration());
                store.update(tx.handle(), note, tx.now());
                updated.add(note);
                changed.put(note.accountId(), new AccountRef(note.accountId(), note.accountType(), stored.chainId()));
            }
            changed.values().forEach(account -> accounts.touched(tx, caller, account));
            return new Result(updated);
        });
    }

    public Object delete(Delete request, Caller caller) {
        List<UUID> chains = accounts.chains(caller, request.chainId());
        return transactions.write(tx -> {
            Map<UUID, AccountRef> changed = new LinkedHashMap<>();
            for (int i = 0; i < request.accountNoteIds().size(); i++) {
                AccountNoteStore.Stored stored = existing(tx, chains, request.accountNoteIds().get(i),
                        "AccountNoteIds[" + i + "]");
                AccountNote current = stored.note();
                store.update(tx.handle(), new AccountNote(current.id(), current.accountId(), current.content(),
                        current.accountType(), current.classifications(), false, current.creatorProfile(),
                        ProfileData.integration()), tx.now());
                changed.put(current.accountId(),
                        new AccountRef(current.accountId(), current.accountType(), stored.chainId()));
            }
            changed.values().forEach(account -> accounts.touched(tx, caller, account));
            return null;
        });
    }

    private AccountNoteStore.Stored existing(Tx tx, List<UUID> chains, UUID id, String field) {
        return store.findActive(tx.handle(), chains, id)
                .orElseThrow(() -> new Forbidden("The account note " + id + " (" + field + ") was not found."));
    }

    private static void checkClassifications(AccountType type, List<Classification> classifications, String field) {
        if (type == AccountType.Company && classifications.stream().anyMatch(c -> c != Classification.General)) {
            throw new Forbidden("A note about a company can only be classified as General (" + field + ").");
        }
    }

    private static void content(String content, String field) {
        Require.text(content, field);
        Require.maxLength(content, 1000, field);
    }
}
