package dev.connector.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Who is calling an operation, resolved from ClientToken and AccessToken: the partner application, its
 * integration and the enterprises (and their chains) that the access token reaches.
 *
 * @param baseUrl the address the client reached this server at ({@code https://host:port}, no trailing slash), for
 *                links the API returns such as image URLs; null when unknown
 */
public record Caller(
        UUID applicationId,
        UUID integrationId,
        List<UUID> enterpriseIds,
        List<UUID> chainIds,
        String requestId,
        Instant now,
        String languageCode,
        String cultureCode,
        String baseUrl) {

    public Caller {
        enterpriseIds = List.copyOf(enterpriseIds);
        chainIds = List.copyOf(chainIds);
    }

    /** A caller whose base address is unknown. */
    public Caller(UUID applicationId, UUID integrationId, List<UUID> enterpriseIds, List<UUID> chainIds,
                  String requestId, Instant now, String languageCode, String cultureCode) {
        this(applicationId, integrationId, enterpriseIds, chainIds, requestId, now, languageCode, cultureCode, null);
    }

    /** A portfolio token reaches more than one enterprise. */
    public boolean isPortfolio() {
        return enterpriseIds.size() > 1;
    }

    /** The one enterprise of a single-enterprise token; portfolio tokens must name it in the request. */
    public UUID enterpriseId() {
        if (enterpriseIds.size() != 1) {
            throw new InvalidRequest(
                    "EnterpriseId is required: this access token reaches " + enterpriseIds.size() + " enterprises.");
        }
        return enterpriseIds.get(0);
    }

    /** The named enterprise when given (it must be in scope), else the token's only enterprise. */
    public UUID enterpriseId(UUID requested) {
        if (requested == null) {
            return enterpriseId();
        }
        requireEnterprise(requested);
        return requested;
    }

    /** Narrows the token's enterprises to those requested; absent or empty means all of them. */
    public List<UUID> enterprises(List<UUID> requested) {
        if (requested == null || requested.isEmpty()) {
            return enterpriseIds;
        }
        requested.forEach(this::requireEnterprise);
        return requested.stream().distinct().toList();
    }

    /** Narrows the token's chains to those requested; absent or empty means all of them. */
    public List<UUID> chains(List<UUID> requested) {
        if (requested == null || requested.isEmpty()) {
            return chainIds;
        }
        for (UUID chainId : requested) {
            if (!chainIds.contains(chainId)) {
                throw new Forbidden("You do not have access to the chain " + chainId + ".");
            }
        }
        return requested.stream().distinct().toList();
    }

    public void requireEnterprise(UUID enterpriseId) {
        if (!enterpriseIds.contains(enterpriseId)) {
            throw new Forbidden("You do not have access to the enterprise " + enterpriseId + ".");
        }
    }
}
