package dev.connector.integrations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A connection of one application to one enterprise, or to several for a portfolio token. */
public record Integration(UUID id, UUID applicationId, String name, String accessToken, IntegrationState state,
                          List<UUID> enterpriseIds, Instant createdUtc, Instant updatedUtc) {

    public Integration {
        enterpriseIds = List.copyOf(enterpriseIds);
    }
}
