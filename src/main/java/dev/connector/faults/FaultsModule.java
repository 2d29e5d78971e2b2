package dev.connector.faults;

import dev.connector.admin.AdminJson;
import dev.connector.integrations.IntegrationStore;
import dev.connector.live.LiveFeed;
import dev.connector.modules.FeatureModule;
import dev.connector.modules.Platform;
import dev.connector.modules.Registrar;
import dev.connector.webhooks.DeliveryFaults;
import dev.connector.websockets.SocketFaults;

/**
 * Sandbox fault injection: rules added at {@code /admin/v1/sandbox/faults} make API operations answer an error or
 * wait, webhook attempts wait, time out, go twice, fail or swap places, and WebSockets close with 1012. The
 * composition root passes {@link #deliveryFaults()} to the webhooks and {@link #socketFaults()} to the WebSockets.
 * In production nothing is consulted and the admin endpoints answer 403.
 */
public final class FaultsModule implements FeatureModule {

    private final Platform platform;
    private final FaultRuleStore store = new FaultRuleStore();
    private final FaultRules rules;
    private final DeliveryFaults deliveryFaults;
    private final SocketFaults socketFaults;

    public FaultsModule(Platform platform, IntegrationStore integrations, LiveFeed live) {
        this.platform = platform;
        this.rules = new FaultRules(platform.transactions(), store, platform.database().notifications(),
                platform.meters(), live);
        this.deliveryFaults = platform.sandbox() ? new WebhookFaults(rules) : DeliveryFaults.NONE;
        this.socketFaults = platform.sandbox()
                ? new SocketRestarts(rules, platform.transactions(), integrations) : SocketFaults.NONE;
    }

    @Override
    public void register(Registrar registrar) {
        registrar.routes(new FaultsAdmin(rules, store, platform.transactions(), registrar.operations(), platform.ids(),
                new AdminJson(platform.json()), platform.sandbox()));
        if (platform.sandbox()) {
            registrar.operationListener(new ApiFaults(rules)).worker(rules).onStart(rules::start);
        }
    }

    /** What webhook delivery consults before every attempt. */
    public DeliveryFaults deliveryFaults() {
        return deliveryFaults;
    }

    /** What the WebSocket hub consults before handing events to a socket. */
    public SocketFaults socketFaults() {
        return socketFaults;
    }
}
