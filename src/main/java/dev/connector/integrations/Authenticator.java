package dev.connector.integrations;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.connector.api.Unauthorized;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Jdbi;

/**
 * Resolves a request's ClientToken and AccessToken to the integration and the enterprises it may act on.
 *
 * <p>Grants are remembered for a second, because looking them up is most of the work of a small request. A state
 * change made by this process (an integration disabled, a sandbox reset) forgets them at once; one made by another
 * process sharing the store takes effect here within the second.
 */
public final class Authenticator implements IntegrationStateListener {

    /** How long a looked-up grant is used without asking the store again. */
    public static final Duration GRANT_TTL = Duration.ofSeconds(1);

    /** What a valid pair of tokens grants. */
    public record Grant(UUID applicationId, UUID integrationId, List<UUID> enterpriseIds, List<UUID> chainIds) {
    }

    private record TokenPair(String clientToken, String accessToken) {
    }

    /** A grant and the generation it was looked up in; a grant from before the last forget is not used. */
    private record Remembered(Grant grant, long generation) {
    }

    private final Jdbi jdbi;
    private final IntegrationStore store;
    private final Cache<TokenPair, Remembered> grants = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(GRANT_TTL)
            .build();
    private final AtomicLong generation = new AtomicLong();

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
        TokenPair tokens = new TokenPair(clientToken, accessToken);
        Remembered remembered = grants.getIfPresent(tokens);
        if (remembered != null && remembered.generation() == generation.get()) {
            return remembered.grant();
        }
        // Read before the lookup: a forget that happens while we look up makes this grant stale at once.
        long lookedUpIn = generation.get();
        Grant grant = lookUp(clientToken, accessToken);
        grants.put(tokens, new Remembered(grant, lookedUpIn));
        return grant;
    }

    /** Forgets every remembered grant. */
    public void forgetAll() {
        generation.incrementAndGet();
        grants.invalidateAll();
    }

    @Override
    public void stateChanged(UUID integrationId, IntegrationState state) {
        forgetAll();
    }

    private Grant lookUp(String clientToken, String accessToken) {
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
