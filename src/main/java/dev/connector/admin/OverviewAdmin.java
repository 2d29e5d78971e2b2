package dev.connector.admin;

import dev.connector.enterprises.Enterprise;
import dev.connector.enterprises.EnterpriseOnboarding;
import dev.connector.events.Transactions;
import dev.connector.http.HttpRoutes;
import dev.connector.integrations.Application;
import dev.connector.integrations.Integration;
import dev.connector.integrations.IntegrationState;
import dev.connector.integrations.IntegrationStore;
import dev.connector.webhooks.MessageState;
import dev.connector.webhooks.WebhooksModule;
import dev.connector.websockets.WebSocketsModule;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code GET /admin/v1/overview}: what a console's first page shows. The server (version, store, nodes, uptime),
 * every enterprise with the tokens that reach it (ready for a first {@code configuration/get}), and counts.
 */
final class OverviewAdmin implements HttpRoutes {

    /** The version in the jar's manifest; classes run from a build folder have none. */
    static final String VERSION = Optional.ofNullable(OverviewAdmin.class.getPackage().getImplementationVersion())
            .orElse("development");

    record Overview(String version, String store, boolean sandbox, int nodes, Instant startedUtc, long uptimeSeconds,
                    List<EnterpriseTokens> enterprises, Counts counts) {
    }

    /**
     * An enterprise and the enabled integrations that reach it. {@code clientToken} and {@code accessToken} are the
     * first pair to try: an integration reaching this enterprise alone when there is one; null when none reaches it.
     */
    record EnterpriseTokens(UUID id, String name, String timeZoneIdentifier, String currencyCode, String clientToken,
                            String accessToken, List<TokenPair> tokens) {
    }

    record TokenPair(UUID applicationId, String applicationName, String clientToken, UUID integrationId,
                     String integrationName, String accessToken, int enterpriseCount) {
    }

    /** {@code webSockets} counts the connections open on this node; {@code messages} the delivery log by state. */
    record Counts(int applications, int integrations, int enabledIntegrations, int webSockets,
                  Map<MessageState, Long> messages) {
    }

    private final EnterpriseOnboarding enterprises;
    private final Transactions transactions;
    private final IntegrationStore integrations;
    private final WebhooksModule webhooks;
    private final WebSocketsModule webSockets;
    private final String storeLabel;
    private final boolean sandbox;
    private final Clock clock;
    private final Instant startedUtc;
    private final AdminJson json;

    OverviewAdmin(EnterpriseOnboarding enterprises, Transactions transactions, IntegrationStore integrations,
                  WebhooksModule webhooks, WebSocketsModule webSockets, String storeLabel, boolean sandbox, Clock clock,
                  AdminJson json) {
        this.enterprises = enterprises;
        this.transactions = transactions;
        this.integrations = integrations;
        this.webhooks = webhooks;
        this.webSockets = webSockets;
        this.storeLabel = storeLabel;
        this.sandbox = sandbox;
        this.clock = clock;
        this.startedUtc = clock.instant();
        this.json = json;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/admin/v1/overview", this::overview);
    }

    private void overview(Context ctx) {
        List<Application> applications = transactions.read(integrations::applications);
        List<Integration> active = transactions.read(integrations::integrations);
        Map<UUID, Application> applicationsById = applications.stream()
                .collect(Collectors.toMap(Application::id, Function.identity()));
        List<Integration> enabled = active.stream().filter(i -> i.state() == IntegrationState.Enabled).toList();
        List<EnterpriseTokens> hotels = new ArrayList<>();
        for (EnterpriseOnboarding.Onboarded onboarded : enterprises.all()) {
            hotels.add(tokensOf(onboarded.enterprise(), enabled, applicationsById));
        }
        Instant now = clock.instant();
        Counts counts = new Counts(applications.size(), active.size(), enabled.size(), webSockets.openSockets(),
                webhooks.messageCounts());
        json.write(ctx, 200, new Overview(VERSION, storeLabel, sandbox, webhooks.aliveNodes(), startedUtc,
                Duration.between(startedUtc, now).toSeconds(), hotels, counts));
    }

    private static EnterpriseTokens tokensOf(Enterprise enterprise, List<Integration> enabled,
                                             Map<UUID, Application> applications) {
        List<TokenPair> pairs = enabled.stream()
                .filter(integration -> integration.enterpriseIds().contains(enterprise.id()))
                .filter(integration -> applications.containsKey(integration.applicationId()))
                .map(integration -> {
                    Application application = applications.get(integration.applicationId());
                    return new TokenPair(application.id(), application.name(), application.clientToken(),
                            integration.id(), integration.name(), integration.accessToken(),
                            integration.enterpriseIds().size());
                })
                .toList();
        // Stable order (the store's), single-enterprise tokens first: the obvious pair to try comes first.
        TokenPair first = pairs.stream().min(Comparator.comparingInt(pair -> pair.enterpriseCount() == 1 ? 0 : 1))
                .orElse(null);
        return new EnterpriseTokens(enterprise.id(), enterprise.name(), enterprise.timeZoneIdentifier(),
                enterprise.currencyCode(), first == null ? null : first.clientToken(),
                first == null ? null : first.accessToken(), pairs);
    }
}
