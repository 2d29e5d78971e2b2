package dev.connector.identitydocuments;

import dev.connector.api.Caller;
import dev.connector.api.InvalidRequest;
import dev.connector.customers.Customer;
import dev.connector.customers.CustomerStore;
import dev.connector.enterprises.Enterprise;
import dev.connector.enterprises.EnterpriseStore;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Which chain a change to a customer's records (documents, files) happens in, and which enterprise reports its
 * CustomerUpdated: a single-enterprise token acts in its chain and ignores ChainId; a portfolio token names the
 * chain when it reaches several. Stateless and thread-safe.
 */
public final class ChainAccess {

    /** The chain a change happens in and the enterprise it is reported for. */
    public record Acting(UUID chainId, UUID enterpriseId) {
    }

    private final EnterpriseStore enterprises;
    private final CustomerStore customers;

    public ChainAccess(EnterpriseStore enterprises, CustomerStore customers) {
        this.enterprises = enterprises;
        this.customers = customers;
    }

    public Acting acting(Handle handle, Caller caller, UUID requestedChainId) {
        UUID chainId;
        if (!caller.isPortfolio()) {
            chainId = caller.chainIds().get(0);
        } else if (requestedChainId != null) {
            chainId = caller.chains(List.of(requestedChainId)).get(0);
        } else if (caller.chainIds().size() == 1) {
            chainId = caller.chainIds().get(0);
        } else {
            throw new InvalidRequest("ChainId is required: this access token reaches " + caller.chainIds().size()
                    + " chains.");
        }
        if (caller.enterpriseIds().size() == 1) {
            return new Acting(chainId, caller.enterpriseIds().get(0));
        }
        UUID enterpriseId = enterprises.byIds(handle, caller.enterpriseIds()).stream()
                .filter(enterprise -> enterprise.chainId().equals(chainId))
                .map(Enterprise::id)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The token reaches chain " + chainId
                        + " but none of its enterprises"));
        return new Acting(chainId, enterpriseId);
    }

    /** The active customer of the chain, or a 400 naming {@code field}. */
    public Customer customer(Handle handle, UUID chainId, UUID customerId, String field) {
        return customers.find(handle, List.of(chainId), customerId)
                .filter(Customer::isActive)
                .orElseThrow(() -> new InvalidRequest(field + " " + customerId + " is not a customer of the chain."));
    }
}
