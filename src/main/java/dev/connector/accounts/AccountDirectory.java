package dev.connector.accounts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connector.addresses.AccountAddress;
import dev.connector.api.Caller;
import dev.connector.api.Forbidden;
import dev.connector.companies.Company;
import dev.connector.companies.CompanyOperations;
import dev.connector.companies.CompanyStore;
import dev.connector.customers.ChainScope;
import dev.connector.customers.Customer;
import dev.connector.customers.CustomerStore;
import dev.connector.events.DomainEvent.CustomerUpdated;
import dev.connector.events.Tx;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Finds accounts (customers and companies) of the caller's chains by id, and records changes that show on the
 * account itself: its primary address and its update time, with the CustomerUpdated event of a customer.
 */
public final class AccountDirectory {

    private final CustomerStore customers;
    private final CompanyStore companies;
    private final CompanyOperations companyOperations;
    private final ChainScope scope;
    private final ObjectMapper json;

    public AccountDirectory(CustomerStore customers, CompanyStore companies, CompanyOperations companyOperations,
                            ChainScope scope, ObjectMapper json) {
        this.customers = customers;
        this.companies = companies;
        this.companyOperations = companyOperations;
        this.scope = scope;
        this.json = json;
    }

    public ChainScope scope() {
        return scope;
    }

    /** The chains a request with an optional ChainId reaches. */
    public List<UUID> chains(Caller caller, UUID chainId) {
        return scope.chains(caller, chainId == null ? null : List.of(chainId));
    }

    /** The active account with this id in one of the chains. */
    public Optional<AccountRef> find(Handle handle, List<UUID> chains, UUID accountId) {
        Optional<Customer> customer = customers.find(handle, chains, accountId).filter(Customer::isActive);
        if (customer.isPresent()) {
            return Optional.of(new AccountRef(accountId, AccountType.Customer, customer.get().chainId()));
        }
        return companies.find(handle, chains, accountId)
                .filter(Company::isActive)
                .map(company -> new AccountRef(accountId, AccountType.Company, company.chainId()));
    }

    /** Like {@link #find}, failing with a message naming the field when there is no such account. */
    public AccountRef require(Handle handle, List<UUID> chains, UUID accountId, String field) {
        return find(handle, chains, accountId)
                .orElseThrow(() -> new Forbidden("The account " + accountId + " (" + field + ") was not found."));
    }

    /**
     * Records that something of a customer changed (a note, an address): its update time moves and CustomerUpdated
     * is emitted; companies have no event.
     */
    public void touched(Tx tx, Caller caller, AccountRef account) {
        if (account.type() != AccountType.Customer) {
            return;
        }
        customers.find(tx.handle(), List.of(account.chainId()), account.id()).ifPresent(customer -> {
            ObjectNode node = json.valueToTree(customer);
            node.put("UpdatedUtc", tx.now().truncatedTo(ChronoUnit.SECONDS).toString());
            customers.update(tx.handle(), read(node, Customer.class));
        });
        tx.emit(new CustomerUpdated(acting(tx.handle(), caller, account.chainId()), account.id()));
    }

    /** The enterprise a change in the chain is reported for. */
    public UUID acting(Handle handle, Caller caller, UUID chainId) {
        return scope.actingIn(handle, caller, chainId, null).enterpriseId();
    }

    /** Shows {@code address} (or none) as the account's own address, as the Customer and Company records do. */
    public void showAddress(Handle handle, AccountRef account, AccountAddress address, Instant now) {
        if (account.type() == AccountType.Customer) {
            customers.find(handle, List.of(account.chainId()), account.id()).ifPresent(customer -> {
                ObjectNode node = json.valueToTree(customer);
                node.set("Address", address == null ? null : customerAddress(address));
                node.put("AddressId", address == null ? null : address.id().toString());
                customers.update(handle, read(node, Customer.class));
            });
        } else {
            companies.find(handle, List.of(account.chainId()), account.id()).ifPresent(company -> {
                ObjectNode node = json.valueToTree(company);
                node.set("Address", address == null ? null : companyOperations.oldAddress(address));
                node.put("AddressId", address == null ? null : address.id().toString());
                node.put("UpdatedUtc", now.truncatedTo(ChronoUnit.SECONDS).toString());
                companies.update(handle, read(node, Company.class));
            });
        }
    }

    private JsonNode customerAddress(AccountAddress address) {
        // The Customer record embeds the same shape as the company's deprecated Address.
        return companyOperations.oldAddress(address);
    }

    <T> T read(JsonNode node, Class<T> type) {
        try {
            return json.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a stored " + type.getSimpleName(), e);
        }
    }
}
