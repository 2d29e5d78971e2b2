package dev.connector.addresses;

import dev.connector.accounts.AccountDirectory;
import dev.connector.accounts.AccountRef;
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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@code addresses/add|getAll|update|delete}: the addresses of customers and companies. The first active address of
 * an account is the one its record shows (Address, AddressId). A change to a customer's addresses emits
 * CustomerUpdated for that customer; companies have no event.
 */
public final class AddressOperations {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** One address to add. */
    public record AddressAdd(UUID accountId, String line1, String line2, String city, String postalCode,
                             String countryCode, String countrySubdivisionCode, Double latitude, Double longitude) {
    }

    public record Add(UUID chainId, List<AddressAdd> addresses) {
        public Add {
            Require.notEmpty(addresses, "Addresses");
            Require.atMost(addresses, Limitation.MAX_COUNT, "Addresses");
            for (int i = 0; i < addresses.size(); i++) {
                AddressAdd address = Require.present(addresses.get(i), "Addresses[" + i + "]");
                String field = "Addresses[" + i + "].";
                Require.present(address.accountId(), field + "AccountId");
                country(address.countryCode(), field + "CountryCode");
                range(address.latitude(), 90, field + "Latitude");
                range(address.longitude(), 180, field + "Longitude");
                lengths(field, address.line1(), address.line2(), address.city(), address.postalCode(),
                        address.countrySubdivisionCode());
            }
        }
    }

    public record GetAll(List<UUID> chainIds, List<UUID> accountIds, List<UUID> addressIds, TimeInterval updatedUtc,
                         List<ActivityState> activityStates, Limitation limitation) {
        public GetAll {
            Limitation.required(limitation);
            Require.atMost(chainIds, Limitation.MAX_COUNT, "ChainIds");
            Require.atMost(accountIds, Limitation.MAX_COUNT, "AccountIds");
            Require.atMost(addressIds, Limitation.MAX_COUNT, "AddressIds");
            TimeInterval.validate(updatedUtc, "UpdatedUtc", TimeInterval.THREE_MONTHS);
            if (accountIds == null && addressIds == null && updatedUtc == null) {
                throw new InvalidRequest("One of AccountIds, AddressIds or UpdatedUtc is required.");
            }
        }
    }

    public record AddressUpdate(UUID addressId, UpdateValue<String> line1, UpdateValue<String> line2,
                                UpdateValue<String> city, UpdateValue<String> postalCode,
                                UpdateValue<String> countryCode, UpdateValue<String> countrySubdivisionCode) {
    }

    public record Update(UUID chainId, List<AddressUpdate> addressUpdates) {
        public Update {
            Require.notEmpty(addressUpdates, "AddressUpdates");
            Require.atMost(addressUpdates, Limitation.MAX_COUNT, "AddressUpdates");
            for (int i = 0; i < addressUpdates.size(); i++) {
                AddressUpdate update = Require.present(addressUpdates.get(i), "AddressUpdates[" + i + "]");
                String field = "AddressUpdates[" + i + "].";
                Require.present(update.addressId(), field + "AddressId");
                if (update.countryCode() != null) {
                    country(update.countryCode().value(), field + "CountryCode.Value");
                }
                lengths(field, value(update.line1()), value(update.line2()), value(update.city()),
                        value(update.postalCode()), value(update.countrySubdivisionCode()));
            }
        }
    }

    public record Delete(UUID chainId, List<UUID> addressIds) {
        public Delete {
            Require.notEmpty(addressIds, "AddressIds");
            Require.atMost(addressIds, Limitation.MAX_COUNT, "AddressIds");
        }
    }

    public record Result(List<AccountAddress> addresses) {
    }

    public record PageResult(List<AccountAddress> addresses, UUID cursor) {
    }

    private final Transactions transactions;
    private final AddressStore store;
    private final AccountDirectory accounts;
    private final Supplier<UUID> newId;

    public AddressOperations(Transactions transactions, AddressStore store, AccountDirectory accounts,
                             Supplier<UUID> newId) {
        this.transactions = transactions;
        this.store = store;
        this.accounts = accounts;
        this.newId = newId;
    }

