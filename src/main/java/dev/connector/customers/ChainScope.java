package dev.connector.customers;

import dev.connector.api.Caller;
import dev.connector.api.InvalidRequest;
import dev.connector.enterprises.Enterprise;
import dev.connector.enterprises.EnterpriseStore;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Which chains a customer operation may reach, and which enterprise acts in a change (the one its events are
 * reported for). Customers belong to a chain; an access token reaches the chains of its enterprises.
 */
public final class ChainScope {

    /** The chain a change happens in and the enterprise it is made from. */
    public record Acting(UUID chainId, UUID enterpriseId) {
    }

    private final EnterpriseStore enterprises;

    public ChainScope(EnterpriseStore enterprises) {
        this.enterprises = enterprises;
    }

    /**
     * The chains a request reaches. As the reference says, ChainIds narrow a portfolio token's chains and are
     * ignored for a token of one enterprise; a chain outside a portfolio token's scope is refused.
     */
    public List<UUID> chains(Caller caller, List<UUID> requested) {
        return caller.isPortfolio() ? caller.chains(requested) : caller.chainIds();
    }

    /** The chain a new customer is added to: the token's chain, or for a portfolio token the one it names. */
    public UUID chainForNewCustomer(Caller caller, UUID requestedChainId) {
        if (!caller.isPortfolio()) {
            return caller.chainIds().get(0);
        }
        if (requestedChainId != null) {
            return caller.chains(List.of(requestedChainId)).get(0);
        }
        if (caller.chainIds().size() != 1) {
            throw new InvalidRequest("ChainId is required: this access token reaches " + caller.chainIds().size()
                    + " chains.");
        }
        return caller.chainIds().get(0);
    }

    /**
     * The enterprise acting in {@code chainId}: the requested one (it must be in the token's scope and in that
     * chain), else the token's first enterprise of that chain.
     */
    public Acting actingIn(Handle handle, Caller caller, UUID chainId, UUID requestedEnterpriseId) {
        if (requestedEnterpriseId != null) {
            caller.requireEnterprise(requestedEnterpriseId);
        }
        if (caller.enterpriseIds().size() == 1 && caller.chainIds().equals(List.of(chainId))) {
            // A single-enterprise token: its one enterprise is the one in the chain, no need to look it up.
            return new Acting(chainId, caller.enterpriseIds().get(0));
        }
        List<Enterprise> inChain = enterprises.byIds(handle, caller.enterpriseIds()).stream()
                .filter(enterprise -> enterprise.chainId().equals(chainId))
                .toList();
        if (requestedEnterpriseId == null) {
            if (inChain.isEmpty()) {
                throw new IllegalStateException("The token reaches chain " + chainId + " but none of its enterprises");
            }
            return new Acting(chainId, inChain.get(0).id());
        }
        if (inChain.stream().noneMatch(enterprise -> enterprise.id().equals(requestedEnterpriseId))) {
            throw new InvalidRequest("EnterpriseId " + requestedEnterpriseId + " is not an enterprise of the chain "
                    + chainId + ".");
        }
        return new Acting(chainId, requestedEnterpriseId);
    }

    /** The chain of the enterprise a single-enterprise request acts in. */
    UUID chainOf(Handle handle, UUID enterpriseId) {
        return enterprises.find(handle, enterpriseId)
                .orElseThrow(() -> new IllegalStateException("Enterprise in scope but not stored: " + enterpriseId))
                .chainId();
    }
}
