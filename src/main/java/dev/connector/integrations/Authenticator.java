package dev.connector.integrations;

import dev.connector.api.Unauthorized;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** Resolves a request's ClientToken and AccessToken to the integration and the enterprises it may act on. */
public final class Authenticator {

    /** What a valid pair of tokens grants. */
    public record Grant(UUID applicationId, UUID integrationId, List<UUID> enterpriseIds, List<UUID> chainIds) {
    }

    private final Jdbi jdbi;
    private final IntegrationStore store;

    public Authenticator(Jdbi jdbi, IntegrationStore store) {
        this.jdbi = jdbi;
        this.store = store;
    }

    public Grant authenticate(String clientToken, String accessToken) {
        if (clientToken == null || clientToken.isBlank()) {
            throw new Unauthorized("Missing ClientToken.");
        }
        if (accessToken == null || accessToken.isBlank()) {
            throw new Unauthorized("Missing AccessToken.");
        }
        return jdbi.withHandle(handle -> {
            Application application = store.applicationByClientToken(handle, clientToken)
                    .orElseThrow(() -> new Unauthorized("Invalid ClientToken."));
            Integration integration = store.integrationByAccessToken(handle, accessToken)
                    .orElseThrow(() -> new Unauthorized("Invalid AccessToken."));
            if (!integration.applicationId().equals(application.id())) {
                throw new Unauthorized("The AccessToken does not belong to the application of the ClientToken.");
            }
            if (integration.state() != IntegrationState.Enabled) {
                throw new Unauthorized("The integration of this AccessToken is " + integration.state().name().toLowerCase() + ".");
            }
            return new Grant(application.id(), integration.id(), integration.enterpriseIds(),
                    store.chainsOf(handle, integration.enterpriseIds()));
        });
    }
}