    public Result add(Add request, Caller caller) {
        List<UUID> chains = accounts.chains(caller, request.chainId());
        return transactions.write(tx -> {
            Instant now = tx.now().truncatedTo(ChronoUnit.SECONDS);
            List<AccountAddress> added = new ArrayList<>();
            Map<UUID, AccountRef> changed = new LinkedHashMap<>();
            for (int i = 0; i < request.addresses().size(); i++) {
                AddressAdd sent = request.addresses().get(i);
                AccountRef account = accounts.require(tx.handle(), chains, sent.accountId(),
                        "Addresses[" + i + "].AccountId");
                boolean first = store.activeOf(tx.handle(), account.id()).isEmpty();
                AccountAddress address = new AccountAddress(newId.get(), account.id(), account.chainId(),
                        account.type(), sent.line1(), sent.line2(), sent.city(), sent.postalCode(), sent.countryCode(),
                        sent.countrySubdivisionCode(), sent.latitude(), sent.longitude(), now, true);
                store.insert(tx.handle(), address);
                if (first) {
                    accounts.showAddress(tx.handle(), account, address, now);
                }
                added.add(address);
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
                .in("account_id", request.accountIds())
                .in("id", request.addressIds())
                .eq("is_active", ActivityState.isActive(states))
                .within("updated_utc", request.updatedUtc());
        Page<AccountAddress> page = transactions.read(handle -> store.page(handle, filter, request.limitation()));
        return new PageResult(page.items(), page.cursor());
    }

    public Result update(Update request, Caller caller) {
        List<UUID> chains = accounts.chains(caller, request.chainId());
        return transactions.write(tx -> {
            Instant now = tx.now().truncatedTo(ChronoUnit.SECONDS);
            List<AccountAddress> updated = new ArrayList<>();
            Map<UUID, AccountRef> changed = new LinkedHashMap<>();
            for (int i = 0; i < request.addressUpdates().size(); i++) {
                AddressUpdate update = request.addressUpdates().get(i);
                AccountAddress current = existing(tx, chains, update.addressId(), "AddressUpdates[" + i + "]");
                AccountAddress address = new AccountAddress(current.id(), current.accountId(), current.chainId(),
                        current.accountType(), UpdateValue.apply(update.line1(), current.line1()),
                        UpdateValue.apply(update.line2(), current.line2()),
                        UpdateValue.apply(update.city(), current.city()),
                        UpdateValue.apply(update.postalCode(), current.postalCode()),
                        UpdateValue.apply(update.countryCode(), current.countryCode()),
                        UpdateValue.apply(update.countrySubdivisionCode(), current.countrySubdivisionCode()),
                        current.latitude(), current.longitude(), now, true);
                store.update(tx.handle(), address);
                updated.add(address);
                changed.put(address.accountId(), showFirst(tx, address.accountId(), current, now));
            }
            changed.values().forEach(account -> accounts.touched(tx, caller, account));
            return new Result(updated);
        });
    }

    public Object delete(Delete request, Caller caller) {
        List<UUID> chains = accounts.chains(caller, request.chainId());
        return transactions.write(tx -> {
            Instant now = tx.now().truncatedTo(ChronoUnit.SECONDS);
            Map<UUID, AccountRef> changed = new LinkedHashMap<>();
            for (int i = 0; i < request.addressIds().size(); i++) {
                AccountAddress current = existing(tx, chains, request.addressIds().get(i), "AddressIds[" + i + "]");
                store.update(tx.handle(), current.deleted(now));
                changed.put(current.accountId(), showFirst(tx, current.accountId(), current, now));
            }
            changed.values().forEach(account -> accounts.touched(tx, caller, account));
            return null;
        });
    }

    /** Shows the account's first active address on its record again, after one of its addresses changed. */
    private AccountRef showFirst(Tx tx, UUID accountId, AccountAddress changed, Instant now) {
        AccountRef account = new AccountRef(accountId, changed.accountType(), changed.chainId());
        List<AccountAddress> active = store.activeOf(tx.handle(), accountId);
        accounts.showAddress(tx.handle(), account, active.isEmpty() ? null : active.get(0), now);
        return account;
    }

    private AccountAddress existing(Tx tx, List<UUID> chains, UUID id, String field) {
        return store.findActive(tx.handle(), chains, id)
                .orElseThrow(() -> new Forbidden("The address " + id + " (" + field + ") was not found."));
    }

    private static String value(UpdateValue<String> update) {
        return update == null ? null : update.value();
    }

    private static void country(String code, String field) {
        if (code != null && !COUNTRIES.contains(code)) {
            throw new InvalidRequest(field + " must be an ISO 3166-1 alpha-2 country code, but was " + code + ".");
        }
    }

    private static void range(Double value, double limit, String field) {
        if (value != null && (value < -limit || value > limit)) {
            throw new InvalidRequest(field + " must be between " + -limit + " and " + limit + ".");
        }
    }

    private static void lengths(String field, String... values) {
        for (String value : values) {
            if (value != null && value.length() > 255) {
                throw new InvalidRequest("A text of " + field + " is longer than 255 characters.");
            }
        }
    }
}
